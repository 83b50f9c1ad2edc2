import Foundation
import TerminalUI

/// Finds a theme by name (built in, or a `.theme` file in one of the ``ThemeDirectories``) or by path.
enum ThemeLoader {
    /// A theme and where it came from, for `info`.
    struct Resolved {
        var theme: Theme
        /// "built in" or the file's path.
        var source: String
    }

    static func load(name: String?, directories: ThemeDirectories) throws -> Resolved {
        guard let name, !name.isEmpty else { return Resolved(theme: .default, source: "built in") }
        if let builtIn = Theme.builtIn(named: name) { return Resolved(theme: builtIn, source: "built in") }
        let looksLikePath = name.contains("/") || name.hasSuffix(".theme")
        guard
            let path = looksLikePath
                ? (FileManager.default.fileExists(atPath: name) ? name : nil)
                : directories.file(named: name)
        else {
            let searched = looksLikePath ? name : directories.candidates.map(\.path).joined(separator: ", ")
            throw ValidationFailure("theme '\(name)' not found (looked in \(searched))")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ValidationFailure("cannot read theme file \(path)")
        }
        do {
            return Resolved(theme: try Theme.parse(text), source: path)
        } catch {
            throw ValidationFailure("\(path): \(error)")
        }
    }

    /// Every theme that can be named: the built-in ones and those in the theme folders.
    static func names(directories: ThemeDirectories) -> [String] {
        let found = directories.found.flatMap { ThemeDirectories.themeNames(in: $0.path) }
        return Array(Set(found + [Theme.default.name, Theme.monochrome.name])).sorted()
    }
}
