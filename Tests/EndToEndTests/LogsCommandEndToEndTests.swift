import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// `archestra-tui logs`, the built binary read through a pipe as `jq` or `head` read it, against a simulator of the test's.
final class LogsCommandEndToEndTests: XCTestCase {
    func binary() throws -> String { try Binaries.path("archestra-tui") }

    func follow(_ fixture: SimulatorFixture, _ arguments: [String]) throws -> StreamingRun {
        try StreamingRun(
            try binary(), ["logs", "--follow", "--refresh", "0.2", "--base-url", fixture.baseURL] + arguments,
            environment: ["ARCHESTRA_API_KEY": fixture.apiKey])
    }

    func once(_ fixture: SimulatorFixture, _ arguments: [String]) throws -> CommandRun {
        try CommandRun.run(
            try binary(), ["logs", "--base-url", fixture.baseURL] + arguments, environment: ["ARCHESTRA_API_KEY": fixture.apiKey],
            timeout: 30)
    }

    /// Each line as a JSON object; fails the test on a line that is not one.
    func objects(_ lines: [String], file: StaticString = #filePath, line: UInt = #line) throws -> [[String: Any]] {
        try lines.map { text in
            XCTAssertFalse(text.utf8.contains(0x1B), "no raw ESC reaches stdout: \(text)", file: file, line: line)
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
            return try XCTUnwrap(object as? [String: Any], text, file: file, line: line)
        }
    }

    /// The ids of the server's newest `count` interactions, oldest first.
    func newestInteractions(_ fixture: SimulatorFixture, _ count: Int) async throws -> [String] {
        try await fixture.client.interactionSummaries(page: LogPageRequest(limit: count)).items.map(\.id).reversed()
    }

