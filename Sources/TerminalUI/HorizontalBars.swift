/// One labelled value of a `HorizontalBars` chart.
public struct BarItem: Sendable, Equatable {
    public var label: String
    public var value: Double
    /// Bar colour; nil uses the chart's role.
    public var role: ColorRole?

    public init(label: String, value: Double, role: ColorRole? = nil) {
        self.label = label
        self.value = value
        self.role = role
    }
}

/// Labelled bars scaled to the largest value, one per row:
/// `gpt-4o  ██████████▌ 1.2k`.
public struct HorizontalBars: Sendable {
    public var items: [BarItem]
    /// Formats the value shown after each bar.
    public var valueFormatter: @Sendable (Double) -> String
    public var role: ColorRole
    /// Labels never take more than this share of the width.
    public var maxLabelFraction: Double

    public init(items: [BarItem], role: ColorRole = .chart1, maxLabelFraction: Double = 0.4,
                valueFormatter: @escaping @Sendable (Double) -> String = { NumberFormat.compact($0) }) {
        self.items = items
        self.valueFormatter = valueFormatter
        self.role = role
        self.maxLabelFraction = maxLabelFraction
    }

    /// Convenience for literal (label, value) pairs.
    public init(items: [(label: String, value: Double)], role: ColorRole = .chart1,
                valueFormatter: @escaping @Sendable (Double) -> String = { NumberFormat.compact($0) }) {
        self.init(items: items.map { BarItem(label: $0.label, value: $0.value) }, role: role, valueFormatter: valueFormatter)
    }

    /// Draws one item per row from the top of `rect`; items beyond its height are left out.
    /// Negative and non-finite values draw as empty bars.
    public func render(into buffer: inout ScreenBuffer, rect: Rect, glyphs: GlyphSet) {
        guard !rect.isEmpty, !items.isEmpty else { return }
        let shown = Array(items.prefix(rect.height))
        let labelLimit = Int(Double(rect.width) * min(1, max(0, maxLabelFraction)))
        let labelWidth = min(labelLimit, shown.map { DisplayWidth.of(Sanitizer.clean($0.label)) }.max() ?? 0)
        let values = shown.map { Sanitizer.clean(valueFormatter($0.value)) }
        let valueWidth = values.map { DisplayWidth.of($0) }.max() ?? 0
        let top = shown.map { $0.value.isFinite ? $0.value : 0 }.max() ?? 0
        let barX = rect.x + (labelWidth > 0 ? labelWidth + 1 : 0)
        let barWidth = rect.maxX - barX - (valueWidth > 0 ? valueWidth + 1 : 0)

        for (row, item) in shown.enumerated() {
            let y = rect.y + row
            if labelWidth > 0 {
                buffer.put(DisplayWidth.pad(item.label, to: labelWidth, alignment: .left, ellipsis: glyphs.ellipsis),
                           x: rect.x, y: y, maxWidth: labelWidth, glyphs: glyphs)
            }
            var valueX = barX
            if barWidth > 0 {
                let fraction = top > 0 && item.value.isFinite ? item.value / top : 0
                let bar = BarFill.filled(fraction: fraction, width: barWidth, glyphs: glyphs)
                valueX += buffer.put(bar, x: barX, y: y, maxWidth: barWidth, style: CellStyle(item.role ?? role), glyphs: glyphs, overflow: .clip)
                valueX += 1
            }
            buffer.put(values[row], x: valueX, y: y, maxWidth: rect.maxX - valueX, style: CellStyle(.muted), glyphs: glyphs)
        }
    }
}
