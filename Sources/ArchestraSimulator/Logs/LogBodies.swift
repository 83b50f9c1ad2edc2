import ArchestraAPI

/// The provider-native request and response bodies of a generated interaction, rendered from its seed
/// each time they are asked for (never stored).
struct LogBodies {
    var request: JSONValue
    var processedRequest: JSONValue
    var response: JSONValue
    /// The last user message of `request`.
    var prompt: String

    init(_ record: LoggedInteraction, agentName: String) {
        var random = SplitMix64(seed: record.textSeed)
        let model = ModelInfo.catalog[record.baselineModel].name
        let system = LogText.pick(LogText.systemPrompts, &random).replacingOccurrences(of: "%@", with: agentName)
        let earlier = random.unit() < 0.4 ? LogText.pick(LogText.prompts, &random) : nil
        let earlierAnswer = LogText.pick(LogText.answers, &random)
        prompt = LogText.pick(LogText.prompts, &random)
        let answer = LogText.pick(LogText.answers, &random)
        let provider = ModelInfo.catalog[record.model].provider
        var turns: [(role: String, text: String)] = []
        if let earlier { turns += [("user", earlier), ("assistant", earlierAnswer)] }
        turns.append(("user", prompt))
        request = Self.request(provider: provider, model: model, system: system, turns: turns)
        // What went upstream: the same request, for the model cost optimisation chose.
        processedRequest = Self.request(provider: provider, model: ModelInfo.catalog[record.model].name, system: system, turns: turns)
        switch record.outcome {
        case .upstreamError(let index):
            response = .object(["error": .string(LogText.upstreamErrors[index % LogText.upstreamErrors.count])])
        case .toolUse, .refusedCall:
            let use = record.toolUse ?? LoggedToolUse(server: "servicenow", tool: "list_incidents", callID: "toolu_0")
            response = Self.toolResponse(provider: provider, record: record, use: use, arguments: Self.arguments(seed: record.textSeed))
        case .answered, .blockedResult:
            response = Self.textResponse(provider: provider, record: record, text: answer)
        }
    }

    /// Arguments of a tool call, from a seed.
    static func arguments(seed: UInt64) -> JSONValue {
        var random = SplitMix64(seed: seed ^ 0xA7)
        let states = ["open", "closed", "in_progress"]
        return .object([
            "state": .string(states[random.int(in: 0...2)]),
            "limit": JSON.int(random.int(in: 1...50)),
            "query": .string(LogText.pick(LogText.prompts, &random)),
        ])
    }

    private static func request(provider: String, model: String, system: String, turns: [(role: String, text: String)]) -> JSONValue {
        switch provider {
        case "gemini":
            return .object([
                "systemInstruction": .object(["parts": .array([.object(["text": .string(system)])])]),
                "contents": .array(
                    turns.map { turn in
                        .object([
                            "role": .string(turn.role == "user" ? "user" : "model"),
                            "parts": .array([.object(["text": .string(turn.text)])]),
                        ])
                    }),
            ])
        case "openai":
            let messages =
                [JSONValue.object(["role": .string("system"), "content": .string(system)])]
                + turns.map { turn in
                    .object(["role": .string(turn.role), "content": .string(turn.text)])
                }
            return .object(["model": .string(model), "messages": .array(messages), "stream": .bool(false)])
        default:
            return .object([
                "model": .string(model), "max_tokens": JSON.int(4096), "system": .string(system),
                "messages": .array(
                    turns.map { turn in
                        .object([
                            "role": .string(turn.role),
                            "content": .array([.object(["type": .string("text"), "text": .string(turn.text)])]),
                        ])
                    }),
            ])
        }
    }

    private static func textResponse(provider: String, record: LoggedInteraction, text: String) -> JSONValue {
        let model = ModelInfo.catalog[record.model].name
        switch provider {
        case "gemini":
            return .object([
                "candidates": .array([
                    .object([
                        "content": .object(["role": .string("model"), "parts": .array([.object(["text": .string(text)])])]),
                        "finishReason": .string("STOP"),
                    ])
                ]),
                "usageMetadata": .object([
                    "promptTokenCount": JSON.int(record.inputTokens), "candidatesTokenCount": JSON.int(record.outputTokens),
                ]),
                "modelVersion": .string(model),
            ])
        case "openai":
            return .object([
                "id": .string("chatcmpl-" + String(record.id.prefix(8))), "object": .string("chat.completion"), "model": .string(model),
                "choices": .array([
                    .object([
                        "index": JSON.int(0), "finish_reason": .string("stop"),
                        "message": .object(["role": .string("assistant"), "content": .string(text)]),
                    ])
                ]),
                "usage": .object(["prompt_tokens": JSON.int(record.inputTokens), "completion_tokens": JSON.int(record.outputTokens)]),
            ])
        default:
            return .object([
                "id": .string("msg_" + String(record.id.prefix(8))), "type": .string("message"), "role": .string("assistant"),
                "model": .string(model),
                "content": .array([.object(["type": .string("text"), "text": .string(text)])]), "stop_reason": .string("end_turn"),
                "usage": .object(["input_tokens": JSON.int(record.inputTokens), "output_tokens": JSON.int(record.outputTokens)]),
            ])
        }
    }

    private static func toolResponse(provider: String, record: LoggedInteraction, use: LoggedToolUse, arguments: JSONValue) -> JSONValue {
        let model = ModelInfo.catalog[record.model].name
        switch provider {
        case "gemini":
            return .object([
                "candidates": .array([
                    .object([
                        "content": .object([
                            "role": .string("model"),
                            "parts": .array([.object(["functionCall": .object(["name": .string(use.qualifiedName), "args": arguments])])]),
                        ]),
                        "finishReason": .string("STOP"),
                    ])
                ]),
                "modelVersion": .string(model),
            ])
        case "openai":
            let encoded = String(decoding: JSON.encode(arguments), as: UTF8.self)
            return .object([
                "id": .string("chatcmpl-" + String(record.id.prefix(8))), "object": .string("chat.completion"), "model": .string(model),
                "choices": .array([
                    .object([
                        "index": JSON.int(0), "finish_reason": .string("tool_calls"),
                        "message": .object([
                            "role": .string("assistant"), "content": .null,
                            "tool_calls": .array([
                                .object([
                                    "id": .string(use.callID), "type": .string("function"),
                                    "function": .object(["name": .string(use.qualifiedName), "arguments": .string(encoded)]),
                                ])
                            ]),
                        ]),
                    ])
                ]),
            ])
        default:
            return .object([
                "id": .string("msg_" + String(record.id.prefix(8))), "type": .string("message"), "role": .string("assistant"),
                "model": .string(model),
                "content": .array([
                    .object(["type": .string("text"), "text": .string("Let me look that up.")]),
                    .object([
                        "type": .string("tool_use"), "id": .string(use.callID), "name": .string(use.qualifiedName), "input": arguments,
                    ]),
                ]),
                "stop_reason": .string("tool_use"),
                "usage": .object(["input_tokens": JSON.int(record.inputTokens), "output_tokens": JSON.int(record.outputTokens)]),
            ])
        }
    }
}
