/// The panes the digit keys open: `1` the first favourite, `9` the ninth. Any number of panes can
/// exist; only nine have a digit, and `:` reaches every one.
public struct Favorites: Sendable, Equatable {
    /// Digit n opens `slots[n - 1]`; a nil slot (a misspelt entry in the config file) opens nothing,
    /// so the entries after it keep the digits the person gave them.
    public private(set) var slots: [Pane?]

    public static let maximum = 9
    public static let defaults = Favorites(panes: ResourceRegistry.defaultFavorites)

    public init(panes: [Pane]) {
        self.slots = Array(panes.prefix(Self.maximum))
    }

    init(slots: [Pane?]) {
        self.slots = Array(slots.prefix(Self.maximum))
    }

    /// From `favorites:` in config.yaml: pane commands or aliases (`[agents, l, kb]`), and what was
    /// wrong with them, said at start like the problems of `keys:`.
    public static func from(commands: [String]) -> (favorites: Favorites, problems: [String]) {
        var slots: [Pane?] = []
        var problems: [String] = []
        let known = Pane.allCases.compactMap(\.commands.first).joined(separator: ", ")
        for (index, command) in commands.enumerated() {
            let digit = index + 1
            guard digit <= maximum else {
                problems.append("favorites: only \(maximum) digits; '\(command)' and any after it are left out")
                break
            }
            let name = command.trimmingCharacters(in: .whitespaces)
            // An empty entry leaves its digit unbound on purpose (or was already reported by the reader).
            guard !name.isEmpty else {
                slots.append(nil)
                continue
            }
            guard let pane = Pane(command: name) else {
                problems.append("favorites: '\(command)' (for \(digit)) is not a pane; \(digit) opens nothing (panes: \(known))")
                slots.append(nil)
                continue
            }
            if let earlier = slots.firstIndex(of: pane) {
                problems.append("favorites: '\(command)' is already on \(earlier + 1); \(digit) opens nothing")
                slots.append(nil)
                continue
            }
            slots.append(pane)
        }
        return (Favorites(slots: slots), problems)
    }

    /// The pane digit `digit` opens, if any.
    public func pane(forDigit digit: Int) -> Pane? {
        guard digit >= 1, digit <= slots.count else { return nil }
        return slots[digit - 1]
    }

    /// The digit that opens `pane`, if it is a favourite.
    public func digit(of pane: Pane) -> Int? {
        slots.firstIndex(of: pane).map { $0 + 1 }
    }

    /// Every favourite with its digit, in digit order.
    public var bound: [(digit: Int, pane: Pane)] {
        slots.enumerated().compactMap { index, pane in pane.map { (index + 1, $0) } }
    }

    /// "1-9" for help and the hint bar ("1" for one favourite); empty when no digit opens anything.
    public var hintKey: String {
        let digits = bound.map(\.digit)
        guard let first = digits.first, let last = digits.last else { return "" }
        return first == last ? "\(first)" : "\(first)-\(last)"
    }
}
