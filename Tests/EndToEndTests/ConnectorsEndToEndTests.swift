import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Issue 25's connectors in the real binary: a sync followed to its end, a second one refused in
/// words, `Enter` on a knowledge base, and a server without the connectors endpoint.
final class ConnectorsEndToEndTests: XCTestCase {
    /// A connector whose name is ASCII and matches no other's, so a filter selects it alone.
    func connector(_ fixture: SimulatorFixture, where wanted: (Connector) -> Bool) async throws -> Connector {
        let connectors = try await fixture.client.connectors(ConnectorQuery(limit: 100)).data
        return try XCTUnwrap(
            connectors.first { candidate in
                wanted(candidate) && candidate.name.allSatisfy(\.isASCII)
                    && connectors.filter { $0.name.lowercased().contains(candidate.name.lowercased()) }.count == 1
            })
    }

    func select(_ name: String, in session: TmuxSession) throws {
        try session.send("/")
        try session.type(name)
        try session.send("Enter")
        try session.waitFor(text: "1-1 of 1", timeout: 10)
    }

    func testASyncIsFollowedToItsEndAndASecondSyncIsAnsweredWithThe409sWords() async throws {
        let fixture = try await SimulatorFixture()
        let idle = try await connector(fixture) { $0.syncStatus == .success }
        let running = try await connector(fixture) { $0.syncStatus == .running }
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.type(":connectors")
        try session.send("Enter")
        try session.waitFor(text: "Connectors 1-", timeout: 10)
        try select(idle.name, in: session)
        await fixture.simulator.clearRecordedRequests()

        try session.send("S")
        let window = try session.waitFor(text: "following the sync", timeout: 10)
        XCTAssertTrue(window.contains("Sync \(idle.name)"), window)
        let ended = try session.waitFor("the sync settled", timeout: 20) { $0.contains("→ success") && $0.contains("Esc closes.") }
        XCTAssertTrue(ended.contains("\(idle.name): queued → running → success"), ended)
        let sent = await fixture.waitForChanges("the sync") { !$0.isEmpty }
        XCTAssertEqual(sent.map { "\($0.method) \($0.path)" }, ["POST /api/connectors/\(idle.id)/sync"])
        try session.send("Escape")
        try session.waitFor("the window closed", timeout: 5) { !$0.contains("Esc closes.") }

        // A connector whose sync runs already: the server answers 409, the window says so in words.
        try session.send("Escape")
        try session.waitFor(text: "Connectors 1-", timeout: 5)
        try select(running.name, in: session)
        await fixture.simulator.clearRecordedRequests()
        try session.send("S")
        let refused = try session.waitFor(text: "error: a sync is already running", timeout: 10)
        XCTAssertTrue(refused.contains("Sync \(running.name)"), refused)
        XCTAssertTrue(refused.contains("Esc closes."), "a refusal is the end of it:\n\(refused)")
        // Two list refreshes later the refusal still stands and nothing was followed: a follow would
        // have read the connector at once.
        let later = try await requests(fixture, "two refreshes after the refusal") { seen in
            seen.filter { $0.method == "GET" && $0.path == "/api/connectors" }.count >= 3
        }
        XCTAssertEqual(later.filter { $0.path == "/api/connectors/\(running.id)/sync" }.count, 1)
        XCTAssertFalse(later.contains { $0.path == "/api/connectors/\(running.id)" }, "a refusal is not followed")
        XCTAssertTrue(try session.screen().contains("error: a sync is already running"))
        await fixture.shutdown()
    }

    func testEnterOnAKnowledgeBaseOpensItsConnectors() async throws {
        let fixture = try await SimulatorFixture()
        let bases = try await fixture.client.knowledgeBases(KnowledgeBaseQuery(limit: 100)).data
        let base = try XCTUnwrap(
            bases.first { candidate in
                !candidate.connectors.isEmpty && candidate.name.allSatisfy(\.isASCII)
                    && bases.filter { $0.name.lowercased().contains(candidate.name.lowercased()) }.count == 1
            })
        let feeding = try await fixture.client.connectors(ConnectorQuery(limit: 100, knowledgeBaseId: base.id)).data
        let other = try await fixture.client.connectors(ConnectorQuery(limit: 100)).data.first { one in
            !feeding.contains { $0.id == one.id }
        }
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("5")
        try session.waitFor(text: "Knowledge Bases 1-", timeout: 10)
        try select(base.name, in: session)
        XCTAssertTrue(try session.screen().contains("Enter connectors"), "the hint says what Enter does")
        try session.send("Enter")
        // The KB pane names its connectors too: wait for the title of the connectors pane as well.
        let shown = try session.waitFor("the base's connectors", timeout: 10) { screen in
            screen.contains("Connectors · knowledge base \(base.name)") && feeding.allSatisfy { screen.contains($0.name) }
        }
        if let other { XCTAssertFalse(shown.contains(other.name), "only this base's connectors:\n\(shown)") }
        let asked = await fixture.simulator.recordedRequests().filter {
            $0.path == "/api/connectors" && $0.query["knowledgeBaseId"] == base.id
        }
        XCTAssertFalse(asked.isEmpty, "asked with ?knowledgeBaseId=")
        try session.send("Escape")
        try session.waitFor("back on the bases", timeout: 5) { $0.contains("Knowledge Bases") && !$0.contains("Connectors ·") }
        await fixture.shutdown()
    }

    func testAServerWithoutConnectorsSaysSoAndTheRestWorks() async throws {
        let fixture = try await SimulatorFixture()
        await fixture.simulator.setFault(.status(404), forPathPrefix: "/api/connectors")
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.type(":connectors")
        try session.send("Enter")
        let pane = try session.waitFor(text: "this server does not offer knowledge connectors", timeout: 10)
        XCTAssertTrue(pane.contains("● connected"), "a missing endpoint is not a failing server:\n\(pane)")
        try session.send("2")
        try session.waitFor(text: "Agents 1-", timeout: 10)
        try session.send("1")
        let overview = try session.waitFor("the overview's knowledge figures", timeout: 10) { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("Top team") && $0.contains("KB ") }
        }
        XCTAssertFalse(overview.contains("failing"), "no connectors to count:\n\(overview)")
        await fixture.shutdown()
    }
}
