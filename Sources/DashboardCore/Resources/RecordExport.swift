import Foundation
import ArchestraAPI

/// One record as a JSON file (`Ctrl-S` in a detail): every field as the server sent it, pretty-printed.
public struct RecordExport: Sendable, Equatable {
    /// "logs-i-1": the pane and the record's id, made safe for a file name.
    public var name: String
    public var json: String

    public init(name: String, record: JSONValue) {
        self.name = String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }.prefix(80))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        json = (try? encoder.encode(record)).flatMap { String(data: $0, encoding: .utf8) }.map { $0 + "\n" } ?? "null\n"
    }
}

extension RecordExport {
    /// The path with the home folder as `~`.
    static func display(_ path: String, home: String?) -> String {
        guard let home, !home.isEmpty, home != "/", path.hasPrefix(home.hasSuffix("/") ? home : home + "/") else { return path }
        return "~" + path.dropFirst(home.hasSuffix("/") ? home.count - 1 : home.count)
    }
}

extension AppState {
    /// `Ctrl-S` in a detail: the opened row's record (for a log, the full record once read).
    mutating func exportOpenedRecord() -> [Effect] {
        guard let id = ui.detail?.rowID, let row = visibleTable?.row(withID: id, near: ui.list(ui.pane).selected),
            let record = row.record
        else {
            ui.flash = "nothing to save here: this detail has no record"
            return []
        }
        return [.saveRecord(RecordExport(name: "\(ui.pane.rawValue)-\(id)", record: record))]
    }
}
