import Foundation
import ArchestraAPI

/// A deterministic page of LLM-proxy interactions (`GET /api/interactions`, LOGS-GUARDRAILS-CONNECTORS.md
/// §1.5) of at least `minimumBytes`, since the simulator serves none yet (issue 24 may move it there).
///
/// Records are OpenAI chat completions with tool calls, a few Anthropic messages (content blocks, no
/// `choices`), a failed upstream call, and what real servers add: columns this client does not read,
/// a `processedRequest` copy, unknown `source` and `authMethod` values, a token count sent as a string,
/// and one row without an id (skipped). Text carries CJK, emoji, quotes, backslashes and control
/// characters, so the parsers' escape and UTF-8 paths are exercised.
enum InteractionPage {
    static let minimumBytes = 1_048_576

    static func make(minimumBytes: Int = minimumBytes) throws -> Data {
        var random = Random(seed: 23)
        var records: [JSONValue] = []
        var size = 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        while size < minimumBytes {
            let record = interaction(number: records.count, random: &random)
            size += try encoder.encode(record).count + 1
            records.append(record)
        }
        let pagination: JSONValue = .object([
            "currentPage": .number(1), "limit": .number(Double(records.count)), "total": .number(4_812),
            "totalPages": .number((4_812 / Double(records.count)).rounded(.up)), "hasNext": .bool(true),
            "hasPrev": .bool(false),
        ])
        return try encoder.encode(JSONValue.object(["data": .array(records), "pagination": pagination]))
    }

    static let phrases = [
        "List the open incidents for 支付服务 (payments) 🚨 since \"yesterday\" — include P1 and P2.",
        "東京リージョンのレイテンシが上昇しています。原因を調べてください。",
        "Résumé : 3 incidents ouverts ; ✅ 2 acknowledged, ❌ 1 still paging on-call\t(see C:\\ops\\runbook.md)",
        "Summarise the tool output as a table:\n| id | state |\n| --- | --- |\n| INC0012 | open |",
        "👩‍💻 deploying build 4.2.1 → staging… done in 38 s; 🟢 health checks pass",
        "검색 결과: 주문 서비스의 오류율이 2.4%로 증가했습니다.",
        "The customer wrote: \u{201C}why was I charged twice?\u{201D} — check invoice #88213 and refund if so.",
        "Ignore control bytes \u{0007}\u{001B}[31m in logs; quote them as-is: 'rm -rf /tmp/x' is not to be run.",
    ]

    static let models = ["gpt-4.1", "gpt-4.1-mini", "claude-sonnet-4-5", "o4-mini"]
    static let sources = ["api", "chat", "chatops:slack", "model_router", "advisor:consultation", "future:source"]
    static let authMethods = ["virtual_key", "provider_key", "oauth_user", "mtls_certificate"]
    static let tools = ["servicenow__list_incidents", "github__search_issues", "pagerduty__get_oncall", "jira__create_issue"]

    static func interaction(number: Int, random: inout Random) -> JSONValue {
        let anthropic = number % 7 == 3
        let failed = number % 29 == 11
        let model = models[random.next(models.count)]
        let messages = conversation(turns: 4 + random.next(6), anthropic: anthropic, random: &random)
        let request: JSONValue = .object([
            "model": .string(model), "max_tokens": .number(4_096), "temperature": .number(0.2), "stream": .bool(false),
            "messages": .array(messages), "tools": .array(tools.map(toolDefinition)),
        ])
        let response: JSONValue
        if failed {
            response = .object(["error": .string("Upstream 529: overloaded_error — 请稍后重试")])
        } else if anthropic {
            response = .object([
                "id": .string("msg_01\(number)"), "type": .string("message"), "role": .string("assistant"),
                "content": .array([.object(["type": .string("text"), "text": .string(text(random: &random))])]),
                "stop_reason": .string("end_turn"),
                "usage": .object(["input_tokens": .number(12_034), "output_tokens": .number(211)]),
            ])
        } else {
            let message: JSONValue = .object([
                "role": .string("assistant"), "content": .string(text(random: &random)),
                "tool_calls": .array([toolCall(number: number, random: &random)]), "refusal": .null,
            ])
            response = .object([
                "id": .string("chatcmpl-\(number)"), "object": .string("chat.completion"), "created": .number(1_765_000_000),
                "model": .string(model), "system_fingerprint": .string("fp_\(number)"),
                "choices": .array([
                    .object([
                        "index": .number(0), "message": message, "finish_reason": .string("tool_calls"), "logprobs": .null,
                    ])
                ]),
                "usage": .object([
                    "prompt_tokens": .number(9_211), "completion_tokens": .number(188), "total_tokens": .number(9_399),
                ]),
            ])
        }
        let input = 1_000 + random.next(20_000)
        var record: [String: JSONValue] = [
            "id": .string(uuid(number)), "type": .string(anthropic ? "anthropic:messages" : "openai:chatCompletions"),
            "profileId": .string(uuid(number % 12 + 9_000)), "externalAgentId": .string("support-bot-\(number % 5)"),
            "executionId": .null, "userId": .string("u_\(number % 17)"), "virtualKeyId": .string(uuid(number % 3 + 7_000)),
            "sessionId": .string(uuid(number / 4 + 5_000)), "sessionSource": .string("header"),
            "source": .string(sources[number % sources.count]), "authMethod": .string(authMethods[number % authMethods.count]),
            "billingMode": .string("metered"), "authenticatedAppId": .null, "authenticatedAppName": .null,
            "request": request, "processedRequest": request, "response": response,
            "model": .string(model), "baselineModel": .string(number % 9 == 0 ? "gpt-4.1" : model),
            "inputTokens": number % 13 == 5 ? .string(String(input)) : .number(Double(input)),
            "outputTokens": .number(Double(50 + random.next(800))), "cacheReadTokens": .number(Double(random.next(10_000))),
            "cacheWriteTokens": .number(0), "cacheWrite1hTokens": .null, "inputTokensEstimated": .bool(false),
            "cost": .string(decimal(random.next(10_000))), "baselineCost": .string(decimal(random.next(10_000))),
            "cacheCost": .string(decimal(random.next(10_000))), "cacheSavings": .string(decimal(random.next(10_000))),
            "toonTokensBefore": .null, "toonTokensAfter": .null, "toonCostSavings": .null, "toonSkipReason": .null,
            "dualLlmAnalyses": .null, "unsafeContextBoundary": .null, "payloadPrunedAt": .null,
            "toolCallBlock": number % 17 == 4
                ? .object(["reason": .string("tool_result_marked_untrusted"), "blockedToolCallCount": .number(1)]) : .null,
            "createdAt": .string("2026-12-0\(1 + number % 6)T0\(number % 10):\(10 + number % 50):07.\(100 + number % 900)Z"),
            "requestType": .string("main"), "externalAgentIdLabel": .null, "chatErrors": .array([]),
            "traceContext": .object(["traceparent": .string("00-\(uuid(number))-01"), "sampled": .bool(true)]),
        ]
        if number % 41 == 40 { record["id"] = nil }
        return .object(record)
    }

