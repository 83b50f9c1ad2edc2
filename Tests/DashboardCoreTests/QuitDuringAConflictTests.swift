import XCTest
import ArchestraAPI
@testable import DashboardCore

/// Ctrl-C while the conflict question is open: the edit is still unsaved, so quitting asks first.
final class QuitDuringAConflictTests: XCTestCase {
    func conflictState() -> AppState {
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
        _ = state.reduce(.key(.control("s")))
        _ = state.reduce(
            .edited(
                .conflict(
                    theirs: .object([
                        "id": .string("agent-0"), "name": .string("Agent 0"),
                        "description": .string("theirs"), "scope": .string("org"),
                        "latestVersion": .number(4),
                    ]))))
        return state
    }

    func form(_ state: AppState) -> EditSession? {
        if case .edit(let session)? = state.ui.overlay { return session } else { return nil }
    }

    func testCtrlCDuringAConflictAsksAndKeepsTheEdit() {
        var state = conflictState()
        guard case .conflict? = form(state)?.phase else { return XCTFail("the conflict question is open") }
        _ = state.reduce(.key(.control("c")))
        XCTAssertFalse(state.shouldQuit, "the edit is unsaved: Ctrl-C asks first")
        XCTAssertEqual(form(state)?.form.confirmingDiscard, true)
        XCTAssertEqual(form(state)?.values["description"], .text("mine"))

        var kept = state
        _ = kept.reduce(.key(.character("n")))
        XCTAssertFalse(kept.shouldQuit)
        XCTAssertEqual(form(kept)?.values["description"], .text("mine"), "any other key keeps editing")

        _ = state.reduce(.key(.character("y")))
        XCTAssertTrue(state.shouldQuit, "y discards and quits")
    }
}
