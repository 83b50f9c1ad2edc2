import Foundation
import ArchestraAPI

extension LimitsResource {
    /// The form's list of whom a new limit can apply to.
    static let entities = "entity"

    /// The limits editor's context: the standard one, plus whom a new limit can apply to.
    @Sendable static func editContext(_ state: AppState) -> EditContext {
        var context = EditContext.standard(state)
        context.choices[entities] = entityChoices(in: state)
        return context
    }

    /// The organisation, every team, the agents and users the console knows: "organization",
    /// "team Platform", "agent support-bot", "user ada"; picking one sets `entityType` and `entityId`.
    static func entityChoices(in state: AppState) -> [EditChoice] {
        func choice(_ type: String, _ id: String, _ name: String) -> EditChoice {
            EditChoice(
                label: type == "organization" ? "organization" : "\(type) \(name)",
                fields: ["entityType": .string(type), "entityId": .string(id)])
        }
        var choices: [EditChoice] = []
        let organization =
            (state.limits.value ?? []).first { $0.entityType == .organization }?.entityId
            ?? state.agents.value?.pages.values.first?.first?.raw.string("organizationId")
        if let organization { choices.append(choice("organization", organization, "organization")) }
        choices += state.teamNameList.map { choice("team", $0.id, $0.name) }
        var agentNames: [String: String] = [:]
        for page in state.agents.value?.pages.values ?? [:].values { for agent in page { agentNames[agent.id] = agent.name } }
        for stat in state.agentStats.value ?? [] where agentNames[stat.agentId] == nil { agentNames[stat.agentId] = stat.agentName }
        choices += agentNames.sorted { $0.value < $1.value }.map { choice("agent", $0.key, $0.value) }
        choices += state.users.sorted { $0.value < $1.value }.map { choice("user", $0.key, $0.value) }
        return choices
    }
}
