import XCTest
import ArchestraAPI
@testable import DashboardCore

/// `:calls` and `:sessions`: the rows, `l` on an MCP server, and `Enter` on a session opening its interactions.
final class CallsAndSessionsTests: XCTestCase {
    static func parse<Record>(_ text: String, _ make: (JSONValue) throws -> Record) throws -> Record {
        try make(JSONValue.parse(Data(text.utf8)))
    }

    func testCallsSayTheArgumentsOnOneLineAndAFailuresFirstText() throws {
        var state = CoreFixture.state(pane: .calls)
        let failed = try Self.parse(
            #"{"id": "c-1", "mcpServerName": "jira", "toolCall": {"name": "jira__create", "arguments": "{\"a\": 1,\n \"b\": [2]}"}, "toolResult": {"isError": true, "content": [{"type": "text", "text": "denied\nby policy"}]}}"#,
            MCPToolCall.init)
        state.load(CallsResource.log.source, .newest(LogPage(items: [failed], style: .cursor)))
        let row = try XCTUnwrap(state.visibleTable?.row(at: 0))
        XCTAssertEqual(row.cells[2...5], ["jira", "jira__create", #"{"a":1,"b":[2]}"#, "error: denied by policy"])
        XCTAssertEqual(row.level, .error)
    }

    func testLOnAnInstalledMCPServerOpensItsCalls() throws {
        var state = CoreFixture.state(pane: .mcp)
        state.load(MCPRegistryResource.servers, [MCPServer(id: "m-1", name: "slack", createdAt: "2026-01-01T00:00:00Z")])
        _ = state.reduce(.key(.character("l")))
        XCTAssertEqual(state.ui.pane, .calls)
        XCTAssertEqual(CallsResource.log.query(in: state).filter(now: state.now).mcpServerName, "slack")
        XCTAssertEqual(state.ui.scopes[.calls]?.label, "server slack")
    }

    func testEnterOnASessionOpensItsInteractions() throws {
        var state = CoreFixture.state(pane: .sessions)
        let session = try Self.parse(
            #"{"sessionId": "s-9", "requestCount": 2, "totalInputTokens": 10, "totalOutputTokens": 5, "totalCost": "0.01", "models": ["gpt-4o"], "conversationTitle": "Handover"}"#,
            InteractionSession.init)
        let lone = try Self.parse(#"{"interactionId": "i-7", "requestCount": 1}"#, InteractionSession.init)
        state.load(SessionsResource.log.source, .newest(LogPage(items: [session, lone], style: .cursor)))
        XCTAssertEqual(state.visibleTable?.row(at: 0)?.cells[2...5], ["2", "15", "$0.0100", "gpt-4o"])
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.pane, .logs)
        XCTAssertEqual(LogsResource.query(in: state).filter(now: state.now).sessionId, "s-9")
        _ = state.reduce(.key(.escape))
        XCTAssertEqual(state.ui.pane, .sessions)
        _ = state.reduce(.key(.character("j")))
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.pane, .sessions, "one interaction without a session has nothing to list")
        XCTAssertNotNil(state.ui.detail)
    }
}
