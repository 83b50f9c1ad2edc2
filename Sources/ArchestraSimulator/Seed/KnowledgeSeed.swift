import ArchestraAPI

/// Seeds knowledge bases (one unhealthy) and the connectors that feed them.
struct KnowledgeSeed {
    let directory: Directory
    let now: Double

    private struct ConnectorSpec {
        var name: String
        var type: String
        var knowledgeBase: Int
        var syncStatus: String
        var syncError: String? = nil
    }

    private static let knowledgeBaseSpecs: [(name: String, description: String?, docs: Int, unhealthy: String?)] = [
        ("Support Playbooks", "Runbooks and macros for the support desk", 1_284, nil),
        ("Engineering Docs", "Architecture decision records and API docs", 3_517, nil),
        ("HR Policies", nil, 0, "No embedding model is configured for the organization"),
        ("Research Papers", "Papers, notes and evaluation reports", 912, nil),
        ("Sales Enablement", "Battle cards and pricing sheets", 240, nil),
        ("製品マニュアル", "Product manuals (Japanese)", 77, nil),
    ]

    private static let connectorSpecs: [ConnectorSpec] = [
        ConnectorSpec(name: "Support space", type: "confluence", knowledgeBase: 0, syncStatus: "success"),
        ConnectorSpec(
            name: "Zendesk macros", type: "web_crawler", knowledgeBase: 0, syncStatus: "completed_with_errors",
            syncError: "12 pages returned HTTP 403"),
        ConnectorSpec(name: "archestra-docs", type: "github", knowledgeBase: 1, syncStatus: "running"),
        ConnectorSpec(name: "Uploaded files", type: "file_upload", knowledgeBase: 1, syncStatus: "success"),
        ConnectorSpec(name: "Research drive", type: "gdrive", knowledgeBase: 3, syncStatus: "failed", syncError: "OAuth token expired"),
        ConnectorSpec(name: "Sales Notion", type: "notion", knowledgeBase: 4, syncStatus: "success"),
        ConnectorSpec(name: "Manuals SharePoint", type: "sharepoint", knowledgeBase: 5, syncStatus: "queued"),
    ]

    func make(random: inout SplitMix64) -> (knowledgeBases: [KnowledgeBaseRecord], connectors: [JSONObject], links: [String: [String]]) {
        let kbIDs = Self.knowledgeBaseSpecs.map { _ in random.uuid() }
        var connectors: [JSONObject] = []
        var links: [String: [String]] = [:]
        var connectorsByKB: [Int: [JSONValue]] = [:]
        for (offset, spec) in Self.connectorSpecs.enumerated() {
            let id = random.uuid()
            let created = now - Double(100 - offset * 9) * Timestamp.day
            let creator = directory.people[offset % directory.people.count]
            links[id] = [kbIDs[spec.knowledgeBase]]
            connectorsByKB[spec.knowledgeBase, default: []].append(
                .object(["id": .string(id), "name": .string(spec.name), "connectorType": .string(spec.type)]))
            connectors.append([
                "id": .string(id), "organizationId": .string(directory.organizationID), "name": .string(spec.name),
                "description": .null, "visibility": .string("org-wide"), "teamIds": .array([]),
                "connectorType": .string(spec.type), "config": .object([:]), "secretId": .null, "environmentId": .null,
                "schedule": .string("0 */6 * * *"), "ftsLanguage": .string("english"), "permissionSyncIntervalSeconds": .null,
                "enabled": .bool(true), "lastSyncAt": JSON.timestamp(now - Double(offset + 1) * 47 * Timestamp.minute),
                "lastSyncStatus": .string(spec.syncStatus), "lastSyncError": JSON.string(spec.syncError),
                "lastPermissionSyncAt": .null, "lastPermissionSyncStatus": .null, "checkpoint": .null, "aclConfigEpoch": JSON.int(0),
                "createdAt": JSON.timestamp(created), "updatedAt": JSON.timestamp(created + Timestamp.day), "deletedAt": .null,
                "createdBy": creator.createdByJSON, "labels": .array([]), "assignedAgents": .array([]),
            ])
        }
        let knowledgeBases = Self.knowledgeBaseSpecs.enumerated().map { offset, spec -> KnowledgeBaseRecord in
            let created = now - Double(110 - offset * 15) * Timestamp.day
            let creator = directory.people[offset % directory.people.count]
            let labels: [JSONValue] = offset == 0 ? [.object(StableID.labelJSON(key: "department", value: "support"))] : []
            let document: JSONObject = [
                "id": .string(kbIDs[offset]), "organizationId": .string(directory.organizationID), "name": .string(spec.name),
                "description": JSON.string(spec.description), "status": .string("active"),
                "createdAt": JSON.timestamp(created), "updatedAt": JSON.timestamp(created + 2 * Timestamp.day), "deletedAt": .null,
                "createdBy": creator.createdByJSON, "connectors": .array(connectorsByKB[offset] ?? []),
                "totalDocsIndexed": JSON.int(spec.docs), "assignedAgents": .array([]), "labels": .array(labels),
            ]
            var health: JSONObject = ["status": .string(spec.unhealthy == nil ? "healthy" : "unhealthy")]
            if let message = spec.unhealthy {
                health["message"] = .string(message)
            }
            return KnowledgeBaseRecord(document: document, health: health)
        }
        return (knowledgeBases, connectors, links)
    }
}
