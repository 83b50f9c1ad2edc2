import ArchestraAPI

/// An install or reinstall in progress: when it started and how it will end.
struct InstallationRun: Sendable {
    var startedAt: Double
    /// `localInstallationError` the run ends with; `nil` for a run that succeeds.
    var failure: String?
    /// Tools the server gets when the run succeeds (a new install discovers its catalog item's tools).
    var discoveredTools: [JSONObject] = []
}

/// An installed MCP server: its document, its tools and any install in progress.
struct MCPServerRecord: Sendable {
    var document: JSONObject
    var tools: [JSONObject]
    /// The install or reinstall under way, driven by the wall clock (see ``advanceInstallation(now:)``).
    var installation: InstallationRun?

    var id: String { document.text("id") ?? "" }
    var isDeleted: Bool { document["deletedAt"].map { !$0.isNull } ?? false }

    /// Seconds spent in each phase: `pending`, then `discovering-tools`, then `success` — or, for a run
    /// that fails, `pending` then `error`. A console polling every second sees every phase within ~5 s.
    static let phaseSeconds: Double = 2

    /// Starts an install or reinstall now: `pending`, no error.
    mutating func startInstallation(_ run: InstallationRun) {
        installation = run
        document["localInstallationStatus"] = .string("pending")
        document["localInstallationError"] = .null
        document["updatedAt"] = JSON.timestamp(run.startedAt)
    }

    /// Brings `localInstallationStatus` up to date with the clock; `updatedAt` moves with each phase.
    mutating func advanceInstallation(now: Double) {
        guard let run = installation else { return }
        let elapsed = now - run.startedAt
        let status: String
        var error: JSONValue = .null
        if elapsed < Self.phaseSeconds {
            status = "pending"
        } else if let failure = run.failure {
            status = "error"
            error = .string(failure)
            installation = nil
        } else if elapsed < 2 * Self.phaseSeconds {
            status = "discovering-tools"
        } else {
            status = "success"
            if tools.isEmpty { tools = run.discoveredTools }
            installation = nil
        }
        if document.text("localInstallationStatus") != status {
            document["localInstallationStatus"] = .string(status)
            document["localInstallationError"] = error
            document["updatedAt"] = JSON.timestamp(now)
        }
    }

    /// Moves an install one phase forward regardless of the clock (traffic ticks call this).
    mutating func skipPhase(now: Double) {
        guard var run = installation else { return }
        run.startedAt -= Self.phaseSeconds
        installation = run
        advanceInstallation(now: now)
    }
}
