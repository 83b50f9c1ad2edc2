import XCTest
@testable import DashboardCore

/// The registry is the one place panes, commands and sources are declared: it must be consistent.
final class RegistryTests: XCTestCase {
    func testPanesAndCommandsAreUnique() {
        let resources = ResourceRegistry.resources
        XCTAssertEqual(Set(resources.map(\.pane)).count, resources.count)
        let commands = resources.flatMap(\.commands)
        XCTAssertEqual(Set(commands).count, commands.count, "\(commands)")
    }

    func testDefaultFavouritesAreTodaysNinePanesInTodaysOrder() {
        XCTAssertEqual(
            ResourceRegistry.defaultFavorites.map(\.rawValue),
            ["overview", "agents", "gateways", "proxies", "knowledge", "mcp", "limits", "stats", "metrics"])
        XCTAssertEqual(Set(ResourceRegistry.defaultFavorites).count, ResourceRegistry.defaultFavorites.count)
        for pane in ResourceRegistry.defaultFavorites { XCTAssertTrue(Pane.allCases.contains(pane), "\(pane)") }
        XCTAssertEqual(Favorites.defaults.hintKey, "1-9")
    }

    func testPanesAreReachableByEveryCommand() {
        for resource in ResourceRegistry.resources {
            for command in resource.commands { XCTAssertEqual(Pane(command: command), resource.pane, command) }
        }
        XCTAssertNil(Pane(command: "nope"))
    }

    func testEverySourceAndLookupIsKnownOnceByName() {
        let names = ResourceRegistry.allSources.map(\.id)
        XCTAssertEqual(Set(names).count, names.count)
        for id in names { XCTAssertEqual(ResourceRegistry.source(id)?.id, id) }
        for lookup in ResourceRegistry.allLookups { XCTAssertEqual(ResourceRegistry.lookup(lookup.id)?.id, lookup.id) }
        XCTAssertTrue(Set(names).isDisjoint(with: ResourceRegistry.allLookups.map(\.id)), "a look-up and a source share a name")
    }

    func testHelpAndCompletionComeFromTheRegistry() {
        XCTAssertEqual(KeyBindings.all.first?.keys, "1-9")
        for resource in ResourceRegistry.resources {
            XCTAssertTrue(CommandCompletion.words.contains(resource.commands[0]))
        }
        let tabbed = ResourceRegistry.resources.filter { $0.tabs.count > 1 }.map(\.pane)
        XCTAssertEqual(KeyBindings.all.first { $0.keys == "[ ]" }?.panes, Set(tabbed))
    }
}
