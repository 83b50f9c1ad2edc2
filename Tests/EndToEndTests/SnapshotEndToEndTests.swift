import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// `archestra-tui snapshot`, the built binary run as a script would run it, against a simulator of the test's.
final class SnapshotEndToEndTests: XCTestCase {
    /// Runs `body` with a simulator of `agents` agents, shut down afterwards whatever happens.
    private func withFixture(agents: Int = 6, _ body: (SimulatorFixture) async throws -> Void) async throws {
        var options = SimulatorFixture.stableOptions()
        options.agentCount = agents
        let fixture = try await SimulatorFixture(options: options)
        do {
            try await body(fixture)
        } catch {
            await fixture.shutdown()
            throw error
        }
        await fixture.shutdown()
    }

    private func snapshot(_ fixture: SimulatorFixture, _ arguments: [String]) throws -> CommandRun {
        try CommandRun.run(
            try Binaries.path("archestra-tui"), ["snapshot"] + arguments + ["--base-url", fixture.baseURL],
            environment: ["ARCHESTRA_API_KEY": fixture.apiKey])
    }

    private func objects(_ run: CommandRun) throws -> [[String: String]] {
        let decoded = try JSONSerialization.jsonObject(with: run.stdout)
        return try XCTUnwrap(decoded as? [[String: String]], run.stdoutText)
    }

    func testAgentsAsJSONAreTheServersAgents() async throws {
        try await withFixture { fixture in
            let agents = try await fixture.client.allAgents()

            let run = try snapshot(fixture, ["agents", "--output", "json"])
            XCTAssertEqual(run.status, 0, run.stderr)
            let rows = try objects(run)
            XCTAssertEqual(rows.count, agents.count)
            XCTAssertEqual(Set(rows.compactMap { $0["Name"] }), Set(agents.map(\.name)))
            XCTAssertEqual(Set(rows.compactMap { $0["id"] }), Set(agents.map(\.id)))
            XCTAssertEqual(run.stderr, "", "nothing to say when all went well")
        }
    }

    func testAgentsAsCSVSpanEveryPage() async throws {
        // More than two pages of 100: the snapshot must read past the pages the console keeps.
        try await withFixture(agents: 250) { fixture in
            let agents = try await fixture.client.allAgents()
            XCTAssertGreaterThan(agents.count, 200)

            let run = try snapshot(fixture, ["a", "--output", "csv"])
            XCTAssertEqual(run.status, 0, run.stderr)
            let lines = run.stdoutText.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            XCTAssertEqual(lines.first?.hasPrefix("id,Name,Type,"), true, lines.first ?? "")
            let ids = lines.dropFirst().map { $0.prefix { $0 != "," } }.map(String.init)
            XCTAssertEqual(ids.count, agents.count)
            XCTAssertEqual(Set(ids), Set(agents.map(\.id)))
        }
    }

    func testLimitsAsJSONCarryTheServersFigures() async throws {
        try await withFixture { fixture in
            let limits = try await fixture.client.limitList().items
            XCTAssertFalse(limits.isEmpty, "the seed holds usage limits")

            let run = try snapshot(fixture, ["limits", "--output", "json"])
            XCTAssertEqual(run.status, 0, run.stderr)
            let rows = try objects(run)
            XCTAssertEqual(Set(rows.compactMap { $0["id"] }), Set(limits.map(\.id)))
            for limit in limits {
                let row = try XCTUnwrap(rows.first { $0["id"] == limit.id })
                // JSON keeps the exact fill (text and CSV round it to four decimals).
                guard let used = limit.usedCost else {
                    XCTAssertEqual(row["Gauge"], "", "no fill for \(limit.id)")
                    continue
                }
                let fill = try XCTUnwrap(row["Gauge"].flatMap(Double.init), "fill of \(limit.id)")
                XCTAssertEqual(fill, used / limit.limitValue, accuracy: 1e-9, "fill of \(limit.id)")
            }
        }
    }

    func testFailAboveExitsTwoOnlyWhenALimitReachesIt() async throws {
        try await withFixture { fixture in
            let percents = try await fixture.client.limitList().items.compactMap { limit in
                limit.usedCost.map { $0 / limit.limitValue * 100 }
            }
            let highest = try XCTUnwrap(percents.max())

            let below = try snapshot(fixture, ["limits", "--output", "csv", "--fail-above", String(format: "%.1f", highest - 0.5)])
            XCTAssertEqual(below.status, 2, below.stderr)
            XCTAssertTrue(below.stderr.contains("usage limit at or above"), below.stderr)
            XCTAssertTrue(
                below.stderr.contains(String(format: "%.1f%%", highest)) || below.stderr.contains("\(Int(highest))%"),
                "the percentage is named: \(below.stderr)")
            XCTAssertFalse(below.stdout.isEmpty, "the table is still printed")

            let above = try snapshot(fixture, ["overview", "--fail-above", String(format: "%.1f", highest + 0.5)])
            XCTAssertEqual(above.status, 0, above.stderr)
            XCTAssertTrue(above.stderr.contains("every usage limit is below"), above.stderr)
            XCTAssertFalse(above.stderr.contains("at or above"), above.stderr)
        }
    }

