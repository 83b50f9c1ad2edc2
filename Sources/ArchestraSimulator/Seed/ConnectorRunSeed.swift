import ArchestraAPI

/// Seeds a history of runs for every connector, ending in its `lastSyncStatus`: a failing connector has
/// failed for its last few runs (and keeps failing), one in progress holds a run that only a cancel ends.
///
/// Uses a generator of its own, so adding runs changed no other seeded value.
struct ConnectorRunSeed {
    let generation: APIGeneration

    /// Runs per connector, six hours apart (the seeded schedule).
    static let historyLength = 5

    func seed(_ world: inout SimulatedWorld, seed: UInt64) {
        var random = SplitMix64(seed: seed ^ 0x7275_6E73)  // "runs"
        var store = ConnectorRunStore(random: SplitMix64(seed: seed ^ 0x636F_6E6E_7275_6E73))
        for connector in world.connectors {
            guard let id = connector.text("id"), let last = connector.time("lastSyncAt") else { continue }
            let lastStatus = connector.text("lastSyncStatus") ?? "success"
            let lastError = connector.text("lastSyncError")
            if lastStatus == "failed", let lastError { store.failures[id] = lastError }
            var runs: [JSONObject] = []
            for age in 0..<Self.historyLength {
                let started = last - Double(age) * 6 * Timestamp.hour - random.double(in: 60...300)
                // The latest run has the connector's status; a failing connector failed twice before it too.
                let status = age == 0 ? lastStatus : (lastStatus == "failed" && age < 3 ? "failed" : "success")
                let inProgress = status == "running" || status == "queued"
                let items = random.int(in: 50...900)
                let ingested = status == "success" ? random.int(in: 0...(items / 6)) : 0
                let duration = random.double(in: 40...400)
                let error = status == "success" ? nil : (age == 0 ? lastError : lastError ?? "sync failed")
                var run: JSONObject = [
                    "id": .string(random.uuid()), "connectorId": .string(id), "status": .string(status),
                    "startedAt": JSON.timestamp(started), "completedAt": inProgress ? .null : JSON.timestamp(started + duration),
                    "documentsProcessed": JSON.int(inProgress ? items / 3 : items), "documentsIngested": JSON.int(ingested),
                    "totalItems": inProgress ? .null : JSON.int(items), "totalBatches": JSON.int(items / 50 + 1),
                    "completedBatches": JSON.int(inProgress ? items / 150 : items / 50 + 1),
                    "itemErrors": JSON.int(status == "completed_with_errors" ? 12 : 0),
                    "itemsSkipped": JSON.int(items - ingested), "error": JSON.string(error), "checkpoint": .null,
                    "createdAt": JSON.timestamp(started),
                    "logs": .string("listing items\n" + (error.map { "error: \($0)\n" } ?? (inProgress ? "" : "done\n"))),
                ]
                if generation.connectorSyncsQueue { run["runType"] = .string("content") }
                if inProgress {
                    store.active[id] = ActiveSync(
                        runID: run.text("id") ?? "", startedAt: started, failure: nil, documents: items, holds: true)
                }
                runs.append(run)
            }
            store.runs[id] = runs
        }
        world.connectorRuns = store
    }
}
