/// Texts that repeat from row to row of a live log — a model's name, an agent's id, a user's — kept once.
///
/// Each page is decoded afresh, so every row came with its own copy of each: 2,000 rows held the same few
/// names thousands of times. Rows take the copy held here instead (Swift strings share their storage).
/// Bounded: past ``limit`` texts it starts again, and rows keep what they already share.
public struct SharedStrings: Sendable, Equatable {
    /// The most texts kept; a server's agents, users and models are far fewer.
    public static let limit = 4_096
    private var strings: Set<String> = []

    public init() {}

    /// `text`, as the copy already held when there is one.
    public mutating func share(_ text: inout String?) {
        guard let value = text else { return }
        if strings.count >= Self.limit { strings.removeAll() }
        text = strings.insert(value).memberAfterInsert
    }

    /// A cache says nothing about the rows: two feeds with the same rows are equal whatever it holds.
    public static func == (left: SharedStrings, right: SharedStrings) -> Bool { true }
}