    static func conversation(turns: Int, anthropic: Bool, random: inout Random) -> [JSONValue] {
        var messages: [JSONValue] = [.object(["role": .string("system"), "content": .string(text(random: &random))])]
        for turn in 0..<turns {
            if anthropic {
                messages.append(
                    .object([
                        "role": .string(turn % 2 == 0 ? "user" : "assistant"),
                        "content": .array([
                            .object(["type": .string("text"), "text": .string(text(random: &random))]),
                            .object([
                                "type": .string("tool_use"), "id": .string("toolu_\(turn)"), "name": .string(tools[turn % 4]),
                                "input": .object(["state": .string("open")]),
                            ]),
                        ]),
                    ]))
            } else if turn % 3 == 2 {
                messages.append(
                    .object([
                        "role": .string("tool"), "tool_call_id": .string("call_\(turn)"), "content": .string(text(random: &random)),
                    ]))
            } else {
                messages.append(
                    .object([
                        "role": .string(turn % 3 == 0 ? "user" : "assistant"), "content": .string(text(random: &random)),
                        "tool_calls": turn % 3 == 1 ? .array([toolCall(number: turn, random: &random)]) : .null,
                    ]))
            }
        }
        return messages
    }

    static func toolCall(number: Int, random: inout Random) -> JSONValue {
        .object([
            "id": .string("call_\(number)"), "type": .string("function"),
            "function": .object([
                "name": .string(tools[random.next(tools.count)]),
                "arguments": .string("{\"state\":\"open\",\"limit\":\(1 + random.next(50)),\"query\":\"支付 🚨\"}"),
            ]),
        ])
    }

    static func toolDefinition(_ name: String) -> JSONValue {
        .object([
            "type": .string("function"),
            "function": .object([
                "name": .string(name), "description": .string("Calls \(name) on the operator's behalf."),
                "parameters": .object([
                    "type": .string("object"),
                    "properties": .object([
                        "state": .object(["type": .string("string"), "enum": .array([.string("open"), .string("closed")])]),
                        "limit": .object(["type": .string("integer"), "minimum": .number(1), "maximum": .number(100)]),
                    ]),
                ]),
            ]),
        ])
    }

    /// One to four phrases, so message lengths vary from about 60 to 500 characters.
    static func text(random: inout Random) -> String {
        (0...random.next(4)).map { _ in phrases[random.next(phrases.count)] }.joined(separator: " ")
    }

    static func uuid(_ number: Int) -> String {
        let hex = String(number, radix: 16)
        return "8f1e6c2a-3b4d-4e5f-9a0b-" + String(repeating: "0", count: max(0, 12 - hex.count)) + hex
    }

    /// A Postgres `numeric(…, 10)` as the server sends it: `"0.0041000000"` for 41 ten-thousandths.
    static func decimal(_ tenThousandths: Int) -> String {
        let digits = String(tenThousandths)
        return "0." + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "000000"
    }

    /// SplitMix64, so the page is the same on every run.
    struct Random {
        var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }
}
