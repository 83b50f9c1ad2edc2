/// What a piece of text means on screen; a `Theme` turns each role into colours.
public enum ColorRole: String, Sendable, CaseIterable {
    case normal, dim, header, title, border, accent, selection
    case ok, warning, danger
    /// Over 100 % of a limit.
    case critical
    case info, muted, chart1, chart2, chart3, keyHint, stale, error
}

/// Terminal text attributes, combined freely.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
    public static let blink = TextAttributes(rawValue: 1 << 4)
}

/// The style of one cell: a semantic role plus extra attributes on top of the theme's.
public struct CellStyle: Sendable, Hashable {
    public var role: ColorRole = .normal
    public var attributes: TextAttributes = []

    public init(_ role: ColorRole = .normal, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }
}

/// How text sits inside a wider space.
public enum Alignment: Sendable {
    case left, right, center
}
