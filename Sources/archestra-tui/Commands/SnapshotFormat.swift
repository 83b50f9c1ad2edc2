import DashboardCore

/// How `snapshot` writes the table: the same writers as `Ctrl-S`, plus aligned text.
enum SnapshotFormat: String, CaseIterable {
    case text, json, csv

    func render(_ table: TableExport) -> String {
        switch self {
        case .text: table.text
        case .json: table.json
        case .csv: table.csv
        }
    }
}
