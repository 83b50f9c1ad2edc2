import Foundation

/// The folders that may hold `.theme` files, in the order a theme name is looked up.
struct ThemeDirectories: Equatable {
    /// One place themes may be, and why it is searched.
    struct Candidate: Equatable {
        var path: String
        /// Said by `info`: "your own", "next to the binary", "install prefix", "source checkout".
        var origin: String
    }

    /// Every place searched, found or not.
    var candidates: [Candidate]

    /// Your own themes first (beside config.yaml, then under the data folder), so that one of yours can stand in
    /// for a shipped one of the same name; then those shipped beside the binary (an unpacked release), under its
    /// install prefix, and in a source checkout.
    init(executablePath: String?, environment: [String: String]) {
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.local/share"
        var candidates = [
            Candidate(path: ConfigPaths.folder(environment: environment) + "/themes", origin: "your own"),
            Candidate(path: dataHome + "/archestra-tui/themes", origin: "your own"),
        ]
        if let executablePath {
            let folder = URL(fileURLWithPath: executablePath).deletingLastPathComponent()
            let beside: [(String, String)] = [
                ("themes", "next to the binary"),
                ("../share/archestra-tui/themes", "install prefix"),
                ("../../themes", "source checkout"),  // .build/debug/archestra-tui
                ("../../../themes", "source checkout"),  // .build/x86_64-unknown-linux-gnu/debug/archestra-tui
            ]
            candidates += beside.map { Candidate(path: folder.appendingPathComponent($0.0).standardizedFileURL.path, origin: $0.1) }
        }
        self.candidates = candidates
    }

    /// The candidates that exist and hold at least one theme file.
    var found: [Candidate] {
        candidates.filter { !Self.themeNames(in: $0.path).isEmpty }
    }

    /// The names of the `.theme` files in a folder, sorted.
    static func themeNames(in folder: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(".theme".count)) }.sorted()
    }

    /// The first file named `NAME.theme` in a found folder.
    func file(named name: String) -> String? {
        found.map { $0.path + "/" + name + ".theme" }.first { FileManager.default.fileExists(atPath: $0) }
    }
}
