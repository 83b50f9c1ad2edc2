import ArchestraAPI

/// Seeds "Acme Corp": people, teams and their documents.
enum DirectorySeed {
    /// Team name, description, member count, parent team name.
    private static let teamSpecs: [(name: String, description: String?, members: Int, parent: String?)] = [
        ("Support", "Customer support desk", 14, nil),
        ("Platform", "Platform engineering", 9, nil),
        ("Research", "Applied research and evaluation", 6, nil),
        ("Growth", "Marketing, sales and lifecycle", 11, nil),
        ("Data Science", nil, 4, "Platform"),
    ]

    private static let peopleSpecs: [(name: String, email: String)] = [
        ("Dana Whitfield", "dana@acme.example"),
        ("Ravi Menon", "ravi@acme.example"),
        ("Mei Tanaka", "mei@acme.example"),
        ("Omar Haddad", "omar@acme.example"),
        ("Lena Fischer", "lena@acme.example"),
        ("王芳", "fang.wang@acme.example"),
    ]

    static func makeDirectory(_ random: inout SplitMix64) -> Directory {
        let organizationID = random.opaqueID()
        let people = peopleSpecs.map { Person(id: random.opaqueID(), name: $0.name, email: $0.email) }
        let teams = teamSpecs.map { TeamInfo(id: random.opaqueID(), name: $0.name, memberCount: $0.members) }
        return Directory(
            organizationID: organizationID, organizationName: "Acme Corp", people: people, teams: teams,
            identityProviderIDs: ["okta-acme", "entra-acme"]
        )
    }

    /// Team documents of API notes §9.2, created over the past year.
    static func teamDocuments(_ directory: Directory, now: Double, random: inout SplitMix64) -> [JSONObject] {
        directory.teams.enumerated().map { offset, team in
            let spec = teamSpecs[offset]
            let created = now - Double(300 - offset * 50) * Timestamp.day
            let owner = directory.people[offset % directory.people.count]
            let parentID = spec.parent.flatMap { parent in directory.teams.first { $0.name == parent }?.id }
            let children = zip(teamSpecs, directory.teams).filter { $0.0.parent == team.name }.map {
                JSONValue.object(["id": .string($0.1.id), "name": .string($0.1.name)])
            }
            let members: [JSONValue] = (0..<min(3, directory.people.count)).map { memberOffset in
                let person = directory.people[(offset + memberOffset) % directory.people.count]
                return .object([
                    "id": .string("m-" + random.opaqueID(length: 6).lowercased()),
                    "teamId": .string(team.id),
                    "userId": .string(person.id),
                    "role": .string(memberOffset == 0 ? "admin" : "member"),
                    "syncedFromSso": .bool(memberOffset == 2),
                    "createdAt": JSON.timestamp(created + Double(memberOffset) * Timestamp.hour),
                ])
            }
            let labels: [JSONValue] = team.name == "Support" ? [.object(StableID.labelJSON(key: "department", value: "support"))] : []
            return [
                "id": .string(team.id),
                "name": .string(team.name),
                "description": JSON.string(spec.description),
                "roles": .array([]),
                "organizationId": .string(directory.organizationID),
                "parentId": JSON.string(parentID),
                "createdBy": .string(owner.id),
                "createdAt": JSON.timestamp(created),
                "updatedAt": JSON.timestamp(created + 3 * Timestamp.day),
                "convertToolResultsToToon": .bool(team.name == "Support"),
                "members": .array(members),
                "labels": .array(labels),
                "myRole": .string(offset.isMultiple(of: 2) ? "admin" : "member"),
                "descendantTeams": .array(children),
            ]
        }
    }
}
