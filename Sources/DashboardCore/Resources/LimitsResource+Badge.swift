import Foundation
import ArchestraAPI

extension LimitsResource {
    /// The header's warning, on every pane, about limits at 90 % of their cap or more.
    @Sendable static func headerBadge(_ state: AppState, ascii: Bool) -> HeaderBadge? {
        // The same thresholds as the limits pane's colours (UsageMath), not a second copy of them.
        let levels = (state.limits.value ?? []).map { UsageMath.level(for: UsageMath.fraction(used: $0.usedCost, limit: $0.limitValue)) }
        let nearCap = levels.filter { $0 >= .danger }.count
        guard nearCap > 0 else { return nil }
        let over = levels.filter { $0 == .over }.count
        var text = "\(ascii ? "!" : "⚠") \(nearCap) limit\(nearCap == 1 ? "" : "s") \(ascii ? ">=" : "≥")90%"
        if over > 0 { text += " (\(over) over)" }
        return HeaderBadge(text: text, isUrgent: over > 0)
    }

    /// Every limit with a usage (cost limits; call limits have none), fullest first: what `snapshot`
    /// reports and `--fail-above` judges.
    public static func usages(in state: AppState) -> [LimitUsage] {
        state.limitFigures.compactMap { figures in
            figures.fraction.map { LimitUsage(name: "\(figures.entityName) \(figures.typeLabel)", percent: $0 * 100) }
        }.sorted { $0.percent > $1.percent }
    }
}
