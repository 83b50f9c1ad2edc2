import ArchestraAPI

/// One agent: the columns lists filter and sort on, plus the stored JSON document.
///
/// Bulk-seeded agents keep no document (`document == nil`) and are rendered from their
/// columns on demand, which keeps 100 000 agents cheap. Agents that were created, inserted,
/// edited or hand-written in the seed carry a full document; their columns are re-read from
/// it after every change (``refreshColumns()``), so the document stays the source of truth.
struct AgentRow: Sendable {
    var id: String
    var name: String
    var lowercasedName: String
    var agentType: String
    var scope: String
    var builtIn: Bool
    var isDefault: Bool
    var isPersonalGateway: Bool
    var teamIDs: [String]
    var authorID: String?
    var labels: [AgentLabel]
    var createdAt: Double
    var updatedAt: Double
    var lastUsedAt: Double?
    var deletedAt: Double?
    /// Preferred model for generated traffic (index into ``ModelInfo/catalog``).
    var modelIndex: Int
    var document: JSONObject?

    /// A bulk row without a document.
    init(
        id: String, name: String, agentType: String, scope: String, teamIDs: [String], authorID: String?,
        labels: [AgentLabel], createdAt: Double, lastUsedAt: Double?, modelIndex: Int
    ) {
        self.id = id
        self.name = name
        self.lowercasedName = name.lowercased()
        self.agentType = agentType
        self.scope = scope
        self.builtIn = false
        self.isDefault = false
        self.isPersonalGateway = false
        self.teamIDs = teamIDs
        self.authorID = authorID
        self.labels = labels
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.deletedAt = nil
        self.modelIndex = modelIndex
        self.document = nil
    }

    /// A row whose truth is `document`.
    init(document: JSONObject) {
        self.init(
            id: "", name: "", agentType: "", scope: "", teamIDs: [], authorID: nil, labels: [], createdAt: 0, lastUsedAt: nil, modelIndex: 0
        )
        self.document = document
        refreshColumns()
    }

    var isDeleted: Bool { deletedAt != nil }

    /// Re-reads every column from the document (no-op for bulk rows).
    mutating func refreshColumns() {
        guard let document else { return }
        id = document.text("id") ?? id
        name = document.text("name") ?? ""
        lowercasedName = name.lowercased()
        agentType = document.text("agentType") ?? ""
        scope = document.text("scope") ?? ""
        builtIn = document.flag("builtIn")
        isDefault = document.flag("isDefault")
        isPersonalGateway = document.flag("isPersonalGateway")
        teamIDs = (document["teams"]?.arrayValue ?? []).compactMap { $0.objectValue?.text("id") ?? $0.stringValue }
        authorID = document.text("authorId")
        labels = document.objects("labels").compactMap { label in
            guard let key = label.text("key"), let value = label.text("value") else { return nil }
            return AgentLabel(key: key, value: value)
        }
        createdAt = document.time("createdAt") ?? 0
        updatedAt = document.time("updatedAt") ?? createdAt
        lastUsedAt = document.time("lastUsedAt")
        deletedAt = document.time("deletedAt")
        modelIndex = ModelInfo.index(named: document.text("llmModel")) ?? modelIndex
    }

    /// Records traffic: bumps `lastUsedAt` in the columns and, when present, the document.
    mutating func markUsed(at time: Double) {
        lastUsedAt = time
        if document != nil {
            document?["lastUsedAt"] = JSON.timestamp(time)
        }
    }

    /// Moves the agent to the trash.
    mutating func markDeleted(at time: Double) {
        deletedAt = time
        updatedAt = time
        if document != nil {
            document?["deletedAt"] = JSON.timestamp(time)
            document?["updatedAt"] = JSON.timestamp(time)
        }
    }

    /// Takes the agent out of the trash.
    mutating func markRestored(at time: Double) {
        deletedAt = nil
        updatedAt = time
        if document != nil {
            document?["deletedAt"] = .null
            document?["updatedAt"] = JSON.timestamp(time)
        }
    }
}
