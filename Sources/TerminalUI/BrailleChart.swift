/// A line chart over time: braille dots (2x4 per cell), a labelled y-axis on the left
/// (maximum, middle, minimum) and caller-supplied time labels underneath.
///
/// ```
///  $12.00┤      ⢀⠔⠊
///   $6.00┤  ⢀⠔⠉
///   $0.00┤⠔⠁
///        -24h  -12h  now
/// ```
public struct BrailleChart: Sendable {
    /// Each series is drawn across the full width, first value at the left.
    public var series: [[Double]]
    /// Colour of each series; repeats when there are more series than roles.
    public var roles: [ColorRole]
    /// Formats the y-axis labels, e.g. `NumberFormat.money`.
    public var yLabel: @Sendable (Double) -> String
    /// Spread evenly under the plot, first at the left edge, last at the right edge.
    public var xLabels: [String]
    /// Fixed bottom of the scale; nil uses min(0, smallest value).
    public var yMin: Double?
    /// Fixed top of the scale; nil uses the largest value.
    public var yMax: Double?
    /// Shown in the middle of the plot when there is no finite value at all.
    public var emptyMessage: String

    public init(
        series: [[Double]], roles: [ColorRole] = [.chart1, .chart2, .chart3],
        yLabel: @escaping @Sendable (Double) -> String = { NumberFormat.compact($0) },
        xLabels: [String] = [], yMin: Double? = nil, yMax: Double? = nil, emptyMessage: String = "no data"
    ) {
        self.series = series
        self.roles = roles
        self.yLabel = yLabel
        self.xLabels = xLabels
        self.yMin = yMin
        self.yMax = yMax
        self.emptyMessage = emptyMessage
    }

    /// The bottom and top of the y scale; never an empty range.
    public var yRange: (low: Double, high: Double) {
        let finite = series.joined().filter(\.isFinite)
        let fixedLow = yMin.flatMap { $0.isFinite ? $0 : nil }
        let fixedHigh = yMax.flatMap { $0.isFinite ? $0 : nil }
        let low = fixedLow ?? min(0, finite.min() ?? 0)
        var high = fixedHigh ?? (finite.max() ?? low + 1)
        if high <= low { high = low + 1 }
        return (low, high)
    }

    /// Draws axis labels, the plot and the time labels (bottom row) into `rect`.
    public func render(into buffer: inout ScreenBuffer, rect: Rect, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        let hasTimeAxis = !xLabels.isEmpty && rect.height >= 2
        let plotHeight = rect.height - (hasTimeAxis ? 1 : 0)
        let (low, high) = yRange
        let labels = axisLabels(low: low, high: high, rows: plotHeight)
        let labelWidth = min(rect.width / 2, labels.map { DisplayWidth.of(Sanitizer.clean($0.text)) }.max() ?? 0)

        for label in labels {
            let text = DisplayWidth.pad(label.text, to: labelWidth, alignment: .right, ellipsis: glyphs.ellipsis)
            buffer.put(text, x: rect.x, y: rect.y + label.row, maxWidth: labelWidth, style: CellStyle(.muted), glyphs: glyphs)
        }
        let axisX = rect.x + labelWidth
        guard axisX < rect.maxX else { return }
        let labelledRows = Set(labels.map(\.row))
        for row in 0..<plotHeight {
            let glyph = labelledRows.contains(row) ? glyphs.teeRight : glyphs.vertical
            buffer.put(glyph, x: axisX, y: rect.y + row, maxWidth: 1, style: CellStyle(.border), glyphs: glyphs, overflow: .clip)
        }
        let plot = Rect(x: axisX + 1, y: rect.y, width: rect.maxX - axisX - 1, height: plotHeight)
        guard !plot.isEmpty else { return }
        drawSeries(into: &buffer, plot: plot, low: low, high: high, glyphs: glyphs)
        if hasTimeAxis {
            drawTimeLabels(into: &buffer, x: plot.x, y: rect.y + plotHeight, width: plot.width, glyphs: glyphs)
        }
    }

    // MARK: - Pieces

    private func axisLabels(low: Double, high: Double, rows: Int) -> [(row: Int, text: String)] {
        guard rows > 0 else { return [] }
        var labels = [(row: 0, text: yLabel(high))]
        if rows >= 3 { labels.append((row: (rows - 1) / 2, text: yLabel((high + low) / 2))) }
        if rows >= 2 { labels.append((row: rows - 1, text: yLabel(low))) }
        return labels
    }

    private func drawSeries(into buffer: inout ScreenBuffer, plot: Rect, low: Double, high: Double, glyphs: GlyphSet) {
        var canvas = DotCanvas(columns: plot.width, rows: plot.height, usesBraille: glyphs.usesBraille)
        var anyPoint = false
        for (index, values) in series.enumerated() {
            let role = roles.isEmpty ? .chart1 : roles[index % roles.count]
            var previous: (x: Int, y: Int)?
            for (position, value) in values.enumerated() {
                guard value.isFinite else {
                    previous = nil  // a gap in the data breaks the line
                    continue
                }
                let point = dot(position: position, count: values.count, value: value, low: low, high: high, canvas: canvas)
                if let previous {
                    canvas.line(from: previous, to: point, role: role)
                } else {
                    canvas.plot(x: point.x, y: point.y, role: role)
                }
                previous = point
                anyPoint = true
            }
        }
        guard anyPoint else {
            let message = DisplayWidth.pad(emptyMessage, to: plot.width, alignment: .center, ellipsis: glyphs.ellipsis)
            buffer.put(
                message, x: plot.x, y: plot.y + (plot.height - 1) / 2, maxWidth: plot.width,
                style: CellStyle(.muted), glyphs: glyphs)
            return
        }
        for row in 0..<plot.height {
            for column in 0..<plot.width {
                guard let cell = canvas.cell(column: column, row: row) else { continue }
                buffer.put(
                    cell.text, x: plot.x + column, y: plot.y + row, maxWidth: 1, style: CellStyle(cell.role), glyphs: glyphs,
                    overflow: .clip)
            }
        }
    }

    /// Where a value lands on the canvas; one point sits at the right edge (the newest).
    private func dot(
        position: Int, count: Int, value: Double, low: Double, high: Double,
        canvas: DotCanvas
    ) -> (x: Int, y: Int) {
        let lastX = canvas.dotWidth - 1
        let lastY = canvas.dotHeight - 1
        let x = count <= 1 ? lastX : Int((Double(position) * Double(lastX) / Double(count - 1)).rounded())
        let clamped = min(high, max(low, value))
        let y = Int(((high - clamped) / (high - low) * Double(lastY)).rounded())
        return (x, min(lastY, max(0, y)))
    }

    private func drawTimeLabels(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, glyphs: GlyphSet) {
        let labels = xLabels.map(Sanitizer.clean)
        var nextFree = 0
        for (index, label) in labels.enumerated() {
            let labelWidth = DisplayWidth.of(label)
            let start: Int
            if index == 0 || labels.count == 1 {
                start = 0
            } else if index == labels.count - 1 {
                start = width - labelWidth
            } else {
                let anchor = Int((Double(index) * Double(width - 1) / Double(labels.count - 1)).rounded())
                start = anchor - labelWidth / 2
            }
            // Leave out labels that would overlap a neighbour or stick out of the plot.
            guard start >= nextFree, start + labelWidth <= width else { continue }
            buffer.put(label, x: x + start, y: y, maxWidth: labelWidth, style: CellStyle(.muted), glyphs: glyphs)
            nextFree = start + labelWidth + 1
        }
    }
}
