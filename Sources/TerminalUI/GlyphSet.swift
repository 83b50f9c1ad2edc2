/// The characters widgets draw with, so the whole UI can fall back to plain ASCII when the
/// terminal's locale is not UTF-8 (non-ASCII glyphs would then draw blank).
public struct GlyphSet: Sendable, Equatable {
    // Box drawing
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    public var teeLeft: String
    public var teeRight: String
    public var teeUp: String
    public var teeDown: String
    public var cross: String

    /// Marks truncated text; always one column wide.
    public var ellipsis: String
    /// Eight sparkline levels, lowest first.
    public var sparkLevels: [String]
    /// A fully filled gauge cell.
    public var gaugeFull: String
    /// Partially filled gauge cells for 1/8 ... 7/8; empty when the set has no partials.
    public var gaugePartials: [String]
    /// The unfilled part of a gauge.
    public var gaugeEmpty: String
    public var bullet: String
    public var arrowUp: String
    public var arrowDown: String
    public var arrowRight: String
    public var check: String
    public var crossMark: String
    /// Whether charts may use braille dots (2x4 per cell).
    public var usesBraille: Bool

    /// Whether the terminal can show only 7-bit ASCII: any other text is drawn as placeholders.
    public var isASCIIOnly: Bool { !usesBraille }

    /// Unicode box drawing, block elements and braille.
    public static let unicode = GlyphSet(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeLeft: "├", teeRight: "┤", teeUp: "┴", teeDown: "┬", cross: "┼",
        ellipsis: "…",
        sparkLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        gaugeFull: "█", gaugePartials: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], gaugeEmpty: "░",
        bullet: "•", arrowUp: "▲", arrowDown: "▼", arrowRight: "▶", check: "✓", crossMark: "✗",
        usesBraille: true)

    /// Plain 7-bit ASCII for terminals without UTF-8.
    public static let ascii = GlyphSet(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeLeft: "+", teeRight: "+", teeUp: "+", teeDown: "+", cross: "+",
        ellipsis: "~",
        sparkLevels: ["_", ".", "-", "=", "+", "*", "#", "@"],
        gaugeFull: "#", gaugePartials: [], gaugeEmpty: ".",
        bullet: "*", arrowUp: "^", arrowDown: "v", arrowRight: ">", check: "+", crossMark: "x",
        usesBraille: false)

    /// Unicode glyphs for a UTF-8 codeset ("UTF-8", "utf8", any case), ASCII otherwise.
    public static func forCodeset(_ codeset: String) -> GlyphSet {
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8" ? .unicode : .ascii
    }
}
