import Foundation

/// A table as text for files and scripts: CSV, JSON and aligned plain text (`Ctrl-S`, `snapshot`).
public struct TableExport: Sendable, Equatable {
    /// "agents", "stats-models".
    public var name: String
    public var columns: [String]
    public var rows: [[String]]

    public init(name: String, columns: [String], rows: [[String]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// Every row a table holds (for paged lists, the loaded ones), with graphic columns as numbers.
    public init(name: String, table: TableModel) {
        self.name = name
        columns = ["id"] + table.columns.map(\.title)
        rows = (0..<table.rowCount).compactMap { index in
            guard let row = table.row(at: index) else { return nil }
            let cells = table.columns.indices.map { column -> String in
                switch table.columns[column].kind {
                case .text: return column < row.cells.count ? row.cells[column] : ""
                case .gauge: return row.fraction.map { String(format: "%.4f", $0) } ?? ""
                case .sparkline: return row.series.map { String($0) }.joined(separator: " ")
                }
            }
            return [row.id] + cells
        }
    }

    /// RFC 4180: fields with commas, quotes or line breaks quoted, quotes doubled.
    public var csv: String {
        ([columns] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// An array of objects keyed by column title.
    public var json: String {
        let objects = rows.map { row in Dictionary(zip(columns, row).map { ($0, $1) }, uniquingKeysWith: { first, _ in first }) }
        guard let data = try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return "[]" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Columns padded to their widest cell.
    public var text: String {
        let all = [columns] + rows
        let widths = columns.indices.map { column in all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
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
