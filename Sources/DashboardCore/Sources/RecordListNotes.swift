import ArchestraAPI
import TerminalUI

extension RecordList {
    /// What a table says about records it does not show: "first 1 000 of 1 234", "3 records skipped".
    var notes: [String] {
        var notes: [String] = []
        if isCut { notes.append("first \(NumberFormat.grouped(items.count)) of \(NumberFormat.grouped(total))") }
        if skipped > 0 { notes.append("\(skipped) record\(skipped == 1 ? "" : "s") skipped (no id)") }
        return notes
    }
}

extension Loadable {
    /// The same freshness with the value seen through `transform` (a list's items).
    func mapValue<Other>(_ transform: (Value) -> Other) -> Loadable<Other> {
        Loadable<Other>(value: value.map(transform), status: status)
    }
}
