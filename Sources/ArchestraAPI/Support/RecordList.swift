/// A list as read from the server, with what did not make it into `items`: records that could not
/// be read (no id) and, for lists read up to a cap, how many the server holds in all.
public struct RecordList<Item: Sendable>: Sendable {
    public var items: [Item]
    /// Records skipped because they could not be read (they lacked what identifies them).
    public var skipped: Int
    /// How many the server holds; more than `items.count + skipped` when the list was cut.
    public var total: Int

    public init(items: [Item], skipped: Int = 0, total: Int? = nil) {
        self.items = items
        self.skipped = skipped
        self.total = total ?? items.count + skipped
    }

    /// Whether the server holds more than was read.
    public var isCut: Bool { total > items.count + skipped }
}

extension RecordList: Equatable where Item: Equatable {}
