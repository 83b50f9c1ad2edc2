import ArchestraAPI

/// Knowledge bases generated beyond the hand-written ones (`SimulatorOptions.knowledgeBaseCount`).
///
/// Drawn from a generator of their own, so asking for more knowledge bases changes no other seeded value.
struct GeneratedKnowledgeSeed {
    let directory: Directory
    let now: Double

    private static let topics = [
        "Billing", "Onboarding", "Security", "Legal", "Product", "Infrastructure", "Design", "Finance", "Support", "Data",
    ]
    private static let kinds = ["Handbook", "Wiki", "Runbooks", "FAQ", "Archive", "Specs", "Notes"]

    func make(count: Int, seed: UInt64) -> [KnowledgeBaseRecord] {
        var random = SplitMix64(seed: seed ^ 0x6B62_5F73_6565_64)  // "kb_seed"
        return (0..<max(count, 0)).map { offset in
            let number = offset + 1
            let name = "\(Self.topics[offset % Self.topics.count]) \(Self.kinds[(offset / Self.topics.count) % Self.kinds.count]) \(number)"
            let created = now - random.double(in: 1...400) * Timestamp.day
            let creator = directory.people[offset % directory.people.count]
            // One in thirteen is unhealthy, so a long list still shows the state somewhere on each screen.
            let unhealthy = number % 13 == 0
            let document: JSONObject = [
                "id": .string(random.uuid()), "organizationId": .string(directory.organizationID), "name": .string(name),
                "description": number % 4 == 0 ? .null : .string("Generated knowledge base number \(number)"),
                "status": .string("active"),
                "createdAt": JSON.timestamp(created),
                "updatedAt": JSON.timestamp(min(now - 60, created + random.double(in: 0...30) * Timestamp.day)),
                "deletedAt": .null, "createdBy": creator.createdByJSON, "connectors": .array([]),
                "totalDocsIndexed": JSON.int(random.int(in: 0...5_000)), "assignedAgents": .array([]), "labels": .array([]),
            ]
            var health: JSONObject = ["status": .string(unhealthy ? "unhealthy" : "healthy")]
            if unhealthy { health["message"] = .string("The last indexing run failed: embedding quota exceeded") }
            return KnowledgeBaseRecord(document: document, health: health)
        }
    }
}
