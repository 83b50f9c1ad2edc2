/// A horizontal usage bar: `label ████▋░░░░ 58%`, coloured by how close to the limit it is.
public struct Gauge: Sendable {
    /// Used fraction of the limit; above 1.0 means over the limit.
    public var fraction: Double
    /// Text drawn before the bar.
    public var label: String?
    /// Columns reserved for the label; nil uses the label's own width.
    public var labelWidth: Int?
    /// Whether the percent follows the bar (tables with a percent column of their own say no).
    public var showsPercent: Bool

    public init(fraction: Double, label: String? = nil, labelWidth: Int? = nil, showsPercent: Bool = true) {
        self.fraction = fraction
        self.label = label
        self.labelWidth = labelWidth
        self.showsPercent = showsPercent
    }

    /// The role for a fraction: below 0.75 `.ok`, below 0.9 `.warning`, up to 1.0 `.danger`,
    /// above 1.0 `.critical`. Non-finite values count as 0.
    public static func role(for fraction: Double) -> ColorRole {
        guard fraction.isFinite else { return .ok }
        if fraction > 1.0 { return .critical }
        if fraction >= 0.9 { return .danger }
        if fraction >= 0.75 { return .warning }
        return .ok
    }

    /// The style of the filled bar and percent text.
    public static func style(for fraction: Double) -> CellStyle {
        let role = role(for: fraction)
        return role == .critical ? CellStyle(.critical, [.reverse, .blink]) : CellStyle(role)
    }

    /// Draws on the first row of `rect`: label, bar, then the percent text.
    /// Over the limit the bar is full and blinking and the percent is in reverse video; the bar is
    /// drawn with full-block glyphs (not reverse spaces) so it stays visible without colour.
    public func render(into buffer: inout ScreenBuffer, rect: Rect, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        var x = rect.x
        var remaining = rect.width
        if let label {
            let width = min(labelWidth ?? DisplayWidth.of(label), max(0, remaining - 1))
            if width > 0 {
                let padded = DisplayWidth.pad(label, to: width, alignment: .left, ellipsis: glyphs.ellipsis)
                buffer.put(padded, x: x, y: rect.y, maxWidth: width, glyphs: glyphs)
                x += width + 1
                remaining -= width + 1
            }
        }
        let style = Self.style(for: fraction)
        guard showsPercent else {
            drawBar(into: &buffer, x: x, y: rect.y, width: remaining, style: style, glyphs: glyphs)
            return
        }
        let percent = NumberFormat.percent(fraction.isFinite ? fraction : nil)
        let percentWidth = DisplayWidth.of(percent)
        let barWidth = remaining - percentWidth - 1
        guard barWidth > 0 else {
            buffer.put(percent, x: x, y: rect.y, maxWidth: remaining, style: style, glyphs: glyphs)
            return
        }
        drawBar(into: &buffer, x: x, y: rect.y, width: barWidth, style: style, glyphs: glyphs)
        buffer.put(" ", x: x + barWidth, y: rect.y, maxWidth: 1, glyphs: glyphs)
        buffer.put(percent, x: x + barWidth + 1, y: rect.y, maxWidth: percentWidth, style: style, glyphs: glyphs)
    }

    private func drawBar(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, style: CellStyle, glyphs: GlyphSet) {
        if style.role == .critical {
            let bar = String(repeating: glyphs.gaugeFull, count: width)
            buffer.put(bar, x: x, y: y, maxWidth: width, style: CellStyle(.critical, [.bold, .blink]), glyphs: glyphs, overflow: .clip)
            return
        }
        let filled = BarFill.filled(fraction: fraction, width: width, glyphs: glyphs)
        let used = buffer.put(filled, x: x, y: y, maxWidth: width, style: style, glyphs: glyphs, overflow: .clip)
        let empty = String(repeating: glyphs.gaugeEmpty, count: width - used)
        buffer.put(empty, x: x + used, y: y, maxWidth: width - used, style: CellStyle(.muted), glyphs: glyphs, overflow: .clip)
    }
}
