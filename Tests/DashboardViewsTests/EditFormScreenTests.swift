import XCTest
import ArchestraAPI
import DashboardCore
import DashboardViews
import TerminalUI

/// Issue 21: what the editing windows say, as a person reads them.
final class EditFormScreenTests: XCTestCase {
    func screen(_ state: AppState, _ width: Int, _ height: Int) -> String {
        var sized = state
        sized.ui.screenWidth = width
        sized.ui.screenHeight = height
        return DashboardView.render(sized, width: width, height: height, glyphs: .unicode).lines().joined(separator: "\n")
    }

    /// The agents pane with the first agent open in the form.
    func agentForm() -> AppState {
        var state = SampleState.full(pane: .agents)
        _ = state.reduce(.key(.character("E")))
        _ = state.reduce(
            .edited(
                .loaded(
                    .object([
                        "id": .string("a-1"), "name": .string("Support bot"), "description": .string("old"), "scope": .string("org"),
                        "teams": .array([]), "labels": .array([]), "agentType": .string("agent"), "latestVersion": .number(2),
                    ]))))
        return state
    }

    func testAFailedSaveShowsTheWholeRecoveryPathOnItsOwnLines() {
        let path = "/home/operator/.local/state/archestra-tui/recovery/agent-Support-bot-with-a-long-name-1765072800.yaml"
        for (width, height) in [(80, 24), (160, 48)] {
            var state = agentForm()
            _ = state.reduce(.key(.down))
            _ = state.reduce(.key(.character("!")))
            _ = state.reduce(.key(.control("s")))
            _ = state.reduce(
                .edited(
                    .saveFailed(
                        .http(
                            status: 500, type: nil, message: "injected failure",
                            endpoint: "GET /api/agents/6513a0c2-5f4e-4d7b-9d8c-2b1e0f7a9c11"),
                        recoveryPath: path)))
            let text = screen(state, width, height)
            XCTAssertTrue(text.contains("not saved: "), text)
            XCTAssertTrue(text.contains("your edit is saved in:"), text)
            // The path may take several lines; each piece is whole, and together they are the path.
            // Inside the window: after its left border, up to its right one.
            let lines = text.split(separator: "\n").map { line in
                String(line.split(separator: "│", maxSplits: 2, omittingEmptySubsequences: false).dropFirst().first ?? "")
                    .trimmingCharacters(in: .whitespaces)
            }
            let start = try! XCTUnwrap(lines.firstIndex { $0 == "your edit is saved in:" }, text)
            var pieces: [String] = []
            for piece in lines[(start + 1)...] {
                guard !piece.isEmpty, path.hasPrefix(pieces.joined() + piece) else { break }
                pieces.append(piece)
            }
            XCTAssertEqual(pieces.joined(), path, "at \(width)x\(height):\n\(text)")
        }
    }

    func testTheUsageLimitFormSaysResetsInWordsAndEmptyValuesAsADash() {
        var state = SampleState.full(pane: .limits)
        _ = state.reduce(.key(.character("n")))
        for (width, height) in [(80, 24), (160, 48)] {
            let text = screen(state, width, height)
            XCTAssertTrue(text.contains("New usage limit"), text)
            let lines = text.split(separator: "\n").map(String.init)
            let value = try! XCTUnwrap(lines.first { $0.contains("value:") }, text)
            XCTAssertFalse(value.contains("null"), "an empty number is not a literal null: \(value)")
            XCTAssertTrue(value.contains("—"), value)
            let resets = try! XCTUnwrap(lines.first { $0.contains("resets:") }, text)
            XCTAssertTrue(resets.contains("rolling 1 month"), "1m is a month, said in words: \(resets)")
        }
        // The pick list says the words too.
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.down))  // resets
        _ = state.reduce(.key(.enter))
        let picking = screen(state, 160, 48)
        XCTAssertTrue(picking.contains("rolling 1 month") && picking.contains("weekly (Mon)"), picking)
    }

    func testTheWindowColumnShowsRollingOneMonthWhole() {
        var state = SampleState.full(pane: .limits)
        var limits = SampleState.limits
        limits[0].cleanupInterval = .month
        state.limits.succeed(limits, at: SampleState.time(1))
        _ = state.reduce(.tick(SampleState.now))
        let text = screen(state, 160, 48)
        XCTAssertTrue(text.contains("rolling 1 month"), text)
        XCTAssertFalse(text.contains("rolling 1 mon…"), text)
    }

    func testTheTrashOffersOnlyRestoreAndReadOnlyStillOffersTheHistory() {
        var state = SampleState.full(pane: .agents)
        let live = screen(state, 160, 48).split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(live.contains("e edit") && live.contains("n new") && live.contains("d delete"), "the live list: \(live)")
        state.ui.updateList(.agents) { $0.showsTrash = true }
        let hints = screen(state, 160, 48).split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(hints.contains("u restore"), hints)
        for gone in ["e edit", "n new", "d delete"] { XCTAssertFalse(hints.contains(gone), "\(gone) in \(hints)") }
        let help = KeyBindings.bindings(in: state).map(\.keys)
        XCTAssertFalse(help.contains("e") || help.contains("E") || help.contains("v") || help.contains("R"), "\(help)")

        var readOnly = SampleState.full(pane: .agents)
        readOnly.readOnly = true
        let history = KeyBindings.bindings(in: readOnly).first { $0.keys == "v" }
        XCTAssertEqual(history?.description.hasPrefix("(off"), false, history?.description ?? "no v")
        XCTAssertTrue(history?.description.contains("restoring is off") == true)
    }
}
