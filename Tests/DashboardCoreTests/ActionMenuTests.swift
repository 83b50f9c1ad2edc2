import XCTest
import ArchestraAPI
@testable import DashboardCore

/// `a` lists what can be done to the selected row (editing, the declared actions, its detail); typing
/// narrows, Enter runs, Esc closes.
final class ActionMenuTests: XCTestCase {
    func mcpState() -> AppState {
        var state = CoreFixture.state(pane: .mcp)
        state.load(
            MCPRegistryResource.servers, [MCPServer(id: "m-1", name: "slack", catalogName: "Slack", createdAt: "2026-01-01T00:00:00Z")])
        return state
    }

    func menu(_ state: AppState) -> ActionMenu? {
        if case .actions(let menu)? = state.ui.overlay { return menu }
        return nil
    }

    func testTypingNarrowsAndEnterRunsTheActionAsItsKeyWould() {
        var state = mcpState()
        XCTAssertEqual(state.reduce(.key(.character("a"))), [])
        XCTAssertEqual(menu(state)?.matches.map(\.id), ["delete", "reinstall", "detail"])
        XCTAssertEqual(menu(state)?.matches.map(\.key), ["d", "R", "Enter"])
        for character in "zz" { _ = state.reduce(.key(.character(character))) }
        XCTAssertEqual(menu(state)?.matches.map(\.id), [], "nothing matches zz")
        _ = state.reduce(.key(.backspace))
        _ = state.reduce(.key(.backspace))
        for character in "rein" { _ = state.reduce(.key(.character(character))) }
        XCTAssertEqual(menu(state)?.query, "rein")
        XCTAssertEqual(menu(state)?.matches.map(\.id), ["reinstall"])
        XCTAssertEqual(state.reduce(.key(.enter)), [], "it asks first, as R does")
        guard case .progress(let asking)? = state.ui.overlay else { return XCTFail("asks") }
        XCTAssertEqual(asking.title, "Reinstall slack")
        XCTAssertTrue(asking.isConfirming)
    }

    func agentState() -> AppState {
        var state = CoreFixture.state(pane: .agents)
        let pagination = Pagination(currentPage: 1, limit: 50, total: 1, totalPages: 1, hasNext: false, hasPrev: false)
        state.load(AgentsResource.source, Page(data: [CoreFixture.agent(1)], pagination: pagination, skipped: 0))
        return state
    }

    func testTheEngineVerbsRunFromTheMenuAsTheirKeysWould() {
        var agents = agentState()
        _ = agents.reduce(.key(.character("a")))
        XCTAssertEqual(menu(agents)?.entries.map(\.id), ["edit", "form", "delete", "versions", "detail"])
        for character in "form" { _ = agents.reduce(.key(.character(character))) }
        XCTAssertEqual(agents.reduce(.key(.enter)).count, 1, "the form loads the record, as E does")
        guard case .edit(let session)? = agents.ui.overlay else { return XCTFail("the edit form opens") }
        XCTAssertFalse(session.prefersExternalEditor)

        var deleting = agentState()
        _ = deleting.reduce(.key(.character("a")))
        for character in "del" { _ = deleting.reduce(.key(.character(character))) }
        XCTAssertEqual(deleting.reduce(.key(.enter)), [], "it asks first, as d does")
        guard case .confirmDelete? = deleting.ui.overlay else {
            return XCTFail("the delete question: \(String(describing: deleting.ui.overlay))")
        }

        var detail = agentState()
        _ = detail.reduce(.key(.character("a")))
        for character in "detail" { _ = detail.reduce(.key(.character(character))) }
        _ = detail.reduce(.key(.enter))
        XCTAssertNotNil(detail.ui.detail, "every field of the row")
        XCTAssertNil(detail.ui.overlay)
    }

    func testEscClosesAndTabsWithoutActionsSaySo() {
        var state = mcpState()
        _ = state.reduce(.key(.character("a")))
        _ = state.reduce(.key(.escape))
        XCTAssertNil(state.ui.overlay)

        var limits = CoreFixture.state(pane: .limits)
        XCTAssertEqual(limits.reduce(.key(.character("a"))), [])
        XCTAssertNil(limits.ui.overlay)
        XCTAssertEqual(limits.ui.flash, "no actions for this row")
        XCTAssertFalse(KeyBindings.bindings(in: limits).contains { $0.commands == [.actions] }, "help lists a only where it applies")
        XCTAssertTrue(KeyBindings.bindings(in: state).contains { $0.commands == [.actions] })
    }
}
