import ArchestraAPI

/// `/api/optimization-rules…` (API notes §9.1): served by 1.2 worlds only; on 1.4 the route does not exist.
enum OptimizationRuleRoutes {
    static let entityTypes = ["organization", "team", "agent"]
    /// The provider enum of API notes §3.3.
    static let providers = [
        "openai", "gemini", "anthropic", "bedrock", "cohere", "cerebras", "mistral", "perplexity", "groq", "xai", "openrouter",
        "vllm", "ollama", "ollama-native", "zhipuai", "deepseek", "minimax", "kimi", "azure", "github-copilot",
        "microsoft-365-copilot", "archestra", "voyage",
    ]

    static func handle(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        guard world.generation.hasOptimizationRules else { return nil }
        let path = context.segments
        switch (context.method, path.count) {
        case ("GET", 1):
            return .array(world.optimizationRules.map(JSONValue.object))
        case ("POST", 1):
            return .object(try create(context, &world))
        case ("PUT", 2):
            let position = try index(path[1], world)
            var rule = world.optimizationRules[position]
            try apply(try context.request.jsonObject(), to: &rule, requireAll: false)
            rule["updatedAt"] = JSON.timestamp(context.now)
            world.optimizationRules[position] = rule
            return .object(rule)
        case ("DELETE", 2):
            world.optimizationRules.remove(at: try index(path[1], world))
            return .object(["success": .bool(true)])
        default:
            return nil
        }
    }

    private static func create(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONObject {
        var rule: JSONObject = [
            "id": .string(world.random.uuid()), "enabled": .bool(true),
            "createdAt": JSON.timestamp(context.now), "updatedAt": JSON.timestamp(context.now),
        ]
        try apply(try context.request.jsonObject(), to: &rule, requireAll: true)
        world.optimizationRules.append(rule)
        return rule
    }

    /// Validates and copies the body's fields; a create needs every required one, an update none.
    private static func apply(_ body: JSONObject, to rule: inout JSONObject, requireAll: Bool) throws {
        if let entityType = try BodyRules.optionalEnum(body, "entityType", entityTypes) {
            rule["entityType"] = .string(entityType)
        } else if requireAll {
            throw APIError.missingBody("entityType")
        }
        if body["entityId"] != nil || requireAll {
            rule["entityId"] = .string(try BodyRules.requiredText(body, "entityId"))
        }
        if let provider = try BodyRules.optionalEnum(body, "provider", providers) {
            rule["provider"] = .string(provider)
        } else if requireAll {
            throw APIError.missingBody("provider")
        }
        if body["targetModel"] != nil || requireAll {
            rule["targetModel"] = .string(try BodyRules.requiredText(body, "targetModel"))
        }
        if let conditions = body["conditions"] {
            rule["conditions"] = .array(try validConditions(conditions))
        } else if requireAll {
            throw APIError.missingBody("conditions")
        }
        try BodyRules.booleans(body, ["enabled"])
        if let enabled = body["enabled"] { rule["enabled"] = enabled }
    }

    /// `[{maxLength:int} | {hasTools:bool}]`.
    private static func validConditions(_ value: JSONValue) throws -> [JSONValue] {
        let invalid = APIError.invalidBody("conditions", "must be an array of {maxLength: integer} or {hasTools: boolean}")
        guard let items = value.arrayValue else { throw invalid }
        return try items.map { item in
            guard let condition = item.objectValue, !condition.isEmpty else { throw invalid }
            for (key, member) in condition {
                switch key {
                case "maxLength":
                    guard let length = member.doubleValue, length >= 0, length.rounded() == length else { throw invalid }
                case "hasTools":
                    guard member.boolValue != nil else { throw invalid }
                default:
                    throw invalid
                }
            }
            return item
        }
    }

    private static func index(_ id: String, _ world: SimulatedWorld) throws -> Int {
        guard let position = world.optimizationRules.firstIndex(where: { $0.text("id") == id }) else {
            throw APIError.notFound("Optimization rule not found")
        }
        return position
    }
}
