import XCTest
@testable import DashboardCore

/// The registry is the one place panes, commands and sources are declared: it must be consistent.
final class RegistryTests: XCTestCase {
    func testPaneNumbersAndCommandsAreUnique() {
        let resources = ResourceRegistry.resources
        XCTAssertEqual(Set(resources.map(\.number)).count, resources.count)
        XCTAssertEqual(Set(resources.map(\.pane)).count, resources.count)
        let commands = resources.flatMap(\.commands)
        XCTAssertEqual(Set(commands).count, commands.count, "\(commands)")
        XCTAssertEqual(resources.map(\.number), resources.map(\.number).sorted())
    }

    func testPanesAreReachableByTheirNumberAndEveryCommand() {
        for resource in ResourceRegistry.resources {
            XCTAssertEqual(Pane(number: resource.number), resource.pane)
            for command in resource.commands { XCTAssertEqual(Pane(command: command), resource.pane, command) }
        }
        XCTAssertNil(Pane(number: 0))
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
        let last = ResourceRegistry.resources.last!
        XCTAssertEqual(KeyBindings.all.first?.keys, "1-\(last.number)")
        for resource in ResourceRegistry.resources {
            XCTAssertTrue(CommandCompletion.words.contains(resource.commands[0]))
            XCTAssertTrue(KeyBindings.all[1].description.contains(":" + resource.commands[0]))
        }
        let tabbed = ResourceRegistry.resources.filter { $0.tabs.count > 1 }.map(\.pane)
        XCTAssertEqual(KeyBindings.all.first { $0.keys == "[ ]" }?.panes, Set(tabbed))
    }
}
