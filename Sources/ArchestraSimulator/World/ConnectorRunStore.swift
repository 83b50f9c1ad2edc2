import ArchestraAPI

/// A sync under way: it moves `queued` → `running` → `success`/`failed` on the clock (see ``ConnectorRunStore``).
struct ActiveSync: Sendable {
    var runID: String
    var startedAt: Double
    /// The run's `error` when it ends; `nil` for a run that succeeds.
    var failure: String?
    var documents: Int
    /// Seeded runs already in progress: long syncs that only a cancel ends.
    var holds: Bool = false
    /// Seconds of phases skipped by traffic ticks, counted as if they had passed.
    var skipped: Double = 0

    func elapsed(now: Double) -> Double { now - startedAt + skipped }
}

/// Runs of every connector (newest first) and the syncs in progress.
struct ConnectorRunStore: Sendable {
    /// Connector id → run documents, newest first; each keeps its `logs`, which lists leave out.
    var runs: [String: [JSONObject]] = [:]
    /// Connector id → its sync in progress (at most one: a second sync is a 409).
    var active: [String: ActiveSync] = [:]
    /// Connector id → the error every sync of it ends with (a seeded broken credential).
    var failures: [String: String] = [:]
    /// Ids and document counts of new runs; separate from the world's generator.
    var random = SplitMix64(seed: 0x636F_6E6E_7275_6E73)  // "connruns"

    /// Seconds a sync waits as `queued` (servers that queue) and then runs: a console polling every
    /// second sees each state within about four seconds.
    static let queuedSeconds: Double = 1
    static let runningSeconds: Double = 3
}

extension SimulatedWorld {
    /// Index of a live connector, or 404 `Connector not found`.
    func connectorIndex(_ id: String) throws -> Int {
        guard let index = connectors.firstIndex(where: { $0.text("id") == id && ($0["deletedAt"]?.isNull ?? true) }) else {
            throw APIError.notFound("Connector not found")
        }
        return index
    }

    /// Starts a sync of connector `id` now: 409 while one is in progress.
    mutating func startConnectorSync(_ id: String, now: Double) throws -> JSONValue {
        let index = try connectorIndex(id)
        guard connectorRuns.active[id] == nil else {
            throw APIError.conflict("A sync is already in progress for this connector")
        }
        let runID = connectorRuns.random.uuid()
        let documents = connectorRuns.random.int(in: 40...600)
        let queues = generation.connectorSyncsQueue
        var run: JSONObject = [
            "id": .string(runID), "connectorId": .string(id), "status": .string(queues ? "queued" : "running"),
            "startedAt": JSON.timestamp(now), "completedAt": .null, "documentsProcessed": JSON.int(0),
            "documentsIngested": JSON.int(0), "totalItems": .null, "totalBatches": JSON.int(0), "completedBatches": JSON.int(0),
            "itemErrors": JSON.int(0), "itemsSkipped": JSON.int(0), "error": .null, "checkpoint": .null,
            "createdAt": JSON.timestamp(now), "logs": .string("sync requested\n"),
        ]
        if queues { run["runType"] = .string("content") }
        connectorRuns.runs[id, default: []].insert(run, at: 0)
        connectorRuns.active[id] = ActiveSync(
            runID: runID, startedAt: now, failure: connectorRuns.failures[id], documents: documents)
        connectors[index]["lastSyncStatus"] = run["status"]
        connectors[index]["lastSyncError"] = .null
        return .object(["taskId": .string(runID), "status": .string(generation.syncAnswerStatus)])
    }

    /// Cancels run `runID` of connector `id`: 404 for an unknown run, 409 for one that already ended.
    mutating func cancelConnectorRun(_ id: String, runID: String, now: Double) throws {
        let index = try connectorIndex(id)
        guard let position = connectorRuns.runs[id]?.firstIndex(where: { $0.text("id") == runID }) else {
            throw APIError.notFound("Connector run not found")
        }
        guard connectorRuns.active[id]?.runID == runID else { throw APIError.conflict("This run is not in progress") }
        connectorRuns.active[id] = nil
        connectorRuns.runs[id]?[position]["status"] = .string("cancelled")
        connectorRuns.runs[id]?[position]["completedAt"] = JSON.timestamp(now)
        connectorRuns.runs[id]?[position]["logs"] = .string("sync requested\ncancelled by a user\n")
        connectors[index]["lastSyncStatus"] = .string("cancelled")
        connectors[index]["lastSyncAt"] = JSON.timestamp(now)
    }

    /// Brings every sync up to date with the clock. `skipPhase` moves clock-driven syncs one phase on
    /// as well (``ArchestraSimulator/skipConnectorSyncPhase()``, so tests need not wait).
    mutating func advanceConnectorSyncs(now: Double, skipPhase: Bool = false) {
        for (id, sync) in connectorRuns.active where !sync.holds {
            var sync = sync
            if skipPhase { sync.skipped += phaseLength(elapsed: sync.elapsed(now: now)) }
            connectorRuns.active[id] = sync
            settle(id, sync, now: now)
        }
    }

    /// Seconds of the phase a sync `elapsed` seconds old is in.
    private func phaseLength(elapsed: Double) -> Double {
        generation.connectorSyncsQueue && elapsed < ConnectorRunStore.queuedSeconds
            ? ConnectorRunStore.queuedSeconds : ConnectorRunStore.runningSeconds
    }

    private mutating func settle(_ id: String, _ sync: ActiveSync, now: Double) {
        guard let index = try? connectorIndex(id),
            let position = connectorRuns.runs[id]?.firstIndex(where: { $0.text("id") == sync.runID })
        else {
            connectorRuns.active[id] = nil
            return
        }
        let queued = generation.connectorSyncsQueue ? ConnectorRunStore.queuedSeconds : 0
        let elapsed = sync.elapsed(now: now)
        var run = connectorRuns.runs[id]?[position] ?? [:]
        if elapsed < queued {
            return
        } else if elapsed < queued + ConnectorRunStore.runningSeconds {
            let share = (elapsed - queued) / ConnectorRunStore.runningSeconds
            run["status"] = .string("running")
            run["documentsProcessed"] = JSON.int(Int(Double(sync.documents) * share))
            run["totalItems"] = JSON.int(sync.documents)
            run["logs"] = .string("sync requested\nlisting items\n")
            connectors[index]["lastSyncStatus"] = .string("running")
        } else {
            // When it would have ended, unless ticks hurried it: then now.
            let completed = min(now, sync.startedAt + queued + ConnectorRunStore.runningSeconds)
            let processed = sync.failure == nil ? sync.documents : sync.documents / 3
            run["status"] = .string(sync.failure == nil ? "success" : "failed")
            run["completedAt"] = JSON.timestamp(completed)
            run["documentsProcessed"] = JSON.int(processed)
            run["documentsIngested"] = JSON.int(sync.failure == nil ? processed / 8 : 0)
            run["totalItems"] = JSON.int(sync.documents)
            run["error"] = JSON.string(sync.failure)
            run["logs"] = .string("sync requested\nlisting items\n" + (sync.failure.map { "error: \($0)\n" } ?? "done\n"))
            connectors[index]["lastSyncStatus"] = run["status"]
            connectors[index]["lastSyncError"] = JSON.string(sync.failure)
            connectors[index]["lastSyncAt"] = JSON.timestamp(completed)
            connectorRuns.active[id] = nil
        }
        connectorRuns.runs[id]?[position] = run
    }
}
