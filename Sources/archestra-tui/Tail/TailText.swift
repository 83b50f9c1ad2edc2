import Foundation
import ArchestraAPI
import DashboardCore
import TerminalUI

/// `logs --output text`: one line per row with the columns of the `:logs` and `:calls` panes. A stream cannot
/// measure the rows still to come, so the columns have fixed widths (the last one is cut to its first
/// words). Every server string is cleaned of control characters and escape sequences first.
struct TailText {
    /// A column: its title and width in terminal columns; the last column is not padded.
    struct Column: Equatable {
        var title: String
        var width: Int
        var alignRight = false

        init(_ title: String, _ width: Int, alignRight: Bool = false) {
            self.title = title
            self.width = width
            self.alignRight = alignRight
        }
    }

    static let interactionColumns = [
        Column("TIME (UTC)", 20), Column("AGENT", 20), Column("USER", 16), Column("MODEL", 24),
        Column("IN", 6, alignRight: true), Column("OUT", 6, alignRight: true), Column("COST", 9, alignRight: true),
        Column("STATUS", 14), Column("MESSAGE", 60),
    ]

    static let callColumns = [
        Column("TIME (UTC)", 20), Column("AGENT", 20), Column("SERVER", 16), Column("TOOL", 26), Column("ARGUMENTS", 44),
        Column("RESULT", 60),
    ]

    /// The ellipsis of cut text and the mark of a rerouted model (ASCII outside UTF-8 locales).
    var glyphs: GlyphSet
    /// The terminal's width when stdout is one: the last column then takes what the others leave, so a line
    /// fills it without wrapping (at least ``minimumLastWidth`` columns: a narrow terminal wraps rather than
    /// lose the message).
    var terminalWidth: Int?

    init(glyphs: GlyphSet, terminalWidth: Int? = nil) {
        self.glyphs = glyphs
        self.terminalWidth = terminalWidth
    }

    private static let timeStyle = Date.ISO8601FormatStyle()

    /// The titles, aligned as the rows are.
    func header(_ columns: [Column]) -> String {
        line(columns.map(\.title), columns)
    }

    /// An interaction: time, agent, user, model, tokens in and out, cost, status and the last user message.
    func interaction(_ row: InteractionSummary, agent: String, user: String) -> String {
        let cost = row.cost?.amount.map { NSDecimalNumber(decimal: $0).doubleValue }
        let model = row.model ?? "-"
        let cells = [
            Self.time(row.createdAtDate, text: row.createdAt), agent, user,
            row.isRerouted ? rerouteMark + model : model,
            row.inputTokens.map { NumberFormat.compact($0) } ?? "-", row.outputTokens.map { NumberFormat.compact($0) } ?? "-",
            cost.map(LogsResource.costText) ?? "-", LogsResource.statusWord(row.status), row.lastUserMessagePreview ?? "",
        ]
        return line(cells, Self.interactionColumns)
    }

    /// A tool call: time, agent, MCP server, tool, the arguments on one line, and ok or the error's first text.
    func call(_ row: MCPToolCall, agent: String) -> String {
        let cells = [
            Self.time(row.createdAtDate, text: row.createdAt), agent, row.mcpServerName ?? "-", row.toolName ?? row.method ?? "-",
            row.argumentsLine, Self.result(row),
        ]
        return line(cells, Self.callColumns)
    }

    /// The cells cleaned, cut and padded to their columns, two spaces apart, with no trailing blanks.
    func line(_ cells: [String], _ columns: [Column]) -> String {
        let fitted = zip(cells, columns).enumerated().map { index, pair in
            let (cell, column) = pair
            let clean = Sanitizer.clean(cell)
            guard index < columns.count - 1 else { return DisplayWidth.truncate(clean, to: lastWidth(columns), ellipsis: glyphs.ellipsis) }
            return DisplayWidth.pad(clean, to: column.width, alignment: column.alignRight ? .right : .left, ellipsis: glyphs.ellipsis)
        }
        var text = fitted.joined(separator: "  ")
        while text.last == " " { text.removeLast() }
        return text
    }

    static let minimumLastWidth = 20

    /// The last column's width: its own, or on a terminal the room the others leave.
    func lastWidth(_ columns: [Column]) -> Int {
        guard let last = columns.last else { return 0 }
        guard let terminalWidth else { return last.width }
        let others = columns.dropLast().reduce(0) { $0 + $1.width + 2 }
        return max(Self.minimumLastWidth, terminalWidth - others)
    }

    /// The width of the terminal stdout is, or `nil` when it is not a terminal (a pipe, a file).
    static func terminalWidth(of descriptor: Int32 = STDOUT_FILENO) -> Int? {
        guard isatty(descriptor) == 1 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    private var rerouteMark: String { glyphs == .ascii ? "<> " : "⇄ " }

    /// `2026-12-07T11:23:25Z`; the server's text when it is not a date; `-` without one.
    static func time(_ date: Date?, text: String?) -> String {
        if let date { return timeStyle.format(date) }
        return text ?? "-"
    }

    /// "ok", or "error: " and the tool's first text on one line (as on `:calls`).
    static func result(_ call: MCPToolCall) -> String {
        guard call.isError else { return "ok" }
        return "error: " + (call.errorText ?? "").split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
