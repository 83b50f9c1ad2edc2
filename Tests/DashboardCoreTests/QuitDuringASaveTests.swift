import XCTest
import ArchestraAPI
@testable import DashboardCore

/// Ctrl-C while a save is under way: the console waits for the server's answer, so the person knows
/// whether the edit was saved; it quits after a success and stays after a failure or a conflict.
final class QuitDuringASaveTests: XCTestCase {
    /// An agent's description changed in the form and Ctrl-S pressed: the save request is on its way.
    func savingState() throws -> (AppState, SaveRequest) {
        var state = CoreFixture.stateWithAgents(total: 3)
        _ = state.reduce(.key(.character("E")))
        _ = state.reduce(
            .edited(
                .loaded(
                    .object([
                        "id": .string("agent-0"), "name": .string("Agent 0"), "description": .string("old"),
                        "scope": .string("org"), "latestVersion": .number(3),
                    ]))))
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.control("u")))
        "mine".forEach { _ = state.reduce(.key(.character($0))) }
        let effects = state.reduce(.key(.control("s")))
        var request: SaveRequest?
        if case .edit(.save(_, let sent))? = effects.first { request = sent }
        return (state, try XCTUnwrap(request, "Ctrl-S sends the save: \(effects)"))
    }

    func form(_ state: AppState) -> EditSession? {
        if case .edit(let session)? = state.ui.overlay { return session } else { return nil }
    }

    func testCtrlCWaitsForTheSaveAndQuitsWhenItSucceeds() throws {
        var (state, request) = try savingState()
        XCTAssertEqual(form(state)?.phase, .saving)
        _ = state.reduce(.key(.control("c")))
        XCTAssertFalse(state.shouldQuit, "the save is under way: Ctrl-C waits for it")
        XCTAssertEqual(form(state)?.message, "saving… quits when the server has answered (Ctrl-C again quits now)")
        _ = state.reduce(.edited(.saved(.object(["id": .string("agent-0"), "name": .string("Agent 0")]), request)))
        XCTAssertTrue(state.shouldQuit, "saved: the console quits as asked")
        XCTAssertEqual(state.ui.flash, "saved agent Agent 0: description")
    }

    func testAFailedSaveKeepsTheConsoleOpenAndSaysSo() throws {
        var (state, _) = try savingState()
        _ = state.reduce(.key(.control("c")))
        _ = state.reduce(
            .edited(
                .saveFailed(
                    .http(status: 500, type: nil, message: "boom", endpoint: "PUT /api/agents/agent-0"),
                    recoveryPath: "/state/recovery/agent-0.yaml")))
        XCTAssertFalse(state.shouldQuit, "the person must see that it failed")
        XCTAssertEqual(form(state)?.phase, .form)
        XCTAssertEqual(form(state)?.values["description"], .text("mine"), "nothing typed is lost")
        XCTAssertTrue(form(state)?.message?.hasSuffix("; not quitting") == true, form(state)?.message ?? "no message")
        XCTAssertFalse(form(state)?.quitWhenSaved ?? true)
    }

    func testAConflictKeepsTheConsoleOpenForTheChoice() throws {
        var (state, _) = try savingState()
        _ = state.reduce(.key(.control("c")))
        _ = state.reduce(
            .edited(
                .conflict(
                    theirs: .object([
                        "id": .string("agent-0"), "name": .string("Agent 0"), "description": .string("theirs"),
                        "scope": .string("org"), "latestVersion": .number(4),
                    ]))))
        XCTAssertFalse(state.shouldQuit)
        guard case .conflict? = form(state)?.phase else { return XCTFail("the conflict question is open") }
        XCTAssertNil(form(state)?.message)
    }

    func testASecondCtrlCQuitsAtOnce() throws {
        var (state, _) = try savingState()
        _ = state.reduce(.key(.control("c")))
        _ = state.reduce(.key(.control("c")))
        XCTAssertTrue(state.shouldQuit)
    }
}
