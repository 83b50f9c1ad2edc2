/// One row of block levels showing the shape of a series, newest value on the right.
public struct Sparkline: Sendable {
    public var values: [Double]
    /// Fixed top of the scale (e.g. 1.0 for fractions); nil scales to the largest value.
    public var maxValue: Double?
    public var role: ColorRole
    /// Where a series shorter than the width sits.
    public var alignment: Alignment

    public init(values: [Double], maxValue: Double? = nil, role: ColorRole = .chart1, alignment: Alignment = .right) {
        self.values = values
        self.maxValue = maxValue
        self.role = role
        self.alignment = alignment
    }

    /// The level glyphs for the last `width` values (fewer when there are fewer values).
    ///
    /// Values are scaled to the maximum: the maximum shows the top level, zero, negative
    /// and non-finite values the lowest level, and any positive value at least the second
    /// lowest so that small activity stays visible.
    public func text(width: Int, glyphs: GlyphSet) -> String {
        guard width > 0, !glyphs.sparkLevels.isEmpty else { return "" }
        let shown = values.suffix(width).map { $0.isFinite ? max(0, $0) : 0 }
        let top = maxValue.flatMap { $0.isFinite && $0 > 0 ? $0 : nil } ?? (shown.max() ?? 0)
        let levels = glyphs.sparkLevels
        let highest = levels.count - 1
        return shown.map { value -> String in
            guard top > 0, value > 0 else { return levels[0] }
            let level = Int((min(value, top) / top * Double(highest)).rounded())
            return levels[min(highest, max(1, level))]
        }.joined()
    }

    /// Draws on the first row of `rect`.
    public func render(into buffer: inout ScreenBuffer, rect: Rect, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        let line = text(width: rect.width, glyphs: glyphs)
        let padded = DisplayWidth.pad(line, to: rect.width, alignment: alignment)
        buffer.put(padded, x: rect.x, y: rect.y, maxWidth: rect.width, style: CellStyle(role), glyphs: glyphs, overflow: .clip)
    }
}
