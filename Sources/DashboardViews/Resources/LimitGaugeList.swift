import DashboardCore
import TerminalUI

/// One gauge per usage limit, worst first: entity, bar with percent, and the forecast.
enum LimitGaugeList {
    static func render(_ context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        let state = context.state
        let figures = state.limitFigures
        let heading = [Segment("Usage limits", CellStyle(.title, .bold)), Segment(context.text(" worst first"), CellStyle(.muted))]
        let headingEnd = Segment.draw(heading, into: &buffer, x: rect.x, y: rect.y, maxX: rect.maxX, glyphs: context.glyphs)
        // When the status line already says what is wrong, it is not said twice.
        if let error = state.limits.error, PaneSource.failing(for: state) == nil {
            SourceErrorText(
                error, source: LimitsResource.source.erased, status: state.limits.status, now: state.now, ascii: context.isASCII
            )
            .draw(
                into: &buffer, prefix: "  " + context.warningSign + " ", x: headingEnd, y: rect.y, maxX: rect.maxX,
                style: CellStyle(.error, .bold), glyphs: context.glyphs)
        }
        let rows = max(0, rect.height - 1)
        guard !figures.isEmpty else {
            let text = state.limits.value == nil ? "loading usage limits…" : "no usage limits"
            buffer.put(context.text(text), x: rect.x + 2, y: rect.y + 1, style: CellStyle(.muted), glyphs: context.glyphs)
            return
        }
        let labelWidth = min(32, max(14, rect.width / 4))
        let forecastWidth = min(44, max(20, rect.width * 2 / 5))
        let stale = state.isStale(LimitsResource.source.erased)
        for (offset, limit) in figures.prefix(rows).enumerated() {
            let y = rect.y + 1 + offset
            let labelStyle = RowStyle.style(for: limit.rowLevel, stale: stale) ?? CellStyle(.normal)
            buffer.put(
                limit.entityName + " " + limit.typeLabel, x: rect.x + 1, y: y, maxWidth: labelWidth,
                style: labelStyle, glyphs: context.glyphs)
            let gaugeX = rect.x + 2 + labelWidth
            let gaugeWidth = max(0, rect.maxX - gaugeX - forecastWidth - 1)
            let gaugeRect = Rect(x: gaugeX, y: y, width: gaugeWidth, height: 1)
            if let fraction = limit.fraction {
                Gauge(fraction: fraction).render(into: &buffer, rect: gaugeRect, glyphs: context.glyphs)
            } else {
                buffer.put(
                    NumberFormat.notAvailable, x: gaugeX, y: y, maxWidth: gaugeWidth, style: CellStyle(.muted), glyphs: context.glyphs)
            }
            let forecast = limit.usedText + "/" + limit.valueText + " " + limit.forecastText
            buffer.put(
                context.text(forecast), x: gaugeX + gaugeWidth + 1, y: y, maxWidth: forecastWidth,
                style: labelStyle, glyphs: context.glyphs)
        }
        if figures.count > rows, rows > 0 {
            let more = "+\(figures.count - rows + 1) more (7 Limits)"
            let y = rect.y + rows
            buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1))
            buffer.put(more, x: rect.x + 1, y: y, style: CellStyle(.muted), glyphs: context.glyphs)
        }
    }
}
