import Foundation
import ArchestraAPI

extension Pane {
    public static let teams = Pane("teams")
    /// One team's members, reached with `Enter` on a team.
    public static let teamMembers = Pane("team-members")
}

/// Teams, and on `Enter` the members of the selected one. The list reuses the always-polled teams
/// source (team names label limits and statistics), so showing it costs no second request.
public enum TeamsResource {
    /// A team's members, with the team they were asked for: an answer for another team never shows.
    public struct Roster: Sendable, Equatable {
        public var teamID: String?
        public var members: [TeamMember]

        public init(teamID: String?, members: [TeamMember]) {
            self.teamID = teamID
            self.members = members
        }
    }

    public static let members = SourceDescription<String?, Roster, Roster>(
        "teamMembers", label: "team members", cadence: .every(60),
        parameters: { $0.ui.scopes[.teamMembers]?.value },
        fetch: { client, teamID in
            guard let teamID else { return Roster(teamID: nil, members: []) }
            return Roster(teamID: teamID, members: try await client.teamMembers(teamID: teamID))
        })

    static let columns: [ColumnSpec] = [
        ColumnSpec("Name", min: 16, weight: 2, priority: 10),
        ColumnSpec("Description", min: 14, weight: 3, priority: 5),
        ColumnSpec("Members", min: 7, priority: 8, right: true),
        ColumnSpec("Created", min: 8, priority: 6, right: true),
    ]

    static let memberColumns: [ColumnSpec] = [
        ColumnSpec("Name", min: 16, weight: 2, priority: 10),
        ColumnSpec("Email", min: 18, weight: 3, priority: 9),
        ColumnSpec("Role", min: 6, priority: 8),
        ColumnSpec("SSO", sort: "o", min: 3, priority: 6),
        ColumnSpec("Joined", min: 8, priority: 5, right: true),
    ]

    static let description = ResourceDescription(
        pane: .teams, title: "Teams", shortTitle: "Teams", commands: ["teams", "team"],
        tabs: [ResourceTab(sources: [Sources.teams.erased], table: table)],
        links: [
            PaneLink(
                "members", trigger: .enter, target: .teamMembers,
                scope: { row, _ in PaneScope(field: "teamId", value: row.id, label: "team \(row.recordName ?? row.id)") })
        ],
        children: [membersDescription])

    static let membersDescription = ResourceDescription(
        pane: .teamMembers, title: "Team Members", shortTitle: "Members", commands: [],
        tabs: [ResourceTab(sources: [members.erased], table: memberTable)],
        scope: ScopeAcceptance(fields: ["teamId"], required: true))

    static func table(_ state: AppState) -> TableModel {
        let rows = (state.teams.value ?? []).map { row(for: $0, now: state.now) }
        return TableModel(
            columns: columns, rows: rows, emptyMessage: state.teams.value == nil ? "loading teams…" : "no teams",
            notes: state[Sources.teams].value?.notes ?? [])
    }

    static func row(for team: Team, now: Date) -> ResourceRow {
        ResourceRow(
            id: team.id,
            cells: [
                team.name, team.description ?? "-", team.memberCount.map(String.init) ?? "-",
                ResourceTables.age(team.createdAtDate, now: now),
            ],
            sortKeys: [
                .text(team.name.lowercased()), .text(team.description ?? ""), .number(Double(team.memberCount ?? -1)),
                ResourceTables.dateKey(team.createdAtDate),
            ],
            record: team.raw, recordName: team.name, detailTitle: "Team \(team.name)",
            detail: DetailBuilder.lines(for: team.raw))
    }

    static func memberTable(_ state: AppState) -> TableModel {
        let roster = state[members].value
        let current = roster?.teamID == state.ui.scopes[.teamMembers]?.value ? roster : nil
        let rows = (current?.members ?? []).map { memberRow(for: $0, now: state.now) }
        return TableModel(columns: memberColumns, rows: rows, emptyMessage: current == nil ? "loading members…" : "no members")
    }

    static func memberRow(for member: TeamMember, now: Date) -> ResourceRow {
        let joined = ISO8601.date(from: member.createdAt)
        return ResourceRow(
            id: member.id,
            cells: [
                member.displayName, member.email ?? "-", member.role ?? "-", member.syncedFromSso ? "yes" : "no",
                ResourceTables.age(joined, now: now),
            ],
            sortKeys: [
                .text(member.displayName.lowercased()), .text(member.email ?? ""), .text(member.role ?? ""),
                .text(member.syncedFromSso ? "yes" : "no"), ResourceTables.dateKey(joined),
            ],
            record: member.raw, recordName: member.displayName, detailTitle: "Member \(member.displayName)",
            detail: DetailBuilder.lines(for: member.raw))
    }
}
