import Foundation
import ArchestraAPI
import DashboardCore

/// LLM interactions for the log screens: one of each status, a rerouted model, and bodies with CJK text,
/// emoji and an escape sequence that must never reach the terminal.
enum SampleLogs {
    static func summary(
        _ id: String, secondsAgo: TimeInterval, profile: String?, label: String? = nil, user: String = "u-1",
        model: String = "gpt-4o", baseline: String? = nil, tokens: (Int, Int) = (1_200, 340), cost: String = "0.0042",
        extra: String = "", preview: String
    ) -> InteractionSummary {
        let text = """
            {"id": "\(id)", "profileId": \(profile.map { "\"\($0)\"" } ?? "null"), "externalAgentIdLabel": \(label.map { "\"\($0)\"" } ?? "null"),
             "userId": "\(user)", "sessionId": "s-1", "model": "\(model)", "baselineModel": \(baseline.map { "\"\($0)\"" } ?? "null"),
             "inputTokens": \(tokens.0), "outputTokens": \(tokens.1), "cost": "\(cost)", "createdAt": "\(SampleState.iso(secondsAgo))",
             "lastUserMessagePreview": "\(preview)"\(extra)}
            """
        // The fixtures are written here: a parse failure is a mistake in this file.
        return try! InteractionSummary(json: JSONValue.parse(Data(text.utf8)))
    }

    static let rows: [InteractionSummary] = [
        summary("i-4", secondsAgo: 2, profile: "a-1", preview: "Summarise the open incidents for the on-call handover"),
        summary(
            "i-3", secondsAgo: 9, profile: "a-2", model: "gpt-4o-mini", baseline: "gpt-4o", tokens: (820, 95), cost: "0.0003",
            preview: "東京の天気は？ 🌧"),
        summary(
            "i-2", secondsAgo: 31, profile: nil, label: "claude-code", user: "u-2", model: "claude-sonnet-4", cost: "0.0110",
            extra: #", "response": {"error": {"message": "upstream timed out"}}"#, preview: "Refactor the billing module"),
        summary(
            "i-1", secondsAgo: 75, profile: "a-1", tokens: (2_400, 12), cost: "0.0071",
            extra: #", "toolCallBlock": {"reason": "delete_repository is not allowed after untrusted data", "blockedToolCallCount": 1}"#,
            preview: "Clean up the old repositories"),
    ]

    /// The full record of the refusal, as `GET /api/interactions/i-1` gives it.
    static let refusalRecord: LLMInteraction = {
        let text = #"""
            {"id": "i-1", "profileId": "a-1", "userId": "u-1", "sessionId": "s-1", "model": "gpt-4o",
             "inputTokens": 2400, "outputTokens": 12, "cost": "0.0071", "createdAt": "2025-06-01T11:58:45Z",
             "toolCallBlock": {"reason": "delete_repository is not allowed after untrusted data", "blockedToolCallCount": 1},
             "unsafeContextBoundary": {"kind": "tool_result", "reason": "untrusted_tool_output", "toolName": "github__read_issue", "toolCallId": "call_7"},
             "request": {"model": "gpt-4o", "messages": [{"role": "user", "content": "Clean up the old repositories \u001b[2J\u001b]0;pwned\u0007 整理して 🧹"}]},
             "response": {"choices": [{"message": {"role": "assistant", "tool_calls": [{"id": "call_9", "type": "function",
               "function": {"name": "github__delete_repository", "arguments": "{\"repo\":\"acme/legacy\"}"}}]}}]}}
            """#
        return try! LLMInteraction(json: JSONValue.parse(Data(text.utf8)))
    }()

    static func parse<Record>(_ text: String, _ make: (JSONValue) throws -> Record) -> Record {
        // The fixtures are written here: a parse failure is a mistake in this file.
        try! make(JSONValue.parse(Data(text.utf8)))
    }

    static let calls: [MCPToolCall] = [
        parse(
            #"{"id": "c-3", "agentId": "a-1", "mcpServerName": "github", "toolCall": {"name": "github__list_issues", "arguments": {"repo": "acme/web", "state": "open"}}, "toolResult": {"isError": false, "content": [{"type": "text", "text": "12 issues"}]}, "createdAt": "\#(SampleState.iso(3))"}"#,
            MCPToolCall.init),
        parse(
            #"{"id": "c-2", "agentId": "a-2", "mcpServerName": "jira", "toolCall": {"name": "jira__create_ticket", "arguments": {"summary": "Disk full on db-2"}}, "toolResult": {"isError": true, "content": [{"type": "text", "text": "permission denied: project OPS"}]}, "createdAt": "\#(SampleState.iso(40))"}"#,
            MCPToolCall.init),
        parse(
            #"{"id": "c-1", "agentId": "a-1", "mcpServerName": "github", "toolCall": {"name": "github__read_issue", "arguments": {"number": 481}}, "toolResult": {"content": [{"type": "text", "text": "ok"}]}, "createdAt": "\#(SampleState.iso(95))"}"#,
            MCPToolCall.init),
    ]

    static let sessions: [InteractionSession] = [
        parse(
            #"{"sessionId": "s-1", "requestCount": 14, "totalInputTokens": 52000, "totalOutputTokens": 4100, "totalCost": "0.2140", "firstRequestTime": "\#(SampleState.iso(1_800))", "lastRequestTime": "\#(SampleState.iso(2))", "models": ["gpt-4o", "gpt-4o-mini"], "profileName": "support-bot", "conversationTitle": "On-call handover"}"#,
            InteractionSession.init),
        parse(
            #"{"sessionId": "s-2", "requestCount": 3, "totalInputTokens": 9000, "totalOutputTokens": 700, "totalCost": "0.0330", "firstRequestTime": "\#(SampleState.iso(600))", "lastRequestTime": "\#(SampleState.iso(31))", "models": ["claude-sonnet-4"], "externalAgentIds": ["claude-code"], "externalAgentIdLabels": [null], "lastUserMessagePreview": "Refactor the billing module"}"#,
            InteractionSession.init),
    ]

    static func load(into state: inout AppState) {
        var feed = LogFeed<InteractionSummary>()
        feed.mergeNewest(LogPage(items: rows, style: .offset, total: rows.count))
        let listing = LogListing(scope: nil, timeframe: state.timeframe)
        state[LogsResource.source].succeed(LogHeld(listing: listing, feed: feed), at: SampleState.time(1))
        state.setItem(LogsResource.agentNames, "a-1", "support-bot", at: SampleState.time(1))
        state.setItem(LogsResource.agentNames, "a-2", "triage", at: SampleState.time(1))
        var callFeed = LogFeed<MCPToolCall>()
        callFeed.mergeNewest(LogPage(items: calls, style: .cursor))
        state[CallsResource.log.source].succeed(LogHeld(listing: listing, feed: callFeed), at: SampleState.time(1))
        state.setItem(CallsResource.agentNames, "a-1", "support-bot", at: SampleState.time(1))
        state.setItem(CallsResource.agentNames, "a-2", "triage", at: SampleState.time(1))
        var sessionFeed = LogFeed<InteractionSession>()
        sessionFeed.mergeNewest(LogPage(items: sessions, style: .cursor))
        state[SessionsResource.log.source].succeed(LogHeld(listing: listing, feed: sessionFeed), at: SampleState.time(1))
    }
}
