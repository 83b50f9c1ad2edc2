import XCTest
import ArchestraAPI
import DashboardCore
import DashboardViews
import TerminalUI

/// An empty `:trash` says so, and how to leave it, rather than "no agents match" (nothing was filtered).
final class EmptyTrashScreenTests: XCTestCase {
    func testAnEmptyTrashSaysItIsEmpty() {
        var state = SampleState.full(pane: .agents)
        state.ui.updateList(.agents) { $0.showsTrash = true }
        // What the server answers for deleted agents: none.
        state.agents.succeed(AgentListing(query: AgentListQuery(status: .deleted), total: 0, pages: [0: []]), at: SampleState.time(1))
        state.ui.screenWidth = 80
        state.ui.screenHeight = 24
        let text = DashboardView.render(state, width: 80, height: 24, glyphs: .unicode).lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("Agents (trash) 0 of 0"), "the trash of this sample is empty:\n\(text)")
        XCTAssertTrue(text.contains("the trash is empty"), text)
        XCTAssertFalse(text.contains("match"), text)
    }
}
