import XCTest
@testable import DashboardCore

/// Digit keys open favourites, any pane can be one, and the header and help follow them.
final class FavoritesTests: XCTestCase {
    func testConfigCommandsAndAliasesBindDigitsInOrder() {
        let (favorites, problems) = Favorites.from(commands: ["limits", "a", "KB"])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(favorites.pane(forDigit: 1), .limits)
        XCTAssertEqual(favorites.pane(forDigit: 2), .agents)
        XCTAssertEqual(favorites.pane(forDigit: 3), .knowledge)
        XCTAssertNil(favorites.pane(forDigit: 4))
        XCTAssertNil(favorites.pane(forDigit: 0))
        XCTAssertEqual(favorites.digit(of: .agents), 2)
        XCTAssertNil(favorites.digit(of: .overview))
        XCTAssertEqual(favorites.hintKey, "1-3")
    }

    func testAnUnknownPaneIsNamedAndItsDigitStaysFreeSoTheOthersKeepTheirs() {
        let (favorites, problems) = Favorites.from(commands: ["agents", "agnets", "limits", "agents"])
        XCTAssertEqual(favorites.pane(forDigit: 1), .agents)
        XCTAssertNil(favorites.pane(forDigit: 2))
        XCTAssertEqual(favorites.pane(forDigit: 3), .limits)
        XCTAssertNil(favorites.pane(forDigit: 4), "a pane is on one digit only")
        XCTAssertEqual(problems.count, 2, "\(problems)")
        XCTAssertTrue(
            problems[0].hasPrefix("favorites: 'agnets' (for 2) is not a pane; 2 opens nothing (panes: overview, agents,"), problems[0])
        XCTAssertEqual(problems[1], "favorites: 'agents' is already on 1; 4 opens nothing")
    }

    func testMoreThanNineAreCutWithAMessageAndNoneLeavesNoHint() {
        let (nine, problems) = Favorites.from(commands: Array(repeating: "", count: 9) + ["agents"])
        XCTAssertEqual(nine.bound.count, 0)
        XCTAssertEqual(nine.hintKey, "")
        XCTAssertEqual(problems, ["favorites: only 9 digits; 'agents' and any after it are left out"])
        XCTAssertEqual(Favorites.from(commands: ["", "mcp"]).favorites.hintKey, "2")
    }

    func testDigitsOpenTheFavouritesAndAnUnboundDigitSaysWhy() {
        var state = CoreFixture.state(pane: .overview)
        state.favorites = Favorites.from(commands: ["limits", "agents"]).favorites
        _ = state.reduce(.key(.character("1")))
        XCTAssertEqual(state.ui.pane, .limits)
        _ = state.reduce(.key(.character("2")))
        XCTAssertEqual(state.ui.pane, .agents)
        _ = state.reduce(.key(.character("7")))
        XCTAssertEqual(state.ui.pane, .agents)
        XCTAssertEqual(state.ui.flash, "no favourite on 7 (favorites: in config.yaml; : opens any pane)")
    }

    func testTheHeaderShowsFavouritesThenTheCurrentPaneByName() {
        let favorites = Favorites(panes: [.agents, .limits])
        let wide = PaneTabs.labels(favorites: favorites, active: .mcp, room: 80)
        XCTAssertEqual(wide.map(\.text), [" 1 Agents ", " 2 Limits ", " MCP "])
        XCTAssertEqual(PaneTabs.labels(favorites: favorites, active: .limits, room: 80).map(\.text), [" 1 Agents ", " 2 Limits "])
        // Narrow: the others shrink to their digit, the current pane keeps its name.
        XCTAssertEqual(PaneTabs.labels(favorites: favorites, active: .mcp, room: 12).map(\.text), [" 1 ", " 2 ", " MCP "])
        // Narrower still: trailing favourites go first, never the current pane.
        XCTAssertEqual(PaneTabs.labels(favorites: favorites, active: .mcp, room: 8).map(\.text), [" 1 ", " MCP "])
        XCTAssertEqual(PaneTabs.pane(at: 7, favorites: favorites, active: .mcp, room: 12), .mcp)
    }

    func testTheDefaultHeaderIsTodaysTabRow() {
        let labels = PaneTabs.labels(favorites: .defaults, active: .agents, room: 200).map(\.text)
        XCTAssertEqual(labels.joined(), " 1 Overview  2 Agents  3 Gateways  4 Proxies  5 KB  6 MCP  7 Limits  8 Stats  9 Metrics ")
        let narrow = PaneTabs.labels(favorites: .defaults, active: .agents, room: 40).map(\.text)
        XCTAssertEqual(narrow.joined(), " 1  2 Agents  3  4  5  6  7  8  9 ")
    }

    func testHelpListsEveryPaneGroupedWithCommandAliasesAndDigit() {
        let lines = PaneDirectory.helpLines(favorites: Favorites(panes: [.metrics]))
        XCTAssertEqual(lines.filter { $0.hasPrefix("panes:") }, ["panes: resources", "panes: observation"])
        let resources = lines.firstIndex(of: "panes: resources")!
        let observation = lines.firstIndex(of: "panes: observation")!
        XCTAssertLessThan(resources, observation)
        for pane in Pane.allCases {
            let index = lines.firstIndex { $0.contains(":\(pane.commands[0]) ") && $0.hasSuffix(pane.title) }
            XCTAssertNotNil(index, "\(pane) missing from \(lines)")
            XCTAssertEqual((index ?? 0) > observation, pane.resource.group == .observation, "\(pane)")
        }
        XCTAssertTrue(lines.contains { $0.hasPrefix("  1  :metrics ") && $0.contains(" m ") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("     :limits ") && $0.contains(" l ") }, "no digit for a pane that is not a favourite")
    }
}