    /// Waits up to ten seconds until the simulator has received a request for `path`.
    func waitForRequest(_ fixture: SimulatorFixture, path: String) async throws {
        let deadline = Date().addingTimeInterval(10)
        while await !fixture.simulator.recordedRequests().contains(where: { $0.path == path }) {
            guard Date() < deadline else { throw StreamingRun.Failure(description: "no request for \(path)") }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    func testFollowAsJSONPrintsEachNewInteractionOnceAsAnObjectPerLineAndCtrlCEndsWithZero() async throws {
        let fixture = try await SimulatorFixture()
        await fixture.simulator.generateLogTraffic(count: 12)
        let expected = try await newestInteractions(fixture, 5)
        let run = try follow(fixture, ["--output", "json", "--tail", "5"])

        let first = try objects(try run.readLines(5))
        XCTAssertEqual(first.compactMap { $0["id"] as? String }, expected, "the newest five, oldest first")
        for object in first {
            XCTAssertNotNil(object["createdAt"] as? String)
            XCTAssertNotNil(object["model"] as? String)
            XCTAssertNotNil(object["profileId"] as? String)
            XCTAssertNil(object["request"], "no bodies in the listing")
        }

        await fixture.simulator.generateLogTraffic(count: 3)
        let arrived = try await newestInteractions(fixture, 3)
        let next = try objects(try run.readLines(3))
        XCTAssertEqual(next.compactMap { $0["id"] as? String }, arrived, "the new ones, once, in the order they came")

        run.send(SIGINT)
        XCTAssertEqual(try run.waitForExit(), 0)
        XCTAssertEqual(run.stderr, "", "nothing odd on Ctrl-C")
        await fixture.shutdown()
    }

    func testAReaderThatStopsReadingLikeHeadEndsItWithZero() async throws {
        let fixture = try await SimulatorFixture()
        await fixture.simulator.generateLogTraffic(count: 10)
        let run = try follow(fixture, ["--tail", "5"])
        let lines = try run.readLines(3)
        XCTAssertTrue(lines[0].hasPrefix("TIME (UTC)"), lines[0])

        run.closeOutput()
        // The next rows meet a closed pipe.
        await fixture.simulator.generateLogTraffic(count: 3)

        XCTAssertEqual(try run.waitForExit(), 0, "a closed pipe is the end, not a SIGPIPE (141)")
        XCTAssertEqual(run.stderr, "")
        await fixture.shutdown()
    }

    func testAnAgentByNameFiltersOnTheServerAndAnUnknownNameIsAnError() async throws {
        let fixture = try await SimulatorFixture()
        await fixture.simulator.generateLogTraffic(count: 60)
        let someone = try await fixture.client.interactionSummaries(page: LogPageRequest(limit: 1)).items.first?.profileId
        let agent = try await fixture.client.agent(id: try XCTUnwrap(someone))
        await fixture.simulator.clearRecordedRequests()

        let run = try once(fixture, ["--agent", agent.name, "--output", "json", "--tail", "50"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let rows = try objects(run.stdoutText.split(separator: "\n").map(String.init))
        XCTAssertFalse(rows.isEmpty)
        XCTAssertEqual(Set(rows.compactMap { $0["profileId"] as? String }), [agent.id])
        // The rows come filtered by the server (the name may first be looked for among the log's own agents).
        let asked = await fixture.simulator.recordedRequests().filter { $0.path.hasPrefix("/api/interactions") }
        XCTAssertEqual(asked.last?.query["profileId"], agent.id, "\(asked)")

        let calls = try once(fixture, ["--agent", agent.id, "--calls", "--output", "json"])
        XCTAssertEqual(calls.status, 0, calls.stderr)
        let callRequests = await fixture.simulator.recordedRequests().filter { $0.path == "/api/mcp-tool-calls" }
        XCTAssertTrue(!callRequests.isEmpty && callRequests.allSatisfy { $0.query["agentId"] == agent.id }, "\(callRequests)")

        // A key that may read the logs but not the agents still filters by an id the log carries.
        await fixture.simulator.setFault(.status(403), forPathPrefix: "/api/agents")
        let byID = try once(fixture, ["--agent", agent.id, "--output", "json"])
        XCTAssertEqual(byID.status, 0, byID.stderr)
        let filtered = try objects(byID.stdoutText.split(separator: "\n").map(String.init))
        XCTAssertEqual(Set(filtered.compactMap { $0["profileId"] as? String }), [agent.id])
        await fixture.simulator.setFault(nil, forPathPrefix: "/api/agents")

        let unknown = try once(fixture, ["--agent", "No Such Agent"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stdoutText, "")
        XCTAssertTrue(
            unknown.stderr.contains("archestra-tui logs: no agent, MCP gateway or LLM proxy is named 'No Such Agent'"), unknown.stderr)
        await fixture.shutdown()
    }

    func testToolCallsInBothPagingStyles() async throws {
        for style in LogPagingStyle.allCases {
            var options = SimulatorFixture.stableOptions()
            options.logPaging = style
            let fixture = try await SimulatorFixture(options: options)
            await fixture.simulator.generateLogTraffic(count: 400)
            let newest = try await fixture.client.mcpToolCalls(page: LogPageRequest(limit: 50))
            XCTAssertEqual(newest.style, style)
            let below = try await fixture.client.mcpToolCalls(page: LogPageRequest(position: try XCTUnwrap(newest.next), limit: 20))
            let expected = (newest.items + below.items).map(\.id).reversed()

            // More than one page: the command reads the next one as the server pages it.
            let run = try once(fixture, ["--calls", "--tail", "70", "--output", "json"])
            XCTAssertEqual(run.status, 0, run.stderr)
            let printed = try objects(run.stdoutText.split(separator: "\n").map(String.init)).compactMap { $0["id"] as? String }
            XCTAssertEqual(printed, Array(expected), "\(style)")

            // More new calls in one poll than a page holds: the rest are read, each printed once, in order.
            await fixture.simulator.clearRecordedRequests()
            let following = try follow(fixture, ["--calls", "--tail", "0", "--output", "json"])
            try await waitForRequest(fixture, path: "/api/mcp-tool-calls")
            let held = try XCTUnwrap(newest.items.first?.id)
            await fixture.simulator.generateLogTraffic(count: 240)
            var fresh: [String] = []
            var position = LogPagePosition.newest
            reading: while true {
                let page = try await fixture.client.mcpToolCalls(page: LogPageRequest(position: position, limit: 100))
                for call in page.items {
                    if call.id == held { break reading }
                    fresh.append(call.id)
                }
                position = try XCTUnwrap(page.next)
            }
            XCTAssertGreaterThan(fresh.count, 50, "\(style): more than a page")
            let lines = try objects(try following.readLines(fresh.count)).compactMap { $0["id"] as? String }
            XCTAssertEqual(lines, fresh.reversed(), "\(style)")
            let paged = await fixture.simulator.recordedRequests().filter {
                $0.path == "/api/mcp-tool-calls" && $0.query[style == .offset ? "offset" : "cursor"] != nil
            }
            XCTAssertFalse(paged.isEmpty, "\(style): the rows below the newest page were asked by \(style)")
            following.send(SIGTERM)
            XCTAssertEqual(try following.waitForExit(), 0)
            await fixture.shutdown()
        }
    }

    func testAServerThatFailsIsSaidOnStderrAndFollowedAgainWhenItAnswers() async throws {
        let fixture = try await SimulatorFixture()
        await fixture.simulator.generateLogTraffic(count: 3)
        let run = try follow(fixture, ["--output", "json", "--tail", "0"])
        try await waitForRequest(fixture, path: "/api/interactions/summaries")

        await fixture.simulator.setFault(.status(500), forPathPrefix: "/api/interactions")
        try run.waitForStderr("retrying in")
        await fixture.simulator.generateLogTraffic(count: 2)
        await fixture.simulator.setFault(nil, forPathPrefix: "/api/interactions")

        let arrived = try await newestInteractions(fixture, 2)
        let lines = try objects(try run.readLines(2, timeout: 15))
        XCTAssertEqual(lines.compactMap { $0["id"] as? String }, arrived)
        try run.waitForStderr("archestra-tui logs: the server answers again")
        XCTAssertTrue(run.stderr.hasPrefix("archestra-tui logs: 500 "), run.stderr)

        run.send(SIGINT)
        XCTAssertEqual(try run.waitForExit(), 0)
        await fixture.shutdown()
    }

    func testAKeyWithoutLogReadIsTheWordsOfThePaneAndAnError() async throws {
        let fixture = try await SimulatorFixture()
        await fixture.simulator.setFault(.status(403), forPathPrefix: "/api/interactions")
        for arguments in [[], ["--follow"]] {
            let run = try once(fixture, arguments)
            XCTAssertEqual(run.status, 1, run.stderr)
            XCTAssertEqual(run.stdoutText, "")
            XCTAssertEqual(run.stderr, "archestra-tui logs: no permission to read LLM interactions: the API key lacks log:read\n")
        }
        await fixture.shutdown()
    }
}
