import XCTest
import ArchestraAPI
import DashboardCore
import DashboardViews
import TerminalUI

/// The hint bar under the editing windows offers the keys that work, in characters the terminal can draw.
final class EditHintBarScreenTests: XCTestCase {
    func hintBar(_ state: AppState, glyphs: GlyphSet, width: Int = 80, height: Int = 24) -> String {
        var sized = state
        sized.ui.screenWidth = width
        sized.ui.screenHeight = height
        return DashboardView.render(sized, width: width, height: height, glyphs: glyphs).lines().last ?? ""
    }

    func testTheFormsArrowKeysReadInASCIIUnderLangC() {
        var state = SampleState.full(pane: .agents)
        _ = state.reduce(.key(.character("E")))
        _ = state.reduce(
            .edited(
                .loaded(
                    .object([
                        "id": .string("a-1"), "name": .string("Support bot"), "scope": .string("org"), "agentType": .string("agent"),
                    ]))))
        let ascii = hintBar(state, glyphs: .ascii)
        XCTAssertTrue(ascii.contains("Tab ^ v field"), "the arrows in ASCII, not question marks: \(ascii)")
        XCTAssertFalse(ascii.contains("?"), ascii)
        XCTAssertTrue(hintBar(state, glyphs: .unicode).contains("Tab ↑ ↓ field"))
    }

    /// The history of an agent, open.
    func history(readOnly: Bool) -> AppState {
        var state = SampleState.full(pane: .agents)
        state.readOnly = readOnly
        _ = state.reduce(.key(.character("v")))
        _ = state.reduce(
            .edited(
                .versions(
                    [
                        RecordVersion(version: 2, createdAt: nil, snapshot: .object([:])),
                        RecordVersion(version: 1, createdAt: nil, snapshot: .object([:])),
                    ], current: nil)))
        return state
    }

    func testReadOnlyHistoryDoesNotOfferRestoring() {
        let state = history(readOnly: true)
        guard case .versions? = state.ui.overlay else { return XCTFail("the history is open") }
        let bar = hintBar(state, glyphs: .unicode)
        XCTAssertTrue(bar.contains("Enter differences"), bar)
        XCTAssertFalse(bar.contains("restore"), "read-only: restoring is not offered: \(bar)")
        XCTAssertTrue(hintBar(history(readOnly: false), glyphs: .unicode).contains("r restore"))
    }

    func testTheRestoreQuestionsHintBarNamesItsAnswers() {
        var state = history(readOnly: false)
        _ = state.reduce(.key(.character("j")))
        _ = state.reduce(.key(.character("r")))
        guard case .versions(let browser)? = state.ui.overlay, browser.confirmingRestore else { return XCTFail("asking") }
        let bar = hintBar(state, glyphs: .unicode)
        XCTAssertTrue(bar.contains("y restore") && bar.contains("any key keep"), bar)
        XCTAssertFalse(bar.contains("j k move"), "moving is not what the next key does: \(bar)")
    }
}
