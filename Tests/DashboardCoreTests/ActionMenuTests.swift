import XCTest
import ArchestraAPI
@testable import DashboardCore

/// `a` lists the declared actions of the selected row; typing narrows, Enter runs, Esc closes.
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
        XCTAssertEqual(menu(state)?.matches.map(\.id), ["reinstall"])
        XCTAssertEqual(menu(state)?.matches.first?.key, "R")
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
