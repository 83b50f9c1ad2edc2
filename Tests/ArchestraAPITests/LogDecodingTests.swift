import Foundation
import XCTest

@testable import ArchestraAPI

/// The log records of API notes §1–2, read leniently: the contract's examples, then the derived columns a
/// log shows (agent, status, reroute, cost, last user words, tool-call failure) and hostile or unknown input.
final class LogDecodingTests: XCTestCase {
    func testTheContractInteractionReadsWithEveryColumnALogShows() throws {
        let interaction = try Fixture.decode(LLMInteraction.self, from: "interaction-record")
        XCTAssertEqual(interaction.id, "8f1e6c2a-3b4d-4e5f-9a0b-1c2d3e4f5a6b")
        XCTAssertEqual(interaction.type, "anthropic:messages")
        XCTAssertEqual(interaction.agentLabel, "anthropic_claude", "no label: the external id stands in")
        XCTAssertEqual(interaction.userId, "u_7Qh2...")
        XCTAssertEqual(interaction.model, "claude-sonnet-4-5")
        XCTAssertFalse(interaction.isRerouted)
        XCTAssertEqual(interaction.inputTokens, 12034)
        XCTAssertEqual(interaction.outputTokens, 211)
        XCTAssertEqual(interaction.cost?.text, "0.0392670000", "the decimal string is kept as sent")
        XCTAssertEqual(interaction.cost?.amount, Decimal(string: "0.039267"))
        XCTAssertEqual(interaction.status, .ok)
        XCTAssertEqual(interaction.lastUserMessage, "list open incidents")
        XCTAssertEqual(
            interaction.requestedToolCalls,
            [RequestedToolCall(id: "toolu_01A...", name: "servicenow__list_incidents", arguments: .object(["state": .string("open")]))])
        XCTAssertEqual(interaction.createdAtDate, ISO8601.date(from: "2026-06-12T09:41:07.311Z"))
        XCTAssertNotNil(interaction.createdAtDate)
    }

