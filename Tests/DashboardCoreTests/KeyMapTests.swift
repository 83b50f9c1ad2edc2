import XCTest
import ArchestraAPI
@testable import DashboardCore

/// Keys can be rebound in the config file; the reducer, help and the hint bar follow.
final class KeyMapTests: XCTestCase {
    func testOverridesReplaceTheDefaultsAndNamesAreRead() {
        let (map, problems) = KeyMap.overriding(["quit": ["Q"], "down": ["j", "ctrl-n"], "export": ["F5"]])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(map.command(for: .character("Q")), .quit)
        XCTAssertNil(map.command(for: .character("q")), "the default q no longer quits")
        XCTAssertEqual(map.command(for: .control("n")), .down)
        XCTAssertEqual(map.command(for: .function(5)), .export)
        XCTAssertEqual(map.label(for: .down), "j Ctrl-N")
    }

    func testMistakesAndConflictsAreReported() {
        let (map, problems) = KeyMap.overriding(["quit": ["j"], "jump": ["x"], "help": ["ctrl-"], "refresh": ["5"]])
        XCTAssertTrue(
            problems.contains("keys: unknown command 'jump' (commands: \(KeyMap.commandNames.joined(separator: ", ")))"))
        XCTAssertTrue(problems.contains { $0.hasPrefix("keys: 'ctrl-' for help is not a key") }, "\(problems)")
        XCTAssertTrue(problems.contains("keys: 5 opens a pane and cannot run refresh"))
        XCTAssertTrue(problems.contains("keys: j is bound to both quit and down; quit wins"), "\(problems)")
        XCTAssertEqual(map.command(for: .character("j")), .quit)
    }

    func testAnOldConfigRebindingReinstallRebindsTheDeclaredActionWhereItApplies() {
        let (map, problems) = KeyMap.overriding(["reinstall": ["X"]])
        XCTAssertEqual(problems, [])
        XCTAssertTrue(KeyMap.commandNames.contains("reinstall"), "the unknown-command message lists action ids")
        var state = CoreFixture.state(pane: .mcp)
        state.keyMap = map
        state.load(
            MCPRegistryResource.servers, [MCPServer(id: "m-1", name: "slack", catalogName: "Slack", createdAt: "2026-01-01T00:00:00Z")])
        var old = state
        _ = old.reduce(.key(.character("R")))
        XCTAssertNil(old.ui.overlay, "R no longer reinstalls")
        _ = state.reduce(.key(.character("X")))
        guard case .progress(let asking)? = state.ui.overlay else { return XCTFail("X asks to reinstall") }
        XCTAssertEqual(asking.question, "Reinstall slack? It is redeployed with its configuration, and restarts.")
        XCTAssertEqual(KeyBindings.bindings(in: state).first { $0.action == "reinstall" }?.keys, "X", "help shows the key as rebound")
    }

    func testOldConfigKeysForVersionsAndReinstallStillWorkAsActionIDs() {
        let (map, problems) = KeyMap.overriding(["versions": ["V"], "reinstall": ["X"]])
        XCTAssertEqual(problems, [])
        for id in ["versions", "reinstall", "restore", "install"] {
            XCTAssertTrue(KeyMap.commandNames.contains(id), "keys: accepts \(id)")
        }
        XCTAssertFalse(KeyCommand.allCases.map(\.rawValue).contains("versions"), "versions is an action now, not a command")
        var state = CoreFixture.stateWithAgents(total: 3)
        state.keyMap = map
        XCTAssertEqual(state.reduce(.key(.character("v"))), [])
        XCTAssertNil(state.ui.overlay, "v no longer opens the history")
        XCTAssertEqual(state.reduce(.key(.character("V"))), [.edit(.loadVersions(EditorRef(pane: .agents, tab: 0), id: "agent-0"))])
        _ = state.reduce(.key(.escape))
        XCTAssertEqual(KeyBindings.bindings(in: state).first { $0.action == "versions" }?.keys, "V")
    }

    func testAnActionKeyThatHidesACommandIsReported() {
        let (_, problems) = KeyMap.overriding(["versions": ["d"], "refresh": ["R"]])
        XCTAssertTrue(problems.contains("keys: d is bound to both delete and versions on Agents; versions wins there"), "\(problems)")
        XCTAssertTrue(
            problems.contains("keys: R is bound to both refresh and reinstall on MCP Registry; reinstall wins there"), "\(problems)")
        let (_, trash) = KeyMap.overriding(["restore": ["e"]])
        XCTAssertEqual(trash, [], "in the trash, where restore applies, e edits nothing")
        let (_, twice) = KeyMap.overriding(["restore": ["q"]])
        XCTAssertTrue(twice.contains("keys: q is bound to both quit and restore on Agents; restore wins there"), "\(twice)")
    }

