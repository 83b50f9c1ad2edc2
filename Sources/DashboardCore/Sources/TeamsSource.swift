import Foundation
import ArchestraAPI

extension Sources {
    /// Every team (names for limits and statistics); teams change rarely.
    public static let teams = SourceDescription<NoParameters, RecordList<Team>, RecordList<Team>>(
        "teams", label: "teams", cadence: .every(60),
        fetch: { client in
            try await ArchestraClient.collectRecords(pageSize: 100, maxItems: 2_000) { offset, limit in
                try await client.teams(TeamQuery(limit: limit, offset: offset))
            }
        })
}

extension AppState {
    public var teams: Loadable<[Team]> {
        get { self[Sources.teams].mapValue(\.items) }
        set { self[Sources.teams] = newValue.mapValue { RecordList(items: $0) } }
    }

    /// Every team as id and name, in the server's order: what forms offer for a record's teams.
    public var teamNameList: [(id: String, name: String)] {
        (teams.value ?? []).map { (id: $0.id, name: $0.name) }
    }

    /// Team id → name, for resolving limit entities and statistics.
    public var teamNames: [String: String] {
        Dictionary((teams.value ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }
}

extension AppState {
    /// What lists read in the background (teams) could not hold, said in help since no table shows them.
    public var unlistedNotes: [String] {
        let notes = self[Sources.teams].value?.notes ?? []
        return notes.isEmpty ? [] : ["teams: " + notes.joined(separator: ", ")]
    }
}
