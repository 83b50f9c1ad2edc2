import Foundation
import ArchestraAPI

extension Sources {
    /// Every team (names for limits and statistics); teams change rarely.
    public static let teams = SourceDescription<NoParameters, [Team], [Team]>(
        "teams", label: "teams", cadence: .every(60),
        fetch: { client in
            try await ArchestraClient.collectPages(pageSize: 100, maxItems: 2_000) { offset, limit in
                try await client.teams(TeamQuery(limit: limit, offset: offset))
            }
        })
}

extension AppState {
    public var teams: Loadable<[Team]> {
        get { self[Sources.teams] }
        set { self[Sources.teams] = newValue }
    }

    /// Team id → name, for resolving limit entities and statistics.
    public var teamNames: [String: String] {
        Dictionary((teams.value ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }
}
