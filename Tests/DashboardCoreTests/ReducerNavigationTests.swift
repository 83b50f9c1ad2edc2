import XCTest
import ArchestraAPI
@testable import DashboardCore

final class ReducerNavigationTests: XCTestCase {
    func testNumberKeysAndCommandsSwitchPanes() {
        var state = CoreFixture.state(pane: .overview)
        for (index, pane) in ResourceRegistry.defaultFavorites.enumerated() {
            let effects = state.reduce(.key(.character(Character(String(index + 1)))))
            XCTAssertEqual(state.ui.pane, pane)
            XCTAssertEqual(effects, [])
        }
        for (command, pane) in [
            ("o", Pane.overview), ("a", .agents), ("gw", .gateways), ("px", .proxies), ("knowledge", .knowledge),
            ("registry", .mcp), ("l", .limits), ("s", .stats), ("kb", .knowledge),
        ] {
            _ = state.reduce(.key(.character(":")))
            for character in command { _ = state.reduce(.key(.character(character))) }
            _ = state.reduce(.key(.enter))
            XCTAssertEqual(state.ui.pane, pane, command)
            XCTAssertEqual(state.ui.mode, .normal)
        }
    }

    func testUnknownCommandFlashesAMessageAndStays() {
        var state = CoreFixture.state(pane: .limits)
        _ = state.reduce(.key(.character(":")))
        "nope".forEach { _ = state.reduce(.key(.character($0))) }
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.pane, .limits)
        XCTAssertEqual(state.ui.flash?.hasPrefix("unknown command :nope"), true)
        _ = state.reduce(.key(.character("j")))
        XCTAssertNil(state.ui.flash, "the next key clears the message")
    }

    func testTabCompletesCommands() {
        XCTAssertEqual(CommandCompletion.complete("ag"), "agents")
        XCTAssertEqual(CommandCompletion.complete("li"), "limits")
        XCTAssertEqual(CommandCompletion.complete("g"), "gateways")
        XCTAssertEqual(CommandCompletion.complete("reg"), "registry")
        XCTAssertEqual(CommandCompletion.complete("zzz"), "zzz")
        var state = CoreFixture.state(pane: .overview)
        _ = state.reduce(.key(.character(":")))
        _ = state.reduce(.key(.character("p")))
        _ = state.reduce(.key(.tab))
        XCTAssertEqual(state.ui.mode, .command("proxies"))
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.pane, .proxies)
    }

    func testTabAndBackTabCycleThroughPanes() {
        let last = Pane.allCases.last ?? .stats
        var state = CoreFixture.state(pane: last)
        _ = state.reduce(.key(.tab))
        XCTAssertEqual(state.ui.pane, .overview, "wraps around")
        _ = state.reduce(.key(.backTab))
        XCTAssertEqual(state.ui.pane, last)
    }

    func testMovementClampsAndPagesByTheVisibleRows() {
        var state = CoreFixture.stateWithAgents(total: 50)
        let rows = ScreenLayout.listRows(height: 24)
        _ = state.reduce(.key(.character("k")))
        XCTAssertEqual(state.ui.list(.agents).selected, 0)
        _ = state.reduce(.key(.pageDown))
        XCTAssertEqual(state.ui.list(.agents).selected, rows)
        XCTAssertEqual(state.ui.list(.agents).scroll, 1, "scrolls just enough to show the selection")
        _ = state.reduce(.key(.character("G")))
        XCTAssertEqual(state.ui.list(.agents).selected, 49)
        XCTAssertEqual(state.ui.list(.agents).scroll, 50 - rows)
        _ = state.reduce(.key(.character("g")))
        XCTAssertEqual(state.ui.list(.agents).selected, 0)
        XCTAssertEqual(state.ui.list(.agents).scroll, 0)
    }

    func testMovingIntoAnotherAgentsPageAsksForIt() {
        var state = CoreFixture.stateWithAgents(total: 1_000)
        XCTAssertEqual(state.agentsRequest.offset, 0)
        let effects = state.reduce(.key(.character("G")))
        XCTAssertEqual(state.ui.list(.agents).selected, 999)
        XCTAssertEqual(state.agentsRequest.offset, 900)
        XCTAssertEqual(effects, [], "the scheduler sees the new page in the state")
        XCTAssertNil(state.visibleTable?.row(at: 999), "not loaded yet")
        XCTAssertEqual(state.visibleTable?.row(at: 5)?.cells.first, "Agent 5")
    }

    func testEnterOpensEveryFieldAndEscGoesBack() {
        var state = CoreFixture.state(pane: .agents)
        var agent = CoreFixture.agent(1, name: "Detail Bot")
        agent.raw = .object([
            "name": .string("Detail Bot"), "id": .string("agent-1"),
            "runtime": .object(["image": .string("ghcr.io/x:1")]), "labels": .array([]),
        ])
        let page = Page(
            data: [agent], pagination: Pagination(currentPage: 1, limit: 100, total: 1, totalPages: 1, hasNext: false, hasPrev: false),
            skipped: 0)
        state.load(AgentsResource.source, page)
        _ = state.reduce(.key(.enter))
        let detail = try! XCTUnwrap(state.ui.detail)
        XCTAssertEqual(detail.title, "Agent Detail Bot")
        XCTAssertEqual(detail.lines.first, DetailLine(depth: 0, key: "name", value: "Detail Bot"))
        XCTAssertTrue(detail.lines.contains(DetailLine(depth: 1, key: "image", value: "ghcr.io/x:1")), "nested objects are readable")
        _ = state.reduce(.key(.escape))
        XCTAssertNil(state.ui.detail)
    }

    func testHelpOpensAndCloses() {
        var state = CoreFixture.state(pane: .limits)
        _ = state.reduce(.key(.character("?")))
        XCTAssertEqual(state.ui.mode, .help)
        _ = state.reduce(.key(.escape))
        XCTAssertEqual(state.ui.mode, .normal)
    }

    func testQuitByKeyCommandAndControlC() {
        for keys in [[KeyPress.character("q")], [.control("c")], [.character(":"), .character("q"), .enter]] {
            var state = CoreFixture.state(pane: .overview)
            keys.forEach { _ = state.reduce(.key($0)) }
            XCTAssertTrue(state.shouldQuit, "\(keys)")
        }
    }

    func testRefreshForcesTheVisibleSources() {
        var state = CoreFixture.state(pane: .stats)
        let effects = state.reduce(.key(.character("r")))
        // The stats pane's first tab shows team statistics.
        XCTAssertEqual(effects, [.refresh(Set(ResourceRegistry.alwaysPolled.map(\.id) + [Sources.teamStats.id]))])
    }

    func testTimeframeCyclesAndDropsFiguresOfTheOldOne() {
        var state = CoreFixture.state(pane: .stats)
        state.teamStats.succeed([], at: CoreFixture.now)
        XCTAssertEqual(state.timeframe, .day)
        _ = state.reduce(.key(.character("t")))
        XCTAssertEqual(state.timeframe, .week)
        XCTAssertNil(state.teamStats.value)
        _ = state.reduce(.key(.character("t")))
        _ = state.reduce(.key(.character("t")))
        XCTAssertEqual(state.timeframe, .fiveMinutes, "wraps after 30d")
        _ = state.reduce(.key(.character("T")))
        XCTAssertEqual(state.timeframe, .month)
    }
}
