import ArchestraAPI

extension SimulatedWorld {
    /// Whether a usage limit may apply to `id` of `type`: the organisation, a team, a live agent, a person
    /// or a virtual key of the simulated organisation. Environments are not simulated, so any environment
    /// id is accepted.
    func limitEntityExists(type: String, id: String) -> Bool {
        switch type {
        case "organization": return id == directory.organizationID
        case "team": return directory.team(id: id) != nil
        case "agent": return agents.index(of: id).map { !agents[$0].isDeleted } ?? false
        case "user": return directory.person(id: id) != nil
        case "virtual_key": return AuthChannel.catalog.contains { $0.authMethod == "virtual_key" && $0.credentialID == id }
        default: return !id.isEmpty
        }
    }
}
