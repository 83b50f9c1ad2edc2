import DashboardCore
import TerminalUI

/// The overview's latency and error figures from the LLM metrics, when a metrics source answers.
enum MetricsSegments {
    /// " · p95 1.2s · 0.8% err"; nothing without metrics (other panes and figures stay as they are).
    static func latencyAndErrors(_ context: RenderContext) -> [Segment] {
        latency(context) + errors(context)
    }

    /// " · p95 1.2s"; nothing without metrics.
    static func latency(_ context: RenderContext) -> [Segment] {
        guard let overall = overall(context) else { return [] }
        let p95 = overall[.p95].map { MetricsFormat.seconds($0) } ?? "—"
        return [Segment(context.separator + "p95 ", CellStyle(.muted)), Segment(context.text(p95), CellStyle(.chart3, .bold))]
    }

    /// " · 0.8% err"; nothing without metrics.
    static func errors(_ context: RenderContext) -> [Segment] {
        guard let overall = overall(context) else { return [] }
        let share = overall[.errorShare] ?? 0
        let errorRole: ColorRole = share >= 0.2 ? .danger : share >= 0.05 ? .warning : .ok
        return [Segment(context.separator, CellStyle(.muted)), Segment(MetricsFormat.percent(share) + " err", CellStyle(errorRole, .bold))]
    }

    private static func overall(_ context: RenderContext) -> [MetricFigure: Double]? {
        guard let live = context.state.metricsLive(.models).value, live.origin != nil, live.snapshot.hasRates else { return nil }
        return live.overall
    }
}
