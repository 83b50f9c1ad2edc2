import DashboardCore
import TerminalUI

/// The first overview rows: title with live rates, totals with savings, and the top team, agent and model.
enum OverviewSummary {
    static func render(_ context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        let state = context.state
        let glyphs = context.glyphs
        let sep = context.separator
        var title = [Segment("Overview", CellStyle(.title, .bold)), Segment(" last \(state.timeframe.rawValue)", CellStyle(.muted))]
        // Errors are said once, on the status line; here only how old the figures are.
        if state.isStale(Sources.overview.erased), let age = context.age(state.overview.status) {
            title.append(Segment(sep + "stale, updated " + age, CellStyle(.stale, .bold)))
        }
        let rates = rateSegments(context, width: rect.width - DisplayWidth.of("Overview last \(state.timeframe.rawValue)") - 1)
        let ratesWidth = rates.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let ratesX = max(rect.x, rect.maxX - ratesWidth)
        Segment.draw(rates, into: &buffer, x: ratesX, y: rect.y, maxX: rect.maxX, glyphs: glyphs)
        Segment.draw(title, into: &buffer, x: rect.x, y: rect.y, maxX: ratesX - 1, glyphs: glyphs)
        guard rect.height > 1 else { return }
        let totalsEnd = Segment.draw(totalSegments(context), into: &buffer, x: rect.x, y: rect.y + 1, maxX: rect.maxX, glyphs: glyphs)
        // The savings breakdown is a detail: shown only when it fits whole.
        let breakdown = savingsBreakdown(context)
        if let breakdown, totalsEnd + DisplayWidth.of(breakdown.text) <= rect.maxX {
            Segment.draw([breakdown], into: &buffer, x: totalsEnd, y: rect.y + 1, maxX: rect.maxX, glyphs: glyphs)
        }
        guard rect.height > 2 else { return }
        let topEnd = Segment.draw(topSegments(context), into: &buffer, x: rect.x, y: rect.y + 2, maxX: rect.maxX, glyphs: glyphs)
        // The knowledge figures at the right of the same line, when they fit whole.
        let knowledge = knowledgeSegments(context)
        let knowledgeWidth = knowledge.reduce(0) { $0 + DisplayWidth.of($1.text) }
        if !knowledge.isEmpty, topEnd + 2 + knowledgeWidth <= rect.maxX {
            Segment.draw(knowledge, into: &buffer, x: rect.maxX - knowledgeWidth, y: rect.y + 2, maxX: rect.maxX, glyphs: glyphs)
        }
    }

    /// "KB 2 · 1 connector failing" (red while any fails); "KB 2" where connectors are not known.
    static func knowledgeSegments(_ context: RenderContext) -> [Segment] {
        guard let figures = OverviewResource.knowledge(context.state) else { return [] }
        var segments = [Segment("KB ", CellStyle(.muted)), Segment(NumberFormat.grouped(figures.bases), CellStyle(.normal, .bold))]
        if let failing = figures.failingConnectors {
            let words = failing == 1 ? "1 connector failing" : "\(NumberFormat.grouped(failing)) connectors failing"
            segments.append(Segment(context.separator, CellStyle(.muted)))
            segments.append(Segment(words, failing > 0 ? CellStyle(.danger, .bold) : CellStyle(.muted)))
        }
        return segments
    }

    /// "now 2.5 req/s · $0.02/h" over the last minute, "now — req/s · —/h" until there are enough polls;
    /// with a metrics source, then " · p95 1.2s · 0.8% err"; then the guardrail refusals of the last hour.
    /// Where they do not fit in `width` beside the title, the latency goes first, then the refusals.
    static func rateSegments(_ context: RenderContext, width: Int) -> [Segment] {
        let state = context.state
        let rates = state.slices[OverviewResource.rates]
        let requests = context.text(rates.requests.ratePerSecond.map { NumberFormat.compact($0) } ?? "—") + " req/s"
        let cost = context.text(rates.cost.ratePerHour.map { NumberFormat.money($0) } ?? "—") + "/h"
        let live = [
            Segment("now ", CellStyle(.muted)), Segment(requests, CellStyle(.chart1, .bold)),
            Segment(context.separator, CellStyle(.muted)), Segment(cost, CellStyle(.chart2, .bold)),
        ]
        let latency = MetricsSegments.latency(context)
        let errors = MetricsSegments.errors(context)
        let refusals = RefusalSegments.segments(context)
        let choices = [live + latency + errors + refusals, live + errors + refusals, live + latency + errors]
        return choices.first { $0.reduce(0) { $0 + DisplayWidth.of($1.text) } <= width } ?? choices[choices.count - 1]
    }

    static func totalSegments(_ context: RenderContext) -> [Segment] {
        let state = context.state
        guard let overview = state.overview.value else {
            return [Segment(context.text(state.overview.error == nil ? "loading totals…" : "no totals"), CellStyle(.muted))]
        }
        var segments = [
            Segment("Requests ", CellStyle(.muted)), Segment(NumberFormat.compact(overview.totalRequests), CellStyle(.normal, .bold)),
            Segment("  Tokens ", CellStyle(.muted)), Segment(NumberFormat.compact(overview.totalTokens), CellStyle(.normal, .bold)),
            Segment("  Cost ", CellStyle(.muted)), Segment(NumberFormat.money(overview.totalCost), CellStyle(.normal, .bold)),
        ]
        if let savings = state.costSavings.value {
            let share =
                savings.totalBaselineCost > 0 ? " (" + NumberFormat.percent(savings.totalSavings / savings.totalBaselineCost) + ")" : ""
            segments.append(Segment("  Saved ", CellStyle(.muted)))
            segments.append(Segment(NumberFormat.money(savings.totalSavings) + share, CellStyle(.ok, .bold)))
        }
        return segments
    }

    /// " by cache $75.40, toon $12.50".
    static func savingsBreakdown(_ context: RenderContext) -> Segment? {
        guard let savings = context.state.costSavings.value else { return nil }
        return Segment(
            " by cache " + NumberFormat.money(savings.totalCacheSavings) + ", toon "
                + NumberFormat.money(savings.totalToonSavings), CellStyle(.muted))
    }

    static func topSegments(_ context: RenderContext) -> [Segment] {
        guard let overview = context.state.overview.value else { return [] }
        return [
            Segment("Top team ", CellStyle(.muted)), Segment(overview.topTeam ?? "-", CellStyle(.accent)),
            Segment("  agent ", CellStyle(.muted)), Segment(overview.topAgent ?? "-", CellStyle(.accent)),
            Segment("  model ", CellStyle(.muted)), Segment(overview.topModel ?? "-", CellStyle(.accent)),
        ]
    }
}
