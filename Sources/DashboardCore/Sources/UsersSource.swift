import Foundation
import ArchestraAPI

extension Sources {
    /// Who the people are: names from per-person statistics (everyone active in the last 90 days),
    /// then from team members; people rarely change their names, so every five minutes is enough.
    public static let people = SourceDescription<NoParameters, [String: String], [String: String]>(
        "people", label: "people", cadence: .every(300),
        fetch: { client in
            var names: [String: String] = [:]
            let active = try await ArchestraClient.collectPages(pageSize: 100, maxItems: 1_000) { offset, limit in
                try await client.userStatistics(timeframe: .quarter, limit: limit, offset: offset)
            }
            for person in active {
                guard let id = person.userId else { continue }
                if let name = person.userName ?? person.userEmail, !name.isEmpty { names[id] = name }
            }
            // Members of teams fill in people who have not used anything lately (a few teams at most are asked).
            let teams = try? await ArchestraClient.collectPages(pageSize: 100, maxItems: 50) { offset, limit in
                try await client.teams(TeamQuery(limit: limit, offset: offset))
            }
            for team in teams ?? [] {
                for member in (try? await client.teamMembers(teamID: team.id)) ?? [] where names[member.userId] == nil {
                    if let name = member.name ?? member.email, !name.isEmpty { names[member.userId] = name }
                }
            }
            return names
        })
}

extension AppState {
    /// User id → name, for limits on people and for picking whom a new limit applies to.
    public var users: [String: String] { self[Sources.people].value ?? [:] }

    /// How a person is called on screen: their name, else a short id marked as an id.
    public func personLabel(_ id: String) -> String {
        users[id] ?? "id:" + String(id.prefix(8))
    }
}