    func testDefaultsKeepClearOfTmuxAndScreenPrefixes() {
        XCTAssertNil(KeyMap.defaults.command(for: .control("b")), "tmux's prefix")
        XCTAssertNil(KeyMap.defaults.command(for: .control("a")), "screen's prefix")
        XCTAssertEqual(KeyMap.defaults.conflicts, [])
    }

    func testHAndLLeaveTabsAloneForLinksToUse() {
        XCTAssertNil(KeyMap.defaults.command(for: .character("h")))
        XCTAssertNil(KeyMap.defaults.command(for: .character("l")))
        var state = CoreFixture.state(pane: .mcp)
        _ = state.reduce(.key(.character("l")))
        XCTAssertEqual(state.ui.tab(of: .mcp), 0)
        _ = state.reduce(.key(.character("]")))
        XCTAssertEqual(state.ui.tab(of: .mcp), 1, "[ ] and the arrows still switch tabs")
    }

    func testTheReducerAndHelpFollowTheMap() {
        var state = CoreFixture.stateWithAgents(total: 5)
        state.keyMap = KeyMap.overriding(["quit": ["Q"], "down": ["n"]]).map
        _ = state.reduce(.key(.character("n")))
        XCTAssertEqual(state.ui.list(.agents).selected, 1, "n moves down now, and does not open a new-record form")
        XCTAssertNil(state.ui.overlay)
        _ = state.reduce(.key(.character("q")))
        XCTAssertFalse(state.shouldQuit)
        let help = KeyBindings.bindings(in: state)
        XCTAssertTrue(help.contains { $0.keys == "Q" && $0.description == "quit" }, "\(help.map(\.keys))")
        XCTAssertTrue(help.contains { $0.keys == "n / k ↑" }, "\(help.map(\.keys))")
        _ = state.reduce(.key(.character("Q")))
        XCTAssertTrue(state.shouldQuit)
    }

    func testMouseClicksOpenPanesAndSelectRowsAndTheWheelScrolls() {
        var state = CoreFixture.stateWithAgents(total: 50)
        // Row 1 holds the pane tabs: " 1 Overview  2 Agents …"; column 2 is on "1".
        _ = state.reduce(.key(.mouse(MouseEvent(.click, x: 2, y: 1))))
        XCTAssertEqual(state.ui.pane, .overview)
        _ = state.reduce(.key(.character("2")))
        _ = state.reduce(.key(.mouse(MouseEvent(.click, x: 5, y: 7))))
        XCTAssertEqual(state.ui.list(.agents).selected, 3, "the fourth row on screen")
        _ = state.reduce(.key(.mouse(MouseEvent(.click, x: 5, y: 7))))
        XCTAssertNotNil(state.ui.detail, "a second click opens it")
        _ = state.reduce(.key(.escape))
        _ = state.reduce(.key(.mouse(MouseEvent(.wheelDown, x: 5, y: 7))))
        XCTAssertEqual(state.ui.list(.agents).selected, 6)
    }

    func testExportKeepsEveryRowWithGraphicColumnsAsNumbers() {
        var state = CoreFixture.state(pane: .limits)
        state.load(
            LimitsResource.source,
            [
                UsageLimit(
                    id: "l1", entityType: .organization, entityId: "o", limitType: .tokenCost,
                    limitValue: 10, modelUsage: [ModelUsage(model: "m", tokensIn: 1, tokensOut: 1, cost: 2.5)])
            ])
        let effects = state.reduce(.key(.control("s")))
        guard case .export(let table)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(table.name, "limits")
        XCTAssertEqual(table.columns.prefix(3), ["id", "Entity", "Type"])
        XCTAssertEqual(table.rows.first?.first, "l1")
        XCTAssertEqual(table.rows.first?[table.columns.firstIndex(of: "Gauge") ?? 0], "0.2500")
        XCTAssertTrue(table.csv.hasPrefix("id,Entity,Type,"))
        XCTAssertTrue(table.json.contains("\"Entity\" : \"Organization\""), table.json)
        XCTAssertEqual(TableExport.csvField("a,\"b\""), "\"a,\"\"b\"\"\"")
    }
}
