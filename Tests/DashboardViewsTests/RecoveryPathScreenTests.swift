import XCTest
import ArchestraAPI
import DashboardCore
import DashboardViews
import TerminalUI

/// Where a failed edit was kept, as a person copies it from the screen.
final class RecoveryPathScreenTests: XCTestCase {
    func testAPathThatFitsTheScreenIsShownOnOneLineAt80Columns() {
        let path = "/home/ops/.local/state/archestra-tui/recovery/agent-FAQ-Bot-1796611349.yaml"
        var state = SampleState.full(pane: .agents)
        state.ui.screenWidth = 80
        state.ui.screenHeight = 24
        _ = state.reduce(.key(.character("E")))
        _ = state.reduce(
            .edited(
                .loaded(
                    .object([
                        "id": .string("a-1"), "name": .string("FAQ Bot"), "description": .string("old"), "scope": .string("org"),
                        "agentType": .string("agent"),
                    ]))))
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.character("!")))
        _ = state.reduce(.key(.control("s")))
        _ = state.reduce(
            .edited(
                .saveFailed(
                    .http(status: 500, type: nil, message: "injected failure", endpoint: "PUT /api/agents/a-1"),
                    recoveryPath: path)))
        let text = DashboardView.render(state, width: 80, height: 24, glyphs: .unicode).lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("your edit is saved in:"), text)
        XCTAssertTrue(text.contains(path), "the whole path on one line, to be copied:\n\(text)")
    }
}
