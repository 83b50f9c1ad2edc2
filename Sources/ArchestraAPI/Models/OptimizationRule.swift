import Foundation

/// A Terraform-era model-routing rule (`GET /api/optimization-rules`, absent from 1.4.0-beta.1):
/// requests matching every condition go to `targetModel`.
public struct OptimizationRule: LenientDecodable, Equatable {
    /// One condition; unknown kinds are kept by name so a newer rule still shows.
    public enum Condition: Sendable, Equatable {
        case maxLength(Int)
        case hasTools(Bool)
        case unknown(String)
    }

    public var id: String
    public var entityType: String
    public var entityId: String
    public var conditions: [Condition]
    public var provider: String
    public var targetModel: String
    public var enabled: Bool

    public init(json: JSONValue) throws {
        id = try json.requiredID()
        entityType = json.string("entityType") ?? ""
        entityId = json.string("entityId") ?? ""
        conditions = json.array("conditions").flatMap { condition -> [Condition] in
            guard let members = condition.objectValue else { return [] }
            return members.keys.sorted().map { key in
                switch key {
                case "maxLength": condition.int(key).map(Condition.maxLength) ?? .unknown(key)
                case "hasTools": condition.bool(key).map(Condition.hasTools) ?? .unknown(key)
                default: .unknown(key)
                }
            }
        }
        provider = json.string("provider") ?? ""
        targetModel = json.string("targetModel") ?? ""
        enabled = json.bool("enabled") ?? false
    }
}

/// `{ "success": true }`, the answer to a delete.
public struct DeleteResult: LenientDecodable, Equatable {
    public var success: Bool

    public init(json: JSONValue) throws {
        try json.requireObject("a delete result")
        success = json.bool("success") ?? false
    }
}
