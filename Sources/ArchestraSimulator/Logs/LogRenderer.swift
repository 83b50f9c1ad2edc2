import ArchestraAPI
import Foundation

/// Generated log records as the API returns them (API notes §11.2, §11.4, §11.5).
struct LogRenderer {
    let world: SimulatedWorld

    /// A full interaction record, or without `request`/`processedRequest`/`response` for `/summaries`
    /// (which then says `lastUserMessagePreview` and, for a failed call, `error`).
    func interaction(_ record: LoggedInteraction, summary: Bool = false) -> JSONValue {
        let row = world.agents[record.agent]
        let bodies = LogBodies(record, agentName: row.name)
        let model = ModelInfo.catalog[record.model].name
        var fields: JSONObject = [
            "id": .string(record.id),
            "type": .string(Self.type(provider: ModelInfo.catalog[record.model].provider)),
            "profileId": .string(row.id),
            "externalAgentId": .string(record.externalAgentID),
            "externalAgentIdLabel": record.hasLabel ? .string(row.name) : .null,
            "executionId": .null,
            "userId": JSON.string(person(record.user)?.id),
            "virtualKeyId": .null,
            "sessionId": .string(record.sessionID),
            "sessionSource": .string("header"),
            "source": .string("api"),
            "authMethod": .string("virtual_key"),
            "model": .string(model),
            "baselineModel": .string(ModelInfo.catalog[record.baselineModel].name),
            "inputTokens": JSON.int(record.inputTokens),
            "outputTokens": JSON.int(record.outputTokens),
            "cacheReadTokens": JSON.int(record.cacheReadTokens),
            "cacheWriteTokens": JSON.int(0),
            "cost": Self.decimal(record.cost),
            "baselineCost": Self.decimal(record.baselineCost),
            "dualLlmAnalyses": .null,
            "unsafeContextBoundary": boundary(record),
            "createdAt": JSON.timestamp(record.time),
            "requestType": .string("main"),
        ]
        if world.generation.hasToolCallBlock {
            fields["billingMode"] = .string("metered")
            fields["toolCallBlock"] = record.outcome == .refusedCall ? Self.block(record) : .null
        }
        if summary {
            fields["lastUserMessagePreview"] = .string(String(bodies.prompt.prefix(200)))
            fields["error"] = bodies.response["error"] ?? .null
        } else {
            fields["request"] = bodies.request
            fields["processedRequest"] = bodies.processedRequest
            fields["response"] = bodies.response
        }
        return .object(fields)
    }

    /// A tool-call record.
    func toolCall(_ call: LoggedToolCall) -> JSONValue {
        let arguments = LogBodies.arguments(seed: call.argumentSeed)
        var random = SplitMix64(seed: call.argumentSeed)
        let text = call.failure.map { LogText.toolFailures[$0 % LogText.toolFailures.count] } ?? LogText.pick(LogText.toolResults, &random)
        let person = person(call.user)
        var fields: JSONObject = [
            "id": .string(call.id),
            "agentId": .string(world.agents[call.agent].id),
            "mcpServerName": .string(call.use.server),
            "method": .string("tools/call"),
            "toolCall": .object(["id": .string(call.use.callID), "name": .string(call.use.qualifiedName), "arguments": arguments]),
            "toolResult": .object([
                "id": .string(call.use.callID), "isError": .bool(call.failure != nil),
                "content": .array([.object(["type": .string("text"), "text": .string(text)])]),
            ]),
            "userId": JSON.string(person?.id),
            "userName": JSON.string(person?.name),
            "authMethod": .string("user_token"),
            "createdAt": JSON.timestamp(call.time),
        ]
        if world.generation == .v1_4 {
            fields["ownerType"] = .string("agent")
            fields["runId"] = .null
        }
        return .object(fields)
    }

    /// A session row from its interactions, newest first.
    func session(_ records: [LoggedInteraction]) -> JSONValue {
        guard let newest = records.first, let oldest = records.last else { return .null }
        let row = world.agents[newest.agent]
        let models = records.reduce(into: [String]()) { names, record in
            let name = ModelInfo.catalog[record.model].name
            if !names.contains(name) { names.append(name) }
        }
        let people = records.reduce(into: [Person]()) { people, record in
            if let person = person(record.user), !people.contains(where: { $0.id == person.id }) { people.append(person) }
        }
        var fields: JSONObject = [
            "sessionId": .string(newest.sessionID),
            "interactionId": .null,
            "sessionSource": .string("header"),
            "requestCount": JSON.int(records.count),
            "totalInputTokens": JSON.int(records.reduce(0) { $0 + $1.inputTokens }),
            "totalOutputTokens": JSON.int(records.reduce(0) { $0 + $1.outputTokens }),
            "totalCost": Self.decimal(records.reduce(0) { $0 + $1.cost }),
            "totalBaselineCost": Self.decimal(records.reduce(0) { $0 + $1.baselineCost }),
            "totalToonCostSavings": .null,
            "firstRequestTime": JSON.timestamp(oldest.time),
            "lastRequestTime": JSON.timestamp(newest.time),
            "models": JSON.strings(models),
            "profileId": .string(row.id),
            "profileName": .string(row.name),
            "externalAgentIds": JSON.strings([newest.externalAgentID]),
            "externalAgentIdLabels": .array([newest.hasLabel ? .string(row.name) : .null]),
            "userNames": JSON.strings(people.map(\.name)),
            "lastInteractionType": .string(Self.type(provider: ModelInfo.catalog[newest.model].provider)),
            "conversationTitle": .null,
        ]
        let bodies = LogBodies(newest, agentName: row.name)
        if world.generation == .v1_4 {
            fields["userIds"] = JSON.strings(people.map(\.id))
            fields["source"] = .string("api")
            fields["sources"] = JSON.strings(["api"])
            fields["lastUserMessagePreview"] = .string(String(bodies.prompt.prefix(200)))
        } else {
            fields["lastInteractionRequest"] = bodies.request
        }
        return .object(fields)
    }

    private func person(_ index: Int) -> Person? {
        world.directory.people.indices.contains(index) ? world.directory.people[index] : nil
    }

    private func boundary(_ record: LoggedInteraction) -> JSONValue {
        guard record.outcome == .blockedResult else { return .null }
        return .object([
            "kind": .string("tool_result"), "reason": .string("tool_result_blocked"),
            "toolCallId": JSON.string(record.toolUse?.callID), "toolName": JSON.string(record.toolUse?.qualifiedName),
        ])
    }

    private static func block(_ record: LoggedInteraction) -> JSONValue {
        var random = SplitMix64(seed: record.textSeed ^ 0xB10C)
        return .object(["reason": .string(LogText.pick(LogText.refusalReasons, &random)), "blockedToolCallCount": JSON.int(1)])
    }

    /// Postgres `numeric(…, 10)` as the API sends it: a decimal string.
    static func decimal(_ value: Double) -> JSONValue {
        .string(String(format: "%.10f", value))
    }

    static func type(provider: String) -> String {
        switch provider {
        case "openai": "openai:chatCompletions"
        case "gemini": "gemini:generateContent"
        default: "anthropic:messages"
        }
    }
}
