import ArchestraAPI

/// What one request fetches: a source, or one row of a per-row look-up.
public enum FetchTarget: Hashable, Sendable, CustomStringConvertible {
    case source(SourceID)
    case item(SourceID, key: String)

    public var description: String {
        switch self {
        case .source(let id): id.name
        case .item(let id, let key): "\(id.name)[\(key)]"
        }
    }
}

/// Exactly what the scheduler asks for; answers are applied only while they still match.
public struct FetchRequest: Hashable, Sendable {
    public var target: FetchTarget
    /// The parameters (page, timeframe…); `.none` for item look-ups.
    public var key: RequestKey

    public init(target: FetchTarget, key: RequestKey) {
        self.target = target
        self.key = key
    }
}

/// Performs one fetch. The production loader talks to the API; tests substitute their own.
public protocol DataLoading: Sendable {
    func load(_ request: FetchRequest) async -> Result<any Sendable, ArchestraError>
}
