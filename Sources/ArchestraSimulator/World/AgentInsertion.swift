import ArchestraAPI

/// Stores raw agent JSON as given, filling in only what a stored agent cannot lack.
enum AgentInsertion {
    static func insert(_ record: JSONValue, into world: inout SimulatedWorld, now: Double) {
        var document = record.objectValue ?? [:]
        if document.text("id") == nil { document["id"] = .string(world.random.uuid()) }
        if document["organizationId"] == nil { document["organizationId"] = .string(world.directory.organizationID) }
        if document["createdAt"] == nil { document["createdAt"] = JSON.timestamp(now) }
        if document["updatedAt"] == nil { document["updatedAt"] = document["createdAt"] }
        let row = AgentRow(document: document)
        // A replaced agent starts a new history from what it now claims to be.
        world.agentVersions[row.id] = nil
        world.agents.upsert(row)
    }
}
