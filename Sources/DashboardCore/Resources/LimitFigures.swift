import Foundation
import ArchestraAPI
import TerminalUI

/// Everything the console says about one usage limit, computed once per frame from the
/// limit, its reset window and the clock: used, percent, next reset and forecast.
public struct LimitFigures: Sendable, Equatable {
    public var limit: UsageLimit
    public var entityName: String
    public var used: Double?
    public var fraction: Double?
    public var level: UsageLevel
    public var rule: ResetRule
    public var nextReset: Date?
    public var forecast: Forecast?
    /// The counter's current window, kept so the next second's figures reuse it while it lasts.
    var window: DateInterval?

    /// What every limit's figures share in one build, looked up once instead of once per limit.
    struct Shared {
        var calendar: Calendar
        var teamNames: [String: String]
    }

    public init(limit: UsageLimit, state: AppState, calendar: Calendar = .current) {
        self.init(limit: limit, state: state, shared: Shared(calendar: calendar, teamNames: state.teamNames), previous: nil)
    }

    /// - Parameter previous: this limit's figures from the last build; their window is reused while
    ///   the clock is inside it and the limit's reset settings are the same (a calendar computation
    ///   per limit per second otherwise).
    init(limit: UsageLimit, state: AppState, shared: Shared, previous: LimitFigures?) {
        self.limit = limit
        self.entityName = LimitFigures.entityName(limit, state: state, teamNames: shared.teamNames)
        self.used = limit.usedCost
        self.fraction = UsageMath.fraction(used: used, limit: limit.limitValue)
        self.level = UsageMath.level(for: fraction)
        self.rule = ResetRule(apiValue: limit.cleanupInterval?.rawValue)
        let lastCleanup = limit.lastCleanupDate
        let window: DateInterval?
        if let previous, let kept = previous.window, previous.rule == rule, previous.limit.lastCleanupDate == lastCleanup,
            kept.start <= state.now, state.now < kept.end
        {
            window = kept
        } else {
            window = UsageMath.currentWindow(rule: rule, lastCleanup: lastCleanup, now: state.now, calendar: shared.calendar)
        }
        self.window = window
        self.nextReset = window?.end
        if let used {
            let rate = LimitFigures.burnRatePerHour(limit, used: used, window: window, state: state)
            self.forecast = Forecast.make(
                samples: [UsageSample(time: state.now, used: used)], limit: limit.limitValue,
                now: state.now, nextReset: nextReset, fallbackRatePerHour: rate)
        } else {
            self.forecast = nil
        }
    }

    /// Every source the figures are computed from: an answer of another (the overview's statistics, each
    /// second) leaves them as they are.
    static let inputs: [SourceID] = [
        LimitsResource.source.id, Sources.teams.id, Sources.teamStats.id, Sources.agentStats.id,
        Sources.people.id, LimitsResource.agentNames.id,
    ]

    /// The burn rate every forecast uses, on screen and in `snapshot` alike: the usage of the limit's current
    /// window over the time it has been open. It moves by a minute's worth in a minute, so the forecast does
    /// not jump with each poll's burst or lull (slopes fitted to a few polls did: 2h 23m, 9h 30m, 4h 24m in a
    /// minute), and a one-off run with no history computes the same figure. Without a known window (a rolling
    /// interval the server gives no last reset for), the entity's statistics series stands in.
    static func burnRatePerHour(_ limit: UsageLimit, used: Double, window: DateInterval?, state: AppState) -> Double? {
        if let start = window?.start, let rate = UsageMath.averageRatePerHour(used: used, since: start, now: state.now) {
            return rate
        }
        return statisticsRatePerHour(limit, state: state)
    }

    /// Cost per hour over the last three buckets of the entity's statistics series (teams and agents).
    static func statisticsRatePerHour(_ limit: UsageLimit, state: AppState) -> Double? {
        guard limit.limitType == .tokenCost else { return nil }
        let series: [TimeSeriesPoint]?
        switch limit.entityType {
        case .team: series = state.teamStats.value?.first { $0.teamId == limit.entityId }?.timeSeries
        case .agent: series = state.agentStats.value?.first { $0.agentId == limit.entityId }?.timeSeries
        default: series = nil
        }
        guard let recent = series?.suffix(3), !recent.isEmpty else { return nil }
        let hours = Double(recent.count) * state.timeframe.bucketWidth / 3600
        guard hours > 0 else { return nil }
        return recent.reduce(0) { $0 + $1.value } / hours
    }

    static func entityName(_ limit: UsageLimit, state: AppState, teamNames: [String: String]) -> String {
        let id = limit.entityId
        switch limit.entityType {
        case .organization: return "Organization"
        // Without a name, a short id marked as one.
        case .team: return "team " + (teamNames[id] ?? "id:" + id.prefix(8))
        case .agent: return "agent " + (state.item(LimitsResource.agentNames, id) ?? "id:" + id.prefix(8))
        case .user: return "user \(state.personLabel(id))"
        default: return "\(limit.entityType.rawValue) id:\(id.prefix(8))"
        }
    }

    public var typeLabel: String {
        switch limit.limitType {
        case .tokenCost: return "cost"
        case .mcpServerCalls: return "calls \(limit.mcpServerName ?? "?")"
        case .toolCalls: return "tool \(limit.mcpServerName ?? "?")/\(limit.toolName ?? "?")"
        default: return limit.limitType.rawValue
        }
    }

    func format(_ value: Double) -> String {
        limit.limitType == .tokenCost ? NumberFormat.money(value) : NumberFormat.compact(value)
    }

    public var valueText: String { format(limit.limitValue) }
    public var usedText: String { used.map(format) ?? "n/a" }
    public var percentText: String { NumberFormat.percent(fraction) }

    public func resetText(now: Date) -> String {
        guard let nextReset else { return "-" }
        return NumberFormat.duration(max(0, nextReset.timeIntervalSince(now)))
    }

    public var forecastText: String {
        guard let forecast else { return "n/a" }
        return forecast.summary(formatValue: format)
    }

    public var rowLevel: RowLevel {
        switch level {
        case .normal: .normal
        case .warning: .warning
        case .danger: .danger
        case .over: .over
        }
    }

    /// Worst first: over the cap, then by how full, then limits without usage.
    public static func worstFirst(_ a: LimitFigures, _ b: LimitFigures) -> Bool {
        (a.fraction ?? -1) > (b.fraction ?? -1)
    }
}
