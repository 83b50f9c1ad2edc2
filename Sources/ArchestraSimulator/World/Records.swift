import ArchestraAPI

/// A knowledge base: its list-shape document and its health report.
struct KnowledgeBaseRecord: Sendable {
    var document: JSONObject
    var health: JSONObject

    var id: String { document.text("id") ?? "" }
    var isDeleted: Bool { document["deletedAt"].map { !$0.isNull } ?? false }

    /// The reduced shape get/create/update return (no connectors, counts, agents or labels).
    var reducedDocument: JSONObject {
        document.filter {
            ["id", "organizationId", "name", "description", "status", "createdAt", "updatedAt", "deletedAt", "createdBy"].contains($0.key)
        }
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
