import Foundation
import XCTest
import ArchestraAPI
import TerminalUI

/// Issue 3 end to end: panes, filter, detail, help and the limits pane, against the simulator.
final class NavigationEndToEndTests: XCTestCase {
    /// Text each pane shows in its title line.
    static let paneTitles: [(key: String, command: String, title: String)] = [
        ("1", "overview", "Overview last"), ("2", "agents", "Agents 1-"), ("3", "gateways", "MCP Gateways"),
        ("4", "proxies", "LLM Proxies"), ("5", "kb", "Knowledge Bases"), ("6", "mcp", "MCP Registry"),
        ("7", "limits", "Usage Limits"), ("8", "stats", "Statistics"),
    ]

    func testEveryPaneIsReachableByNumberAndByCommand() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console()
        defer { session.kill() }
        try session.waitFor(text: "connected")
        for pane in Self.paneTitles {
            try session.send(pane.key)
            try session.waitFor(text: pane.title, timeout: 5)
        }
        for pane in Self.paneTitles.reversed() {
            try session.type(":" + pane.command)
            try session.send("Enter")
            try session.waitFor(text: pane.title, timeout: 5)
        }
        // Short aliases and Tab completion.
        try session.type(":li")
        try session.send("Tab")
        try session.waitFor(text: ":limits", timeout: 5)
        try session.send("Enter")
        try session.waitFor(text: "Usage Limits", timeout: 5)
        await fixture.shutdown()
    }

    /// Issue 23: `favorites:` rebinds the digits (a misspelt entry is named at start), and `:` with a
    /// few letters opens a pane that has no digit.
    func testFavoritesRebindDigitsAndThePaletteOpensAnyPane() async throws {
        let fixture = try await SimulatorFixture()
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("archestra-favorites-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config.yaml")
        try "favorites: [limits, agents, agnts]\n".write(to: config, atomically: true, encoding: .utf8)
        let session = try fixture.console(extraArguments: "--config \(TmuxSession.quote(config.path))")
        defer { session.kill() }
        _ = try session.waitFor(text: "favorites: 'agnts' (for 3) is not a pane")
        let start = try session.waitFor(text: "connected")
        XCTAssertTrue(start.contains(" 1 Limits  2 Agents  Overview"), "favourites, then the current pane by name:\n\(start)")
        XCTAssertTrue(start.contains("1-2 panes"), start)

        try session.send("1")
        _ = try session.waitFor(text: "Usage Limits", timeout: 5)
        try session.send(":")
        _ = try session.waitFor(text: "open a pane", timeout: 5)
        try session.type("prx")
        _ = try session.waitFor("the palette narrowed to proxies", timeout: 5) {
            $0.contains(":prx") && $0.contains("LLM Proxies  resources")
        }
        try session.send("Enter")
        // The palette lists "LLM Proxies" too: wait for it to close on the proxies pane.
        let proxies = try session.waitFor("the proxies pane with the palette closed", timeout: 5) {
            $0.contains("LLM Proxies") && !$0.contains("open a pane")
        }
        XCTAssertTrue(proxies.contains(" 1 Limits  2 Agents  Proxies"), proxies)
        await fixture.shutdown()
    }

    func testFilterNarrowsTheAgentsListOnTheServer() async throws {
        let fixture = try await SimulatorFixture()
        let all = try await fixture.client.allAgents()
        let target = try XCTUnwrap(all.first { $0.name.allSatisfy(\.isASCII) && $0.name.count >= 8 && $0.agentType == .agent })
        let fragment = String(target.name.prefix(6))
        let others = all.filter { !$0.name.lowercased().contains(fragment.lowercased()) && $0.name.allSatisfy(\.isASCII) }
            .map(\.name).prefix(3)
        let session = try fixture.console()
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("2")
        try session.waitFor(text: "Agents 1-", timeout: 5)
        try session.send("/")
        try session.type(fragment)
        let screen = try session.waitFor("only agents matching '\(fragment)'", timeout: 8) { screen in
            screen.contains(target.name) && others.allSatisfy { !screen.contains($0) }
        }
        XCTAssertTrue(screen.contains(fragment), "the filter text is shown while typing")
        // A prefix of the fragment may already show these rows while the whole one is still on its way.
        let askedBy = Date().addingTimeInterval(8)
        var asked = false
        while !asked, Date() < askedBy {
            asked = await fixture.simulator.recordedRequests().contains { $0.path == "/api/agents" && $0.query["name"] == fragment }
            if !asked { try await Task.sleep(for: .milliseconds(100)) }
        }
        XCTAssertTrue(asked, "the server was asked with name=\(fragment)")
        try session.send("Enter")
        try session.send("Escape")
        try session.waitFor("the whole list again", timeout: 8) { screen in others.allSatisfy { screen.contains($0) } }
        await fixture.shutdown()
    }

    func testEnterOpensTheDetailAndEscReturns() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console()
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("7")
        try session.waitFor(text: "Usage Limits 1-", timeout: 5)
        try session.send("Enter")
        let detail = try session.waitFor(text: "Usage limit:", timeout: 5)
        XCTAssertTrue(detail.contains("next reset"), detail)
        XCTAssertTrue(detail.contains("per model"), "token cost limits show the per-model split:\n\(detail)")
        try session.send("Escape")
        try session.waitFor(text: "Usage Limits 1-", timeout: 5)
        try session.send("2")
        try session.waitFor(text: "Agents 1-", timeout: 5)
        try session.send("Enter")
        let agentDetail = try session.waitFor(text: "agentType", timeout: 5)
        XCTAssertTrue(agentDetail.contains("Agent "), agentDetail)
        try session.send("Escape")
        try session.waitFor(text: "Agents 1-", timeout: 5)
        await fixture.shutdown()
    }

    func testHelpListsTheKeysOfThePane() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console()
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("2")
        try session.send("?")
        let help = try session.waitFor(text: "Keys", timeout: 5)
        for expected in ["filter", "sort", "refresh", "quit"] {
            XCTAssertTrue(help.contains(expected), "help mentions \(expected):\n\(help)")
        }
        try session.send("Escape")
        try session.waitFor("help closed", timeout: 5) { !$0.contains("Keys —") }
        await fixture.shutdown()
    }

    func testLimitsPaneShowsThePercentagesOfTheServersData() async throws {
        let fixture = try await SimulatorFixture()
        let limits = try await fixture.client.limits()
        let expected = limits.compactMap { limit -> String? in limit.usedFraction.map { NumberFormat.percent($0) } }
        XCTAssertGreaterThanOrEqual(expected.count, 4)
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("7")
        let screen = try session.waitFor("every limit's percentage", timeout: 8) { screen in
            expected.allSatisfy { screen.contains($0) }
        }
        let over = try XCTUnwrap(limits.first { ($0.usedFraction ?? 0) > 1 })
        let overLine = screen.split(separator: "\n").first { $0.contains(NumberFormat.percent(over.usedFraction)) }
        XCTAssertNotNil(overLine)
        XCTAssertTrue(screen.contains("limits ≥90%"), "the alert is in the header:\n\(screen)")
        await fixture.shutdown()
    }
}
