import TerminalUI

/// What the status line says after `Ctrl-S`: where the files went, in one line of the screen. The home
/// folder reads `~`; a folder still too long loses its start, never the file name, which is what one looks for.
enum ExportNotice {
    /// "saved 12 rows to ~/.local/state/archestra-tui/exports/agents-20261207T021000.csv and .json".
    /// - Parameters:
    ///   - base: the files' path without `.csv` / `.json`.
    ///   - width: the screen's width; 0 leaves the path whole.
    static func saved(rows: Int, base: String, home: String?, width: Int) -> String {
        let slash = base.lastIndex(of: "/")
        var folder = slash.map { String(base[..<$0]) } ?? ""
        let file = slash.map { String(base[base.index(after: $0)...]) } ?? base
        if let home, !home.isEmpty, home != "/", folder == home || folder.hasPrefix(home.hasSuffix("/") ? home : home + "/") {
            folder = "~" + folder.dropFirst(home.hasSuffix("/") ? home.count - 1 : home.count)
        }
        func message(_ folder: String) -> String {
            "saved \(rows) row\(rows == 1 ? "" : "s") to \(folder.isEmpty ? "" : folder + "/")\(file).csv and .json"
        }
        // Two columns spare: on a terminal without UTF-8 "…" is drawn as "...".
        let room = width - 3
        guard width > 0, DisplayWidth.of(message(folder)) > room else { return message(folder) }
        let fixed = DisplayWidth.of(message("…"))
        var tail = Substring(folder)
        while !tail.isEmpty, fixed + DisplayWidth.of(String(tail)) > room { tail = tail.dropFirst() }
        // Cut at a folder boundary when one is left, so the part shown reads as folders.
        if let boundary = tail.firstIndex(of: "/") { tail = tail[boundary...] } else { tail = "" }
        return message("…" + tail)
    }
}
