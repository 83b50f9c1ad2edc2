/// The name of one thing the console polls, or of one family of per-row look-ups.
public struct SourceID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) {
        self.name = name
    }

    public var description: String { name }

    public static func < (left: SourceID, right: SourceID) -> Bool { left.name < right.name }
}
