import Foundation
import DashboardCore
import TerminalUI

/// The overview's guardrail refusals, beside the error rate: " · 3 refused in 1h", " · 3 refused since 11:42"
/// when the rows read do not reach an hour back, " · refusals n/a" when the logs cannot be read.
enum RefusalSegments {
    static func segments(_ context: RenderContext, calendar: Calendar = .current) -> [Segment] {
        let separator = Segment(context.separator, CellStyle(.muted))
        switch Refusals.figure(context.state) {
        case .loading:
            return []
        case .unavailable:
            return [separator, Segment("refusals n/a", CellStyle(.muted))]
        case .counted(let tally):
            let period = tally.since.map { " since " + clock($0, calendar: calendar) } ?? " in 1h"
            let style = tally.count > 0 ? CellStyle(.warning, .bold) : CellStyle(.muted)
            return [separator, Segment(NumberFormat.grouped(tally.count) + " refused", style), Segment(period, CellStyle(.muted))]
        }
    }

    /// "11:42", in the terminal's time zone.
    static func clock(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