    func testTheLabelOutranksTheExternalIdAndBlankOnesAreSkipped() throws {
        let labelled = try Fixture.decode(
            LLMInteraction.self, literal: #"{"id":"i1","externalAgentId":"agent-7","externalAgentIdLabel":"Release bot"}"#)
        XCTAssertEqual(labelled.agentLabel, "Release bot")
        let blank = try Fixture.decode(
            LLMInteraction.self, literal: #"{"id":"i1","externalAgentId":"agent-7","externalAgentIdLabel":"  "}"#)
        XCTAssertEqual(blank.agentLabel, "agent-7")
        let none = try Fixture.decode(LLMInteraction.self, literal: #"{"id":"i1"}"#)
        XCTAssertNil(none.agentLabel)
    }

    func testAToolCallBlockIsARefusalWithTheGuardrailsReason() throws {
        let refused = try Fixture.decode(
            LLMInteraction.self,
            literal: #"{"id":"i1","toolCallBlock":{"reason":"context is untrusted","blockedToolCallCount":2},"response":{"error":"x"}}"#)
        XCTAssertEqual(refused.status, .refused("context is untrusted"), "a refusal outranks an error")
        XCTAssertEqual(refused.toolCallBlock?.blockedToolCallCount, 2)
        let noReason = try Fixture.decode(LLMInteraction.self, literal: #"{"id":"i1","toolCallBlock":{}}"#)
        XCTAssertEqual(noReason.status, .refused("a guardrail refused the tool call"))
        let nullBlock = try Fixture.decode(LLMInteraction.self, literal: #"{"id":"i1","toolCallBlock":null}"#)
        XCTAssertEqual(nullBlock.status, .ok)
    }

    func testOnlyABlockedToolResultBoundaryIsARefusal() throws {
        let blocked = try Fixture.decode(
            LLMInteraction.self,
            literal:
                #"{"id":"i1","unsafeContextBoundary":{"kind":"tool_result","reason":"tool_result_blocked","toolCallId":"t1","toolName":"gmail__send"}}"#
        )
        XCTAssertEqual(blocked.status, .refused("a guardrail blocked the tool result of gmail__send"))
        XCTAssertEqual(blocked.unsafeContextBoundary?.toolCallId, "t1")
        let untrusted = try Fixture.decode(
            LLMInteraction.self,
            literal: #"{"id":"i1","unsafeContextBoundary":{"kind":"preexisting_untrusted","reason":"agent_configured_untrusted"}}"#)
        XCTAssertEqual(untrusted.status, .ok, "untrusted context alone refuses nothing")
        XCTAssertEqual(untrusted.unsafeContextBoundary?.kind, "preexisting_untrusted")
    }

    func testAnUpstreamErrorIsReadFromTheResponse() throws {
        let text = try Fixture.decode(
            LLMInteraction.self, literal: #"{"id":"i1","response":{"error":"upstream returned 529: Overloaded"}}"#)
        XCTAssertEqual(text.status, .upstreamError("upstream returned 529: Overloaded"))
        let object = try Fixture.decode(
            LLMInteraction.self, literal: #"{"id":"i1","response":{"error":{"type":"rate_limit_error","message":"slow down"}}}"#)
        XCTAssertEqual(object.status, .upstreamError("slow down"))
        let sealed = try Fixture.decode(LLMInteraction.self, literal: #"{"id":"i1","response":{"__redacted":"pruned"}}"#)
        XCTAssertEqual(sealed.status, .ok, "a redacted body is not an error")
    }

    func testAReroutedModelIsOneThatDiffersFromTheBaseline() throws {
        let rerouted = try Fixture.decode(LLMInteraction.self, literal: #"{"id":"i1","model":"gpt-4o-mini","baselineModel":"gpt-4.1"}"#)
        XCTAssertTrue(rerouted.isRerouted)
        let noBaseline = try Fixture.decode(LLMInteraction.self, literal: #"{"id":"i1","model":"gpt-4o-mini","baselineModel":null}"#)
        XCTAssertFalse(noBaseline.isRerouted)
    }

    func testTheLastUserWordsAreFoundInEachProvidersRequest() throws {
        let openAI = try Fixture.decode(
            LLMInteraction.self,
            literal:
                #"{"id":"i1","request":{"messages":[{"role":"system","content":"be brief"},{"role":"user","content":"first"},{"role":"assistant","content":"ok"},{"role":"user","content":[{"type":"text","text":"second"},{"type":"image_url"}]}]}}"#
        )
        XCTAssertEqual(openAI.lastUserMessage, "second")
        let gemini = try Fixture.decode(
            LLMInteraction.self, literal: #"{"id":"i1","request":{"contents":[{"role":"user","parts":[{"text":"東京の天気"}]}]}}"#)
        XCTAssertEqual(gemini.lastUserMessage, "東京の天気")
        let toolResultOnly = try Fixture.decode(
            LLMInteraction.self,
            literal:
                #"{"id":"i1","request":{"messages":[{"role":"user","content":"ask"},{"role":"user","content":[{"type":"tool_result","content":"42"}]}]}}"#
        )
        XCTAssertEqual(toolResultOnly.lastUserMessage, "ask", "a turn carrying only a tool result is not the user's words")
        let responses = try Fixture.decode(LLMInteraction.self, literal: #"{"id":"i1","request":{"input":"plain input"}}"#)
        XCTAssertEqual(responses.lastUserMessage, "plain input")
    }

    func testOpenAIToolCallsAreParsedFromTheirArgumentString() throws {
        let interaction = try Fixture.decode(
            LLMInteraction.self,
            literal:
                #"{"id":"i1","response":{"choices":[{"message":{"tool_calls":[{"id":"call_1","function":{"name":"jira__search","arguments":"{\"q\":\"SSO\"}"}}]}}]}}"#
        )
        XCTAssertEqual(
            interaction.requestedToolCalls,
            [RequestedToolCall(id: "call_1", name: "jira__search", arguments: .object(["q": .string("SSO")]))])
    }

    func testUnknownFieldsAndWrongTypesNeverLoseAnInteraction() throws {
        let odd = try Fixture.decode(
            LLMInteraction.self,
            literal:
                #"{"id":"i1","type":"quantum:teleport","source":"future_source","inputTokens":"12","cost":0.5,"toolCallBlock":"yes","unsafeContextBoundary":[1],"request":"not an object","futureField":{"a":1}}"#
        )
        XCTAssertEqual(odd.type, "quantum:teleport")
        XCTAssertEqual(odd.source, "future_source")
        XCTAssertEqual(odd.inputTokens, 12)
        XCTAssertEqual(odd.cost?.amount, Decimal(string: "0.5"), "a number where a decimal string belongs is accepted")
        XCTAssertNil(odd.toolCallBlock)
        XCTAssertNil(odd.unsafeContextBoundary)
        XCTAssertEqual(odd.status, .ok)
        XCTAssertNil(odd.lastUserMessage)
        XCTAssertEqual(odd.raw["futureField"]?["a"], .number(1))
        XCTAssertThrowsError(try Fixture.decode(LLMInteraction.self, literal: #"{"model":"no id"}"#))
    }

    func testASummaryOfAFullRecordKeepsTheColumnsAndDropsTheBodies() throws {
        let interaction = try Fixture.decode(
            LLMInteraction.self,
            literal:
                #"{"id":"i1","model":"m","baselineModel":"b","cost":"0.10","externalAgentId":"x","request":{"messages":[{"role":"user","content":"line one\n\tline two"}]},"response":{"error":"boom"}}"#
        )
        let summary = InteractionSummary(interaction)
        XCTAssertEqual(summary.id, "i1")
        XCTAssertEqual(summary.status, .upstreamError("boom"))
        XCTAssertTrue(summary.isRerouted)
        XCTAssertEqual(summary.agentLabel, "x")
        XCTAssertEqual(summary.cost?.text, "0.10")
        XCTAssertEqual(summary.lastUserMessagePreview, "line one line two", "the preview is one line")
        XCTAssertNil(summary.raw["request"])
        XCTAssertNil(summary.raw["response"])
    }

    func testASummaryRowReadsItsPreviewAndError() throws {
        let summary = try Fixture.decode(
            InteractionSummary.self,
            literal:
                #"{"id":"i1","lastUserMessagePreview":"run it","error":{"message":"rate limited"},"unsafeContextBoundary":{"reason":"tool_result_blocked"},"newColumn":1}"#
        )
        XCTAssertEqual(summary.lastUserMessagePreview, "run it")
        XCTAssertEqual(summary.status, .refused("a guardrail blocked the tool result"), "the refusal outranks the error")
        let failed = try Fixture.decode(InteractionSummary.self, literal: #"{"id":"i1","error":"rate limited"}"#)
        XCTAssertEqual(failed.status, .upstreamError("rate limited"))
    }

    func testTheContractToolCallPageReadsAsAnOffsetPage() throws {
        let page = try LogPage<MCPToolCall>(json: Fixture.json("mcp-tool-calls-offset"), requestedOffset: 0)
        XCTAssertEqual(page.style, .offset)
        XCTAssertEqual(page.total, 842)
        XCTAssertEqual(page.next, .offset(1))
        let call = try XCTUnwrap(page.items.first)
        XCTAssertEqual(call.mcpServerName, "servicenow")
        XCTAssertEqual(call.toolName, "servicenow__list_incidents")
        XCTAssertEqual(call.argumentsLine, #"{"limit":20,"state":"open"}"#)
        XCTAssertFalse(call.isError)
        XCTAssertNil(call.errorText)
        XCTAssertEqual(call.userName, "Dana Ops")
    }

    func testAFailedToolCallSaysItsFirstText() throws {
        let failed = try Fixture.decode(
            MCPToolCall.self,
            literal:
                #"{"id":"c1","toolCall":{"name":"t","arguments":"{\"a\":1}"},"toolResult":{"isError":true,"content":[{"type":"image"},{"type":"text","text":"  token expired "},{"type":"text","text":"second"}]}}"#
        )
        XCTAssertTrue(failed.isError)
        XCTAssertEqual(failed.errorText, "token expired")
        XCTAssertEqual(failed.argumentsLine, #"{"a":1}"#, "arguments sent as a JSON string are read as JSON")
        let errorOnly = try Fixture.decode(MCPToolCall.self, literal: #"{"id":"c1","toolResult":{"error":{"message":"server crashed"}}}"#)
        XCTAssertEqual(errorOnly.errorText, "server crashed")
        let list = try Fixture.decode(
            MCPToolCall.self, literal: #"{"id":"c1","method":"tools/list","toolCall":null,"toolResult":{"tools":[]}}"#)
        XCTAssertFalse(list.isError)
        XCTAssertNil(list.toolName)
        XCTAssertEqual(list.argumentsLine, "")
    }

    func testTheContractSessionPageReadsAsACursorPage() throws {
        let page = try LogPage<InteractionSession>(json: Fixture.json("interaction-sessions-cursor"))
        XCTAssertEqual(page.style, .cursor)
        XCTAssertNil(page.total)
        XCTAssertEqual(page.next, .cursor("eyJ0IjoiMjAyNi0wOS0wM1QxMDo0"))
        let session = try XCTUnwrap(page.items.first)
        XCTAssertEqual(session.id, "c0a8012e-7f1d-4b8e-9d55-1b7e0f3a2c11")
        XCTAssertEqual(session.requestCount, 14)
        XCTAssertEqual(session.totalCost?.text, "0.6412500000")
        XCTAssertEqual(session.models, ["claude-sonnet-4-5"])
        XCTAssertEqual(session.agentLabel, "Default LLM Proxy")
        XCTAssertEqual(session.externalAgentIdLabels, [nil])
        XCTAssertEqual(session.title, "Migration dry run")
        XCTAssertEqual(session.lastUserMessagePreview, "run the migration dry-run again and show me the diff")
        XCTAssertNotNil(session.firstRequestDate)
        XCTAssertNotNil(session.lastRequestDate)
    }

    func testAnOlderSessionRowFindsItsPreviewInTheLastRequest() throws {
        let session = try Fixture.decode(
            InteractionSession.self,
            literal:
                #"{"sessionId":null,"interactionId":"i9","externalAgentIds":["agent-3"],"externalAgentIdLabels":[null],"lastInteractionRequest":{"messages":[{"role":"user","content":"hello there"}]}}"#
        )
        XCTAssertEqual(session.id, "i9", "a single un-sessioned interaction is known by its id")
        XCTAssertEqual(session.lastUserMessagePreview, "hello there")
        XCTAssertEqual(session.agentLabel, "agent-3")
        XCTAssertThrowsError(try Fixture.decode(InteractionSession.self, literal: #"{"requestCount":3}"#))
    }

    func testThePagingStyleIsToldFromTheAnswer() throws {
        let row = #"[{"id":"a"},{"id":"b"},{"nope":1}]"#
        let lastCursor = try LogPage<MCPToolCall>(
            json: Fixture.value(#"{"data":\#(row),"pagination":{"limit":3,"nextCursor":null,"hasNext":false}}"#))
        XCTAssertEqual(lastCursor.style, .cursor)
        XCTAssertNil(lastCursor.next)
        XCTAssertEqual(lastCursor.items.map(\.id), ["a", "b"])
        XCTAssertEqual(lastCursor.skipped, 1)
        let strayCursor = try LogPage<MCPToolCall>(
            json: Fixture.value(#"{"data":[],"pagination":{"nextCursor":"abc","hasNext":false}}"#))
        XCTAssertNil(strayCursor.next, "hasNext false wins over a cursor")
        let bareCursor = try LogPage<MCPToolCall>(json: Fixture.value(#"{"data":[],"pagination":{"limit":20,"hasNext":true}}"#))
        XCTAssertEqual(bareCursor.style, .cursor, "no total and no page number: cursor pagination")
        let offset = try LogPage<MCPToolCall>(
            json: Fixture.value(#"{"data":\#(row),"pagination":{"currentPage":2,"limit":3,"total":9,"totalPages":3,"hasNext":true}}"#),
            requestedOffset: 3)
        XCTAssertEqual(offset.style, .offset)
        XCTAssertEqual(offset.next, .offset(6), "the offset moves past skipped rows too")
        let lastOffset = try LogPage<MCPToolCall>(
            json: Fixture.value(#"{"data":\#(row),"pagination":{"total":9}}"#), requestedOffset: 6)
        XCTAssertNil(lastOffset.next)
        let array = try LogPage<MCPToolCall>(json: Fixture.value(row))
        XCTAssertEqual(array.style, .offset)
        XCTAssertNil(array.next)
        XCTAssertThrowsError(try LogPage<MCPToolCall>(json: Fixture.value(#"{"items":[]}"#)))
    }

    func testFiltersBecomeTheParametersEachListingKnows() throws {
        let start = try XCTUnwrap(ISO8601.date(from: "2026-06-12T00:00:00Z"))
        let filter = LogFilter(
            agentId: "a1", externalAgentId: "ext", userId: "u1", sessionId: "s1", mcpServerName: "github", startDate: start)
        let names: (LogFilter.Listing) -> [String] = { filter.queryItems(for: $0).map(\.name) }
        XCTAssertEqual(names(.interactions), ["profileId", "externalAgentId", "userId", "sessionId", "startDate"])
        XCTAssertEqual(names(.toolCalls), ["agentId", "mcpServerName", "search", "startDate"])
        XCTAssertEqual(names(.sessions), ["profileId", "userId", "sessionId", "startDate"])
        XCTAssertEqual(filter.queryItems(for: .interactions).last?.value, "2026-06-12T00:00:00.000Z", "a full datetime, never a bare date")
    }
}
