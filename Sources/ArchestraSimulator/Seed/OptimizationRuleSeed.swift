import ArchestraAPI

/// Seeds the Terraform-era optimization rules of a 1.2 world (API notes §9.1); a 1.4 world has none.
struct OptimizationRuleSeed {
    let directory: Directory
    let now: Double

    func make(agents: AgentTable, random: inout SplitMix64) -> [JSONObject] {
        let support = directory.teams.first { $0.name == "Support" }?.id
        let research = agents.rows.first { $0.name == "Research Assistant" }?.id
        let rules: [(entityType: String, entityID: String?, conditions: [JSONObject], provider: String, model: String, enabled: Bool)] = [
            ("organization", directory.organizationID, [["maxLength": .number(500)]], "openai", "gpt-4o-mini", true),
            ("team", support, [["maxLength": .number(1_000)], ["hasTools": .bool(false)]], "anthropic", "claude-haiku-4-5", true),
            ("agent", research, [["hasTools": .bool(false)]], "openai", "gpt-4o-mini", false),
        ]
        return rules.enumerated().compactMap { offset, rule -> JSONObject? in
            guard let entityID = rule.entityID else { return nil }
            let created = now - Double(120 - offset * 30) * Timestamp.day
            return [
                "id": .string(random.uuid()), "entityType": .string(rule.entityType), "entityId": .string(entityID),
                "conditions": .array(rule.conditions.map(JSONValue.object)), "provider": .string(rule.provider),
                "targetModel": .string(rule.model), "enabled": .bool(rule.enabled),
                "createdAt": JSON.timestamp(created), "updatedAt": JSON.timestamp(created + Double(offset) * Timestamp.day),
            ]
        }
    }
}
