import Foundation
import ArchestraAPI

/// Names for `logs --output text`, looked up as the panes look them up and kept for the run: an agent's
/// name by its id (`GET /api/agents/{id}`, once per agent, a failure remembered as no name), and people's
/// names from `GET /api/interactions/user-ids`, read again when an unknown person shows up, at most once a
/// minute.
struct TailNames {
    private let client: ArchestraClient
    private var agents: [String: String?] = [:]
    private var users: [String: String] = [:]
    private var usersReadAt: ContinuousClock.Instant?
    static let userListInterval: Duration = .seconds(60)

    init(client: ArchestraClient, knownAgents: [String: String] = [:]) {
        self.client = client
        for (id, name) in knownAgents { agents[id] = name }
    }

    /// The agent's name, else `label` (the client's own), else its id shortened and marked, else `-`.
    mutating func agent(id: String?, label: String? = nil) async -> String {
        guard let id else { return label ?? "-" }
        if let known = agents[id] { return known ?? label ?? Self.shortID(id) }
        let name = try? await client.agent(id: id).name
        agents[id] = name
        return name ?? label ?? Self.shortID(id)
    }

    /// The person's name, else their id as the server sent it.
    mutating func user(id: String?) async -> String {
        guard let id else { return "-" }
        if let name = users[id] { return name }
        let now = ContinuousClock.now
        if usersReadAt.map({ now - $0 >= Self.userListInterval }) ?? true {
            usersReadAt = now
            for identity in (try? await client.interactionUserIDs()) ?? [] {
                users[identity.id] = identity.name
            }
        }
        return users[id] ?? id
    }

    /// `id:` and the first eight characters, as the panes mark an agent they have no name for.
    static func shortID(_ id: String) -> String { "id:" + id.prefix(8) }
}
