import ArchestraAPI

/// `/api/autonomy-policies/…` and `/api/trusted-data-policies…` (API addendum §3.1–3.3): both tables
/// with validation of actions, operators and conditions; a 400 changes nothing.
enum PolicyRoutes {
    static func handleAutonomy(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        let path = context.segments
        if context.method == "GET", path.count == 2, path[1] == "operators" {
            return .array(PolicyOperator.documented.map { .object(["value": .string($0.value), "label": .string($0.label)]) })
        }
        guard path.count >= 2, path[1] == "tool-invocation" else { return nil }
        return try handle(.toolInvocation, id: path.count == 3 ? path[2] : nil, depth: path.count - 2, context, &world)
    }

    static func handleTrustedData(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        let path = context.segments
        return try handle(.trustedData, id: path.count == 2 ? path[1] : nil, depth: path.count - 1, context, &world)
    }

    /// `depth` 0 is the collection, 1 one policy.
    private static func handle(
        _ family: PolicyFamily, id: String?, depth: Int, _ context: RouteContext, _ world: inout SimulatedWorld
    ) throws -> JSONValue? {
        switch (context.method, depth, id) {
        case ("GET", 0, _):
            return .array(world.guardrails[family].map(JSONValue.object))
        case ("POST", 0, _):
            return .object(try create(family, context, &world))
        case ("GET", 1, let id?):
            return .object(world.guardrails[family][try index(family, id, world)])
        case ("PUT", 1, let id?):
            return .object(try update(family, id, context, &world))
        case ("DELETE", 1, let id?):
            world.guardrails[family].remove(at: try index(family, id, world))
            return .object(["success": .bool(true)])
        default:
            return nil
        }
    }

    private static func create(_ family: PolicyFamily, _ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONObject {
        let body = try context.request.jsonObject()
        guard let toolID = body.text("toolId") else {
            throw body["toolId"] == nil ? APIError.missingBody("toolId") : APIError.invalidBody("toolId", "must be string")
        }
        guard body["conditions"] != nil else { throw APIError.missingBody("conditions") }
        guard body["action"] != nil else { throw APIError.missingBody("action") }
        let fields = try validatedFields(family, body, world.generation)
        _ = try world.toolEntry(toolID)
        var document: JSONObject = [
            "id": .string(world.guardrails.random.uuid()), "toolId": .string(toolID), family.noteKey: .null,
            "createdAt": JSON.timestamp(context.now), "updatedAt": JSON.timestamp(context.now),
        ]
        if world.generation.policiesHaveSortOrder {
            document["sortOrder"] = JSON.int(world.guardrails[family].filter { $0.text("toolId") == toolID }.count)
            document["matchTemplate"] = .null
        }
        document.merge(fields) { _, new in new }
        world.guardrails[family].append(document)
        return document
    }

    private static func update(_ family: PolicyFamily, _ id: String, _ context: RouteContext, _ world: inout SimulatedWorld) throws
        -> JSONObject
    {
        let position = try index(family, id, world)
        let body = try context.request.jsonObject()
        if let toolID = body.text("toolId") { _ = try world.toolEntry(toolID) }
        var document = world.guardrails[family][position]
        document.merge(try validatedFields(family, body, world.generation)) { _, new in new }
        if let toolID = body.text("toolId") { document["toolId"] = .string(toolID) }
        document["updatedAt"] = JSON.timestamp(context.now)
        world.guardrails[family][position] = document
        return document
    }

    /// The writable members present in `body`, checked: `conditions`, `action`, the note, `sortOrder`/`matchTemplate`
    /// (newest only; older servers strip them as unknown keys).
    private static func validatedFields(_ family: PolicyFamily, _ body: JSONObject, _ generation: APIGeneration) throws -> JSONObject {
        var fields: JSONObject = [:]
        if let conditions = body["conditions"] { fields["conditions"] = try validatedConditions(conditions) }
        if body["action"] != nil {
            fields["action"] = .string(try BodyRules.requiredEnum(body, "action", generation.policyActions(family)))
        }
        try BodyRules.nullableStrings(body, [family.noteKey])
        if let note = body[family.noteKey] { fields[family.noteKey] = note }
        if generation.policiesHaveSortOrder {
            if let order = body["sortOrder"] {
                guard let value = order.doubleValue, value >= 0, value.rounded() == value else {
                    throw APIError.invalidBody("sortOrder", "must be >= 0")
                }
                fields["sortOrder"] = JSON.int(Int(value))
            }
            try BodyRules.nullableStrings(body, ["matchTemplate"])
            if let template = body["matchTemplate"] { fields["matchTemplate"] = template }
        }
        return fields
    }

    private static func validatedConditions(_ value: JSONValue) throws -> JSONValue {
        guard let conditions = value.arrayValue else { throw APIError.invalidBody("conditions", "must be array") }
        let operators = PolicyOperator.documented.map(\.value)
        for (offset, condition) in conditions.enumerated() {
            guard let object = condition.objectValue else { throw APIError.invalidBody("conditions/\(offset)", "must be object") }
            for member in ["key", "operator", "value"] where object[member] == nil {
                throw APIError.validation("body/conditions/\(offset) must have required property '\(member)'")
            }
            guard let key = object.text("key"), !key.isEmpty else {
                throw APIError.invalidBody("conditions/\(offset)/key", "must NOT have fewer than 1 characters")
            }
            guard let name = object.text("operator"), operators.contains(name) else {
                throw APIError.invalidBody("conditions/\(offset)/operator", "must be equal to one of the allowed values")
            }
            guard object.text("value") != nil else { throw APIError.invalidBody("conditions/\(offset)/value", "must be string") }
        }
        return .array(
            conditions.compactMap(\.objectValue).map {
                .object(["key": $0["key"] ?? .null, "operator": $0["operator"] ?? .null, "value": $0["value"] ?? .null])
            })
    }

    private static func index(_ family: PolicyFamily, _ id: String, _ world: SimulatedWorld) throws -> Int {
        guard let position = world.guardrails[family].firstIndex(where: { $0.text("id") == id }) else {
            throw APIError.notFound(family == .toolInvocation ? "Tool invocation policy not found" : "Trusted data policy not found")
        }
        return position
    }
}
