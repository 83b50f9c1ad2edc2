import Foundation
import TerminalUI

/// A table as text for files and scripts: CSV, JSON and aligned plain text (`Ctrl-S`, `snapshot`).
public struct TableExport: Sendable, Equatable {
    /// "agents", "stats-models".
    public var name: String
    public var columns: [String]
    /// The cells as the screen rounds them: text and CSV.
    public var rows: [[String]]
    /// The same rows with numbers unrounded (a limit at 99.72 % is "99%" above, "99.72%" here): JSON.
    public var exactRows: [[String]]

    public init(name: String, columns: [String], rows: [[String]], exactRows: [[String]]? = nil) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.exactRows = exactRows ?? rows
    }

    /// Every row a table holds (for paged lists, the loaded ones), with graphic columns as numbers.
    public init(name: String, table: TableModel) {
        let loaded = (0..<table.rowCount).compactMap { table.row(at: $0) }
        self.init(
            name: name, columns: Self.columns(of: table),
            rows: loaded.map { Self.cells(of: $0, columns: table.columns) },
            exactRows: loaded.map { Self.cells(of: $0, columns: table.columns, exact: true) })
    }

    /// The header: the row id, then the table's column titles.
    public static func columns(of table: TableModel) -> [String] {
        ["id"] + table.columns.map(\.title)
    }

    /// One row as text under ``columns(of:)``: gauges as their fraction, sparklines as their points.
    /// `exact` gives unrounded numbers where the screen rounds (for JSON); otherwise a fraction under
    /// the cap never reads as 1.
    public static func cells(of row: ResourceRow, columns: [ColumnSpec], exact: Bool = false) -> [String] {
        let cells = columns.indices.map { column -> String in
            switch columns[column].kind {
            case .text:
                if exact, let value = row.exactCells[column] { return value }
                return column < row.cells.count ? row.cells[column] : ""
            case .gauge: return row.fraction.map { exact ? NumberFormat.exact($0, below: 1) : gaugeText($0) } ?? ""
            case .sparkline: return row.series.map { String($0) }.joined(separator: " ")
            }
        }
        return [row.id] + cells
    }

    /// A gauge's fraction with four decimals, 0.9999 at most below the cap.
    static func gaugeText(_ fraction: Double) -> String {
        let text = String(format: "%.4f", fraction)
        return fraction < 1 && text == "1.0000" ? "0.9999" : text
    }

    /// RFC 4180: fields with commas, quotes or line breaks quoted, quotes doubled. Control characters
    /// and escape sequences in server text are dropped: a CSV shown with `cat` must not drive the terminal.
    public var csv: String {
        ([columns] + rows).map { $0.map { Self.csvField(Sanitizer.clean($0)) }.joined(separator: ",") }
            .joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// An array of objects keyed by column title.
    public var json: String {
        let objects = exactRows.map { row in Dictionary(zip(columns, row).map { ($0, $1) }, uniquingKeysWith: { first, _ in first }) }
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return "[]" }
        return Self.escapingInvisibleControls(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// JSON escapes C0 controls itself; DEL, C1 controls (a lone U+009B starts a CSI on some terminals)
    /// and bidi overrides are escaped here too, so the text is the server's yet inert on a terminal.
    /// They can only stand inside strings, where `\uXXXX` means the same character.
    static func escapingInvisibleControls(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isInvisibleControl) else { return json }
        var escaped = ""
        for scalar in json.unicodeScalars {
            if isInvisibleControl(scalar) {
                escaped += String(format: "\\u%04X", scalar.value)
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Columns padded to their widest cell (in terminal columns), server text cleaned of control
    /// characters and escape sequences, for a terminal or a bug report.
    public var text: String {
        let all = ([columns] + rows).map { $0.map(Sanitizer.clean) }
        let widths = columns.indices.map { column in
            all.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
        }
        return all.map { row in
            row.enumerated().map { cell in
                cell.offset < widths.count ? DisplayWidth.pad(cell.element, to: widths[cell.offset], alignment: .left) : cell.element
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }
}

extension AppState {
    /// `Ctrl-S`: the visible table, to be written as CSV and JSON.
    mutating func exportTable() -> [Effect] {
        guard let table = visibleTable else {
            ui.flash = "nothing to export here: Ctrl-S saves tables"
            return []
        }
        let tabName = resource.tabs.count > 1 ? "-" + currentTab.name : ""
        return [.export(TableExport(name: ui.pane.rawValue + tabName, table: table))]
    }
}
