import ArchestraAPI

/// `/api/knowledge-bases…` and `/api/connectors…` (API notes §6).
enum KnowledgeRoutes {
    static func handleKnowledgeBases(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        let path = context.segments
        switch (context.method, path.count) {
        case ("GET", 1):
            let page = try PageRequest(context.query)
            let showDeleted = try context.query.oneOf("status", ["active", "deleted"]) == "deleted"
            let search = context.query.string("search")?.lowercased()
            let labels = try context.query.string("labels").map(LabelFilter.init(parsing:))
            let matches = world.knowledgeBases.filter { record in
                guard record.isDeleted == showDeleted else { return false }
                if let search {
                    let haystack = ((record.document.text("name") ?? "") + " " + (record.document.text("description") ?? "")).lowercased()
                    if !haystack.contains(search) { return false }
                }
                if let labels, !labels.matches(labelPairs(record.document)) { return false }
                return true
            }
            return page.envelope(of: matches.map { .object($0.document) })
        case ("POST", 1):
            let body = try context.request.jsonObject()
            let name = try BodyRules.requiredText(body, "name")
            try BodyRules.nullableStrings(body, ["description"])
            let labels = try BodyRules.labels(body) ?? []
            let document: JSONObject = [
                "id": .string(world.random.uuid()), "organizationId": .string(world.directory.organizationID), "name": .string(name),
                "description": body["description"] ?? .null, "status": .string("active"),
                "createdAt": JSON.timestamp(context.now), "updatedAt": JSON.timestamp(context.now), "deletedAt": .null,
                "createdBy": world.directory.caller.createdByJSON, "connectors": .array([]), "totalDocsIndexed": JSON.int(0),
                "assignedAgents": .array([]), "labels": .array(labels),
            ]
            let record = KnowledgeBaseRecord(document: document, health: ["status": .string("healthy")])
            world.knowledgeBases.append(record)
            return .object(record.reducedDocument)
        case ("GET", 2):
            return .object(world.knowledgeBases[try index(path[1], world)].reducedDocument)
        case ("PUT", 2):
            let position = try index(path[1], world)
            let body = try context.request.jsonObject()
            // Everything is checked before anything is written, so a 400 changes nothing.
            let name = body["name"] == nil ? nil : try BodyRules.requiredText(body, "name")
            try BodyRules.nullableStrings(body, ["description"])
            let labels = try BodyRules.labels(body)
            var document = world.knowledgeBases[position].document
            if let name { document["name"] = .string(name) }
            if let description = body["description"] { document["description"] = description }
            if let labels { document["labels"] = .array(labels) }
            document["updatedAt"] = JSON.timestamp(context.now)
            world.knowledgeBases[position].document = document
            return .object(world.knowledgeBases[position].reducedDocument)
        case ("DELETE", 2):
            let position = try index(path[1], world)
            world.knowledgeBases[position].document["deletedAt"] = JSON.timestamp(context.now)
            world.knowledgeBases[position].document["updatedAt"] = JSON.timestamp(context.now)
            // Deleting removes the connector assignments (API notes §6); a restore does not bring them back.
            world.knowledgeBases[position].document["connectors"] = .array([])
            return .object(["success": .bool(true)])
        case ("POST", 3) where path[2] == "restore":
            // Only the trash is searched, so a live knowledge base answers 404 like an unknown one.
            guard let position = world.knowledgeBases.firstIndex(where: { $0.id == path[1] && $0.isDeleted }) else {
                throw APIError.notFound("Knowledge base not found")
            }
            world.knowledgeBases[position].document["deletedAt"] = .null
            world.knowledgeBases[position].document["updatedAt"] = JSON.timestamp(context.now)
            return .object(world.knowledgeBases[position].reducedDocument)
        case ("GET", 3) where path[2] == "health":
            return .object(world.knowledgeBases[try index(path[1], world)].health)
        default:
            return nil
        }
    }

    static func handleConnectors(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        let path = context.segments
        switch (context.method, path.count) {
        case ("GET", 1):
            let page = try PageRequest(context.query)
            let knowledgeBaseID = context.query.string("knowledgeBaseId")
            let search = context.query.string("search")?.lowercased()
            let type = context.query.string("connectorType")
            let showDeleted = try context.query.oneOf("status", ["active", "deleted"]) == "deleted"
            let matches = world.connectors.filter { connector in
                let id = connector.text("id") ?? ""
                let deleted = connector["deletedAt"].map { !$0.isNull } ?? false
                return deleted == showDeleted
                    && (knowledgeBaseID == nil || world.connectorKnowledgeBases[id]?.contains(knowledgeBaseID ?? "") == true)
                    && (search == nil || (connector.text("name") ?? "").lowercased().contains(search ?? ""))
                    && (type == nil || connector.text("connectorType") == type)
            }
            return page.envelope(of: matches.map(JSONValue.object))
        case ("GET", 2):
            guard let connector = world.connectors.first(where: { $0.text("id") == path[1] }) else {
                throw APIError.notFound("Connector not found")
            }
            return .object(connector)
        default:
            return nil
        }
    }

    private static func index(_ id: String, _ world: SimulatedWorld) throws -> Int {
        guard let position = world.knowledgeBases.firstIndex(where: { $0.id == id && !$0.isDeleted }) else {
            throw APIError.notFound("Knowledge base not found")
        }
        return position
    }

    private static func labelPairs(_ document: JSONObject) -> [AgentLabel] {
        document.objects("labels").compactMap { label in
            guard let key = label.text("key"), let value = label.text("value") else { return nil }
            return AgentLabel(key: key, value: value)
        }
    }
}
