import DashboardCore
import TerminalUI

/// How a table row's level is coloured.
enum RowStyle {
    /// The style of a whole row; stale data dims rows that have nothing to warn about.
    static func style(for level: RowLevel, stale: Bool) -> CellStyle? {
        switch level {
        case .normal: stale ? CellStyle(.stale, .dim) : nil
        case .muted: CellStyle(.muted)
        case .warning: CellStyle(.warning)
        case .danger: CellStyle(.danger, .bold)
        case .over: CellStyle(.critical, .bold)
        case .error: CellStyle(.error)
        }
    }
}
