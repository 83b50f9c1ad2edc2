/// Fields `GET /api/agents` can sort by (API notes §3.1).
enum AgentSortField: String, CaseIterable, Sendable {
    case name, createdAt, toolsCount, subagentsCount, knowledgeSourcesCount, team, lastUsedAt
}

/// All agents in creation order, with an id index and cached sort orders.
///
/// Rows are never removed (deletes are soft), so a row's index is a stable handle the
/// traffic generator and the usage history use.
struct AgentTable: Sendable {
    private(set) var rows: [AgentRow] = []
    private var indexByID: [String: Int] = [:]
    /// Cached orders per (field, direction), tagged with the table version they were built for.
    private var sortCache: [String: (version: Int, order: [Int])] = [:]
    /// Bumped by every change that can reorder rows.
    private var version = 0
    /// Bumped by traffic (only the `lastUsedAt` order depends on it).
    private var activityVersion = 0

    var count: Int { rows.count }

    subscript(index: Int) -> AgentRow { rows[index] }

    func index(of id: String) -> Int? {
        indexByID[id]
    }

    /// Adds a row, or replaces the row with the same id. Returns its index.
    @discardableResult
    mutating func upsert(_ row: AgentRow) -> Int {
        version += 1
        if let existing = indexByID[row.id] {
            rows[existing] = row
            return existing
        }
        rows.append(row)
        indexByID[row.id] = rows.count - 1
        return rows.count - 1
    }

    /// Changes one row in place (keeps the id index right if the id changed).
    mutating func update(at index: Int, _ change: (inout AgentRow) -> Void) {
        let oldID = rows[index].id
        change(&rows[index])
        if rows[index].id != oldID {
            indexByID[oldID] = nil
            indexByID[rows[index].id] = index
        }
        version += 1
    }

    /// Traffic touched the agent: only `lastUsedAt` changes.
    mutating func markUsed(at index: Int, time: Double) {
        rows[index].markUsed(at: time)
        activityVersion += 1
    }

    /// Row indices sorted by `field` (ties keep creation order), cached until the table changes.
    mutating func order(by field: AgentSortField, ascending: Bool, teamName: (String) -> String) -> [Int] {
        let cacheKey = field.rawValue + (ascending ? "+" : "-")
        let currentVersion = field == .lastUsedAt ? version &* 1_000_003 &+ activityVersion : version
        if let cached = sortCache[cacheKey], cached.version == currentVersion {
            return cached.order
        }
        var order = Array(rows.indices)
        switch field {
        case .createdAt:
            order.sort { compare(rows[$0].createdAt, rows[$1].createdAt, $0, $1) }
        case .lastUsedAt:
            order.sort { compare(rows[$0].lastUsedAt ?? -.infinity, rows[$1].lastUsedAt ?? -.infinity, $0, $1) }
        case .name:
            order.sort { compare(rows[$0].lowercasedName, rows[$1].lowercasedName, $0, $1) }
        case .team:
            let names = rows.map { $0.teamIDs.first.map(teamName) ?? "" }
            order.sort { compare(names[$0], names[$1], $0, $1) }
        case .toolsCount:
            let counts = rows.map { ($0.document?["tools"]?.arrayValue?.count) ?? 0 }
            order.sort { compare(counts[$0], counts[$1], $0, $1) }
        case .knowledgeSourcesCount:
            let counts = rows.map {
                ($0.document?["knowledgeBaseIds"]?.arrayValue?.count ?? 0) + ($0.document?["connectorIds"]?.arrayValue?.count ?? 0)
            }
            order.sort { compare(counts[$0], counts[$1], $0, $1) }
        case .subagentsCount:
            let counts = rows.map { row in
                (row.document?["tools"]?.arrayValue ?? []).filter { $0.objectValue?.text("delegateToAgentId") != nil }.count
            }
            order.sort { compare(counts[$0], counts[$1], $0, $1) }
        }
        if !ascending {
            order.reverse()
        }
        sortCache[cacheKey] = (currentVersion, order)
        return order
    }

    private func compare<Key: Comparable>(_ left: Key, _ right: Key, _ leftIndex: Int, _ rightIndex: Int) -> Bool {
        left == right ? leftIndex < rightIndex : left < right
    }
}
