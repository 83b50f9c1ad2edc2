import Foundation
import TerminalUI

/// The unit a figure is shown in.
public enum MetricsUnit: Sendable, Equatable {
    case perSecond, perMinute, percent, seconds, moneyPerHour, bytes, count, upDown
}

/// One column of a metrics tab: a table column and what fills it.
public struct MetricsColumn: Sendable {
    public enum Content: Sendable, Equatable {
        case name, kind
        case figure(MetricFigure, MetricsUnit)
    }

    public var spec: ColumnSpec
    public var content: Content

    public init(_ spec: ColumnSpec, _ content: Content) {
        self.spec = spec
        self.content = content
    }

    /// The cell of `row`.
    func text(_ row: MetricsRow) -> String {
        switch content {
        case .name: row.name
        case .kind: row.kind.isEmpty ? "-" : row.kind
        case .figure(let figure, let unit): MetricsFormat.text(row[figure], unit: unit)
        }
    }

    func sortKey(_ row: MetricsRow) -> SortKey {
        switch content {
        case .name: .text(row.name.lowercased())
        case .kind: .text(row.kind.lowercased())
        case .figure(let figure, _): row[figure].map { .number($0) } ?? .none
        }
    }
}

/// Figures as the metrics tables write them: "2.5/s", "12/min", "3.1%", "850ms", "$1.20/h", "182MB".
public enum MetricsFormat {
    public static func text(_ value: Double?, unit: MetricsUnit) -> String {
        guard let value, value.isFinite else { return "-" }
        switch unit {
        case .perSecond: return NumberFormat.compact(value) + "/s"
        case .perMinute: return NumberFormat.compact(value * 60) + "/min"
        case .percent: return percent(value)
        case .seconds: return seconds(value)
        case .moneyPerHour: return NumberFormat.money(value) + "/h"
        case .bytes: return bytes(value)
        case .count: return NumberFormat.compact(value)
        case .upDown: return value >= 1 ? "up" : "DOWN"
        }
    }

    /// One decimal below 10 %, whole above: "0.8%", "12%".
    public static func percent(_ fraction: Double) -> String {
        let value = fraction * 100
        if value > 0, value < 9.95 { return String(format: "%.1f%%", value) }
        return "\(Int(value.rounded()))%"
    }

    /// "850ms", "1.2s", "14s", "2m 5s".
    public static func seconds(_ value: Double) -> String {
        if value < 0.000_5 { return value <= 0 ? "0ms" : "<1ms" }
        if value < 1 { return "\(Int((value * 1000).rounded()))ms" }
        if value < 10 { return String(format: "%.1fs", value) }
        if value < 60 { return "\(Int(value.rounded()))s" }
        return NumberFormat.duration(value)
    }

    /// "512kB", "182MB", "1.5GB" (decimal units, as process memory is usually read).
    public static func bytes(_ value: Double) -> String {
        let units = ["B", "kB", "MB", "GB", "TB"]
        var magnitude = value
        var unit = 0
        while magnitude >= 1000, unit < units.count - 1 {
            magnitude /= 1000
            unit += 1
        }
        let text = magnitude < 10 && unit > 0 ? String(format: "%.1f", magnitude) : String(Int(magnitude.rounded()))
        return text + units[unit]
    }
}
