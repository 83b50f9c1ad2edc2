import ArchestraAPI

/// `/api/limits…` (API notes §8), with the 1.2 differences of ``APIGeneration/limitEntityTypes`` and
/// ``APIGeneration/limitsHavePerLimitCleanupInterval``.
enum LimitRoutes {
    static let limitTypes = ["token_cost", "mcp_server_calls", "tool_calls"]
    static let cleanupIntervals = [
        "1h", "12h", "24h", "1w", "1m", "calendar_day", "calendar_week_sunday", "calendar_week_monday", "calendar_month",
    ]

    static func handle(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        let path = context.segments
        switch (context.method, path.count) {
        case ("GET", 1):
            let entityType = try context.query.oneOf("entityType", world.generation.limitEntityTypes)
            let entityID = context.query.string("entityId")
            let limitType = try context.query.oneOf("limitType", limitTypes)
            let labels = try context.query.string("labels").map(LabelFilter.init(parsing:))
            return .array(
                world.limits.filter { limit in
                    let document = limit.document
                    let pairs = document.objects("labels").compactMap { label -> AgentLabel? in
                        guard let key = label.text("key"), let value = label.text("value") else { return nil }
                        return AgentLabel(key: key, value: value)
                    }
                    return (entityType == nil || document.text("entityType") == entityType)
                        && (entityID == nil || document.text("entityId") == entityID)
                        && (limitType == nil || document.text("limitType") == limitType)
                        && (labels?.matches(pairs) ?? true)
                }.map(\.listJSON))
        case ("POST", 1):
            return try create(context, &world)
        case ("GET", 2):
            return world.limits[try index(path[1], world)].listJSON
        case ("PATCH", 2):
            return try update(path[1], context, &world)
        case ("DELETE", 2):
            world.limits.remove(at: try index(path[1], world))
            return .object(["success": .bool(true)])
        default:
            return nil
        }
    }

    private static func create(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue {
        let body = try context.request.jsonObject()
        let entityType = try BodyRules.requiredEnum(body, "entityType", world.generation.limitEntityTypes)
        let entityID = try BodyRules.requiredText(body, "entityId")
        let limitType = try BodyRules.requiredEnum(body, "limitType", limitTypes)
        guard body["limitValue"] != nil else { throw APIError.missingBody("limitValue") }
        let limitValue = try positiveLimitValue(body)
        var document: JSONObject = [
            "id": .string(world.random.uuid()), "entityType": .string(entityType), "entityId": .string(entityID),
            "limitType": .string(limitType), "limitValue": .number(limitValue), "mcpServerName": .null, "toolName": .null,
            "model": .null, "lastCleanup": .null,
            "createdAt": JSON.timestamp(context.now), "updatedAt": JSON.timestamp(context.now), "labels": .array([]),
        ]
        if world.generation.limitsHavePerLimitCleanupInterval {
            document["cleanupInterval"] = .string("1m")
        }
        try applyOptionalFields(body, to: &document, generation: world.generation)
        try checkTypeRequirements(document)
        try checkEntityExists(document, world)
        world.limits.append(LimitRecord(document: document, modelUsage: [], resetRatio: 0))
        return .object(document.filter { $0.key != "labels" })
    }

    private static func update(_ id: String, _ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue {
        let position = try index(id, world)
        let body = try context.request.jsonObject()
        var document = world.limits[position].document
        if let limitType = try BodyRules.optionalEnum(body, "limitType", limitTypes) {
            document["limitType"] = .string(limitType)
        }
        if world.generation.limitEntityIsUpdatable {
            if let entityType = try BodyRules.optionalEnum(body, "entityType", world.generation.limitEntityTypes) {
                document["entityType"] = .string(entityType)
            }
            if body["entityId"] != nil {
                document["entityId"] = .string(try BodyRules.requiredText(body, "entityId"))
            }
        }
        if body["limitValue"] != nil {
            document["limitValue"] = .number(try positiveLimitValue(body))
        }
        let previousInterval = document.text("cleanupInterval")
        try applyOptionalFields(body, to: &document, generation: world.generation)
        try checkTypeRequirements(document)
        if document.text("entityType") != world.limits[position].document.text("entityType")
            || document.text("entityId") != world.limits[position].document.text("entityId")
        {
            try checkEntityExists(document, world)
        }
        document["updatedAt"] = JSON.timestamp(context.now)
        if document.text("cleanupInterval") != previousInterval {
            // Changing the reset rule resets current use (API notes §8).
            world.limits[position].modelUsage = world.limits[position].modelUsage.map { _ in [] }
            document["lastCleanup"] = JSON.timestamp(context.now)
        }
        world.limits[position].document = document
        return .object(document.filter { $0.key != "labels" })
    }

    /// `limitValue` as a finite number above zero, or 400 naming it.
    private static func positiveLimitValue(_ body: JSONObject) throws -> Double {
        guard let number = body["limitValue"]?.doubleValue, number.isFinite else {
            throw APIError.invalidBody("limitValue", "must be a number")
        }
        guard number > 0 else { throw APIError.invalidBody("limitValue", "must be greater than 0") }
        return number
    }

    /// The entity a limit applies to must exist in the simulated organisation.
    private static func checkEntityExists(_ document: JSONObject, _ world: SimulatedWorld) throws {
        let type = document.text("entityType") ?? ""
        let id = document.text("entityId") ?? ""
        guard world.limitEntityExists(type: type, id: id) else {
            throw APIError.invalidField("entityId", "no \(type.replacingOccurrences(of: "_", with: " ")) has the id '\(id)'")
        }
    }

    /// Copies the optional members both create and update accept, validating their shapes. A 1.2 server
    /// has no per-limit `cleanupInterval` and drops the key like any unknown one (zod strips them).
    private static func applyOptionalFields(_ body: JSONObject, to document: inout JSONObject, generation: APIGeneration) throws {
        try BodyRules.nullableStrings(body, ["mcpServerName", "toolName", "lastCleanup"])
        for key in ["mcpServerName", "toolName", "lastCleanup"] {
            if let value = body[key] { document[key] = value }
        }
        if let model = body["model"] {
            guard model.isNull || model.arrayValue?.allSatisfy({ $0.stringValue != nil }) == true else {
                throw APIError.invalidBody("model", "must be an array of model names or null")
            }
            document["model"] = model
        }
        if generation.limitsHavePerLimitCleanupInterval,
            let interval = try BodyRules.optionalEnum(body, "cleanupInterval", cleanupIntervals)
        {
            document["cleanupInterval"] = .string(interval)
        }
        if let labels = try BodyRules.labels(body) {
            document["labels"] = .array(labels)
        }
    }

    private static func checkTypeRequirements(_ document: JSONObject) throws {
        let limitType = document.text("limitType") ?? ""
        if limitType == "mcp_server_calls" || limitType == "tool_calls", (document.text("mcpServerName") ?? "").isEmpty {
            throw APIError.invalidField("mcpServerName", "required for \(limitType) limits")
        }
        if limitType == "tool_calls", (document.text("toolName") ?? "").isEmpty {
            throw APIError.invalidField("toolName", "required for tool_calls limits")
        }
    }

    private static func index(_ id: String, _ world: SimulatedWorld) throws -> Int {
        guard let position = world.limits.firstIndex(where: { $0.id == id }) else { throw APIError.notFound("Limit not found") }
        return position
    }
}
