/// The parameters of a request as one comparable value, whatever their type: a request whose key
/// changed (another page, filter or timeframe) replaces the one under way.
public struct RequestKey: Hashable, @unchecked Sendable, CustomStringConvertible {
    // Only Sendable values go in (see `init`), so sharing the box across tasks is safe.
    private let box: AnyHashable

    public init<Parameters: Hashable & Sendable>(_ parameters: Parameters) {
        box = AnyHashable(parameters)
    }

    /// The parameters, when they are of type `Parameters`.
    public func parameters<Parameters: Hashable & Sendable>(as type: Parameters.Type = Parameters.self) -> Parameters? {
        box.base as? Parameters
    }

    public var description: String { String(describing: box.base) }

    /// For sources that take no parameters.
    public static let none = RequestKey(NoParameters())
}

/// The parameters of a source that always asks the same thing.
public struct NoParameters: Hashable, Sendable {
    public init() {}
}