    func testUnreachableServerExitsThreeNamingTheURL() async throws {
        // A port that just closed: nothing answers there.
        let gone = ArchestraSimulator(options: SimulatorFixture.stableOptions())
        let port = try await gone.start()
        await gone.stop()
        let url = "http://127.0.0.1:\(port)"

        // Every pane, including the overview, whose metrics sources (another server) do not count.
        for pane in ["limits", "overview", "agents"] {
            let run = try CommandRun.run(try Binaries.path("archestra-tui"), ["snapshot", pane, "--base-url", url, "--timeout", "5"])
            XCTAssertEqual(run.status, 3, "\(pane): \(run.stderr)")
            XCTAssertTrue(run.stdout.isEmpty, run.stdoutText)
            let lines = run.stderr.split(separator: "\n")
            XCTAssertEqual(lines.count, 1, run.stderr)
            XCTAssertTrue(run.stderr.contains("cannot reach") && run.stderr.contains(url), run.stderr)
        }
    }

    func testRejectedKeyExitsOneAndSaysSo() async throws {
        try await withFixture { fixture in
            let run = try CommandRun.run(
                try Binaries.path("archestra-tui"), ["snapshot", "agents", "--base-url", fixture.baseURL],
                environment: ["ARCHESTRA_API_KEY": "arch_wrong_key_000000000"])
            XCTAssertEqual(run.status, 1, run.stderr)
            XCTAssertTrue(run.stderr.contains("401") && run.stderr.contains("authentication failed"), run.stderr)
            XCTAssertTrue(run.stdout.isEmpty, run.stdoutText)
            XCTAssertFalse(run.stderr.contains("arch_wrong_key"), "the key is never printed")
        }
    }

    func testEscapeSequencesInServerTextNeverReachStdoutRaw() async throws {
        try await withFixture(agents: 3) { fixture in
            let hostile = "Evil\u{1B}]0;owned\u{07}\u{1B}[31mBot\u{9B}2J"
            await fixture.simulator.insertAgent(
                .object([
                    "name": .string(hostile), "agentType": .string("agent"), "scope": .string("org"),
                ]))

            for format in ["text", "csv", "json"] {
                let run = try snapshot(fixture, ["agents", "--output", format])
                XCTAssertEqual(run.status, 0, run.stderr)
                XCTAssertFalse(run.stdout.contains(0x1B), "\(format): a raw ESC reached stdout")
                XCTAssertNil(
                    run.stdoutText.unicodeScalars.first { (0x80...0x9F).contains($0.value) }, "\(format): a C1 control reached stdout")
                if format == "json" {
                    // JSON keeps the server's text, escaped: a script gets the real name.
                    XCTAssertTrue(try objects(run).contains { $0["Name"] == hostile })
                } else {
                    XCTAssertTrue(run.stdoutText.contains("EvilBot"), run.stdoutText)
                }
            }
        }
    }

    func testBadValuesExitOneWithAMessage() throws {
        let binary = try Binaries.path("archestra-tui")
        let pane = try CommandRun.run(binary, ["snapshot", "nosuchpane"])
        XCTAssertEqual(pane.status, 1)
        XCTAssertTrue(pane.stderr.contains("unknown pane 'nosuchpane'") && pane.stderr.contains("agents"), pane.stderr)
        let format = try CommandRun.run(binary, ["snapshot", "agents", "--output", "xml"])
        XCTAssertEqual(format.status, 1)
        XCTAssertTrue(format.stderr.contains("--output must be text, json or csv"), format.stderr)
        let tab = try CommandRun.run(binary, ["snapshot", "stats", "--tab", "planets"])
        XCTAssertEqual(tab.status, 1)
        XCTAssertTrue(tab.stderr.contains("teams, agents, models, users"), tab.stderr)
        XCTAssertTrue(pane.stdout.isEmpty && format.stdout.isEmpty && tab.stdout.isEmpty)
    }

    /// Issue 21, item 12: a negative or unreadable percentage is called invalid, not "missing".
    func testFailAboveWithANegativeOrNonNumericValueSaysItIsInvalid() throws {
        let binary = try Binaries.path("archestra-tui")
        for (arguments, value) in [(["--fail-above", "-5"], "-5"), (["--fail-above=-5"], "-5"), (["--fail-above", "ninety"], "ninety")] {
            let run = try CommandRun.run(binary, ["snapshot", "limits"] + arguments)
            XCTAssertEqual(run.status, 1, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("--fail-above '\(value)' is invalid"), run.stderr)
            XCTAssertFalse(run.stderr.contains("Missing value"), run.stderr)
            XCTAssertTrue(run.stdout.isEmpty)
        }
    }
}
