import ArchestraAPI

/// One entry of an agent's configuration history (served by ``AgentVersionRoutes``).
struct AgentVersionRecord: Sendable {
    var version: Int
    /// `create`, `update` or `restore`.
    var source: String
    /// For `restore` entries, the version copied.
    var restoredFromVersion: Int?
    var createdAt: Double
    /// Person id of whoever made the change.
    var createdBy: String?
    var snapshot: JSONObject
}

/// The part of an agent document a version keeps: its configuration, under the agent object's own names.
///
/// Sharing (`scope`, `teams`, `labels`, `users`), identity (`id`, `slug`, `isDefault`…), tools and
/// timestamps are live state, as on the platform, so restoring a version never changes who sees the agent.
enum AgentSnapshot {
    static let keys = [
        "name", "agentType", "description", "icon", "systemPrompt", "llmModel", "llmApiKeyId", "modelId",
        "identityProviderId", "environmentId", "runtime", "passthroughHeaders", "toolExposureMode",
        "missingCredentialBehavior", "considerContextUntrusted", "accessAllTools", "accessAllSubagents",
        "incomingEmailEnabled", "incomingEmailSecurityMode", "incomingEmailAllowedDomain", "suggestedPrompts",
        "knowledgeBaseIds", "connectorIds",
    ]

    static func of(_ document: JSONObject) -> JSONObject {
        var snapshot: JSONObject = [:]
        for key in keys {
            snapshot[key] = document[key] ?? .null
        }
        return snapshot
    }
}

extension SimulatedWorld {
    /// The agent's history, oldest first. Agents that predate any change made here get a history
    /// made up on first use: `latestVersion` entries, the last one being the agent as it is now and
    /// the earlier ones differing in their description (so a diff has something to show).
    mutating func history(ofAgentAt index: Int) -> [AgentVersionRecord] {
        let id = agents[index].id
        if let history = agentVersions[id] { return history }
        let document = agents[index].document ?? renderer.render(agents[index])
        let latest = Self.versionNumber(document["latestVersion"]) ?? 1
        let count = min(latest, Self.madeUpHistoryLimit)
        let created = agents[index].createdAt
        let updated = max(agents[index].updatedAt, created)
        let current = AgentSnapshot.of(document)
        let history = (0..<count).map { offset -> AgentVersionRecord in
            let version = latest - count + 1 + offset
            var snapshot = current
            if version < latest {
                let earlier = document.text("description") ?? document.text("name") ?? "agent"
                snapshot["description"] = .string("Draft \(version): \(earlier)")
            }
            let share = count == 1 ? 1 : Double(offset) / Double(count - 1)
            return AgentVersionRecord(
                version: version, source: version == 1 ? "create" : "update", restoredFromVersion: nil,
                createdAt: created + (updated - created) * share, createdBy: agents[index].authorID, snapshot: snapshot
            )
        }
        agentVersions[id] = history
        return history
    }

    /// Appends the agent's current configuration as its next version and sets `latestVersion` to it.
    /// Call ``history(ofAgentAt:)`` before changing the agent, so the previous state is on record.
    mutating func recordVersion(ofAgentAt index: Int, source: String, restoredFrom: Int? = nil, by person: String?, now: Double) {
        var history = history(ofAgentAt: index)
        guard var document = agents[index].document else { return }
        let stored = Self.versionNumber(document["latestVersion"]) ?? 0
        let version = max(stored, (history.last?.version ?? 0) + 1)
        document["latestVersion"] = JSON.int(version)
        history.append(
            AgentVersionRecord(
                version: version, source: source, restoredFromVersion: restoredFrom, createdAt: now, createdBy: person,
                snapshot: AgentSnapshot.of(document)
            ))
        agentVersions[agents[index].id] = history
        agents.update(at: index) { row in
            row.document = document
            row.refreshColumns()
        }
    }

    /// The version object of the API (see `ArchestraAPI.AgentVersion`); lists leave out `snapshot`.
    func versionJSON(_ record: AgentVersionRecord, agentID: String, includeSnapshot: Bool) -> JSONValue {
        var object: JSONObject = [
            "id": .string(StableID.uuid(for: "agent-version:\(agentID):\(record.version)")),
            "agentId": .string(agentID),
            "organizationId": .string(directory.organizationID),
            "versionNumber": JSON.int(record.version),
            "source": .string(record.source),
            "restoredFromVersion": record.restoredFromVersion.map(JSON.int) ?? .null,
            "createdAt": JSON.timestamp(record.createdAt),
            "createdBy": JSON.string(record.createdBy),
            "createdByName": JSON.string(directory.person(id: record.createdBy)?.name),
        ]
        if includeSnapshot {
            object["snapshot"] = .object(record.snapshot)
        }
        return .object(object)
    }

    /// Made-up histories stop here: an inserted agent may claim any `latestVersion`.
    static let madeUpHistoryLimit = 50

    /// A stored `latestVersion` as a version number in 1…1 000 000 000 (inserted documents may hold
    /// anything; never trap on a huge, negative or fractional number).
    static func versionNumber(_ value: JSONValue?) -> Int? {
        guard let number = value?.doubleValue, number.isFinite else { return nil }
        return Int(min(max(number.rounded(), 1), 1_000_000_000))
    }
}
