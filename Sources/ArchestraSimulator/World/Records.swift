import ArchestraAPI

/// An installed MCP server: its document, its tools and any reinstall in progress.
struct MCPServerRecord: Sendable {
    var document: JSONObject
    var tools: [JSONObject]
    /// When a reinstall started; the status walks pending → discovering-tools → success from here.
    var reinstallStartedAt: Double?

    var id: String { document.text("id") ?? "" }
    var isDeleted: Bool { document["deletedAt"].map { !$0.isNull } ?? false }

    /// Seconds spent in each reinstall phase.
    static let phaseSeconds: Double = 2

    /// Brings `localInstallationStatus` up to date with the clock.
    mutating func advanceInstallation(now: Double) {
        guard let started = reinstallStartedAt else { return }
        let elapsed = now - started
        let status: String
        if elapsed < Self.phaseSeconds {
            status = "pending"
        } else if elapsed < 2 * Self.phaseSeconds {
            status = "discovering-tools"
        } else {
            status = "success"
            reinstallStartedAt = nil
        }
        if document.text("localInstallationStatus") != status {
            document["localInstallationStatus"] = .string(status)
            document["updatedAt"] = JSON.timestamp(now)
        }
    }

    /// Moves a reinstall one phase forward regardless of the clock (traffic ticks call this).
    mutating func skipPhase(now: Double) {
        guard reinstallStartedAt != nil else { return }
        reinstallStartedAt = (reinstallStartedAt ?? now) - Self.phaseSeconds
        advanceInstallation(now: now)
    }
}

/// A knowledge base: its list-shape document and its health report.
struct KnowledgeBaseRecord: Sendable {
    var document: JSONObject
    var health: JSONObject

    var id: String { document.text("id") ?? "" }
    var isDeleted: Bool { document["deletedAt"].map { !$0.isNull } ?? false }

    /// The reduced shape get/create/update return (no connectors, counts, agents or labels).
    var reducedDocument: JSONObject {
        document.filter { ["id", "organizationId", "name", "description", "status", "createdAt", "updatedAt", "deletedAt", "createdBy"].contains($0.key) }
    }
}

/// Current-window usage of one model against a limit.
struct ModelUsage: Sendable, Equatable {
    var model: String
    var tokensIn: Double
    var tokensOut: Double
    var cost: Double

    var json: JSONValue {
        .object([
            "model": .string(model),
            "tokensIn": .number(tokensIn.rounded()),
            "tokensOut": .number(tokensOut.rounded()),
            "cost": JSON.rounded(cost),
        ])
    }
}

/// A usage limit: its stored fields plus the usage the traffic generator charges to it.
struct LimitRecord: Sendable {
    var document: JSONObject
    /// `nil` renders no `modelUsage` key at all (the contract marks it optional).
    var modelUsage: [ModelUsage]?
    /// Share of `limitValue` the usage drops back to when it passes 130 % (keeps demo limits near their cap).
    var resetRatio: Double

    var id: String { document.text("id") ?? "" }
    var totalCost: Double { (modelUsage ?? []).reduce(0) { $0 + $1.cost } }

    /// The list/get shape: the document with `modelUsage`.
    var listJSON: JSONValue {
        var object = document
        if let modelUsage {
            object["modelUsage"] = .array(modelUsage.map(\.json))
        }
        return .object(object)
    }
}
