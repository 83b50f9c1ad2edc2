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

    func testEveryLinkOpensARegisteredPaneThatAcceptsItsScope() throws {
        let panes = Set(ResourceRegistry.all.map(\.pane))
        XCTAssertEqual(panes.count, ResourceRegistry.all.count, "children are panes of their own")
        let sample = ResourceRow(id: "r-1", cells: [], recordName: "sample", detailTitle: "", detail: [])
        let state = CoreFixture.state()
        for resource in ResourceRegistry.all {
            for link in resource.links {
                XCTAssertTrue(panes.contains(link.target), "\(resource.pane) links to unknown \(link.target)")
                let accepted = try XCTUnwrap(link.target.resource.scope, "\(link.target) accepts no scope")
                let scope = try XCTUnwrap(link.scope(sample, state), "\(resource.pane) → \(link.target)")
                XCTAssertTrue(accepted.fields.contains(scope.field), "\(link.target) does not filter on \(scope.field)")
                if case .key(let key) = link.trigger {
                    XCTAssertNil(KeyMap.defaults.command(for: key), "\(resource.pane): link key \(key) is taken")
                }
            }
        }
    }

    func testPanesThatNeedAScopeAreReachedOnlyThroughALink() {
        let linked = Set(ResourceRegistry.all.flatMap(\.links).map(\.target))
        for resource in ResourceRegistry.all where resource.needsScope {
            XCTAssertTrue(linked.contains(resource.pane), "\(resource.pane) cannot be reached")
            XCTAssertFalse(Pane.allCases.contains(resource.pane), "\(resource.pane) is not in Tab's cycle")
            XCTAssertTrue(resource.commands.isEmpty, "\(resource.pane) has no command of its own")
        }
    }

    /// Action and link keys are looked up before the key map: one equal to the key of a command that
    /// works on the same pane (in the same place: the live list or the trash) would hide that command.
    func testNoDeclaredActionOrLinkKeyHidesACommandOfItsPane() {
        var checked = 0
        for resource in ResourceRegistry.all {
            let rows = KeyBindings.bindings(for: resource.pane)
            let live = Set(rows.flatMap(\.commands))
            // Editing keys do not apply in the trash.
            let trash = Set(rows.filter { KeyBindings.actions(of: $0.commands).isEmpty }.flatMap(\.commands))
            func owner(of key: KeyPress, among commands: Set<KeyCommand>) -> KeyCommand? {
                commands.first { KeyMap.defaults.keys[$0]?.contains(key) == true }
            }
            for tab in resource.tabs {
                for action in tab.actions {
                    guard let key = action.key else { continue }
                    checked += 1
                    let command = owner(of: key, among: action.inTrash ? trash : live)
                    XCTAssertNil(command, "\(action.id) on \(resource.title) takes \(key.label) from \(command?.rawValue ?? "")")
                }
            }
            for link in resource.links {
                guard case .key(let key) = link.trigger else { continue }
                checked += 1
                let command = owner(of: key, among: live)
                XCTAssertNil(command, "the \(link.title) link on \(resource.title) takes \(key.label) from \(command?.rawValue ?? "")")
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 4, "reinstall, install, versions and restore have keys")
        XCTAssertEqual(KeyMap.defaults.conflicts, [], "and the key map sees none either")
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
