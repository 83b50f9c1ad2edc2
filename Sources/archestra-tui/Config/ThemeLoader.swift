import Foundation
import TerminalUI

/// Finds a theme by name (in the shipped `themes/` folder) or by path.
enum ThemeLoader {
    static func load(name: String?) throws -> Theme {
        guard let name, !name.isEmpty else { return .default }
        if let builtIn = Theme.builtIn(named: name) { return builtIn }
        let candidates = [name, "themes/\(name).theme", "themes/\(name)"]
            + executableRelative(name)
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw ValidationFailure("theme '\(name)' not found (looked in ./themes and next to the executable)")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ValidationFailure("cannot read theme file \(path)")
        }
        do {
            return try Theme.parse(text)
        } catch {
            throw ValidationFailure("\(path): \(error)")
        }
    }

    private static func executableRelative(_ name: String) -> [String] {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        return ["../share/archestra-tui/themes/\(name).theme", "../../themes/\(name).theme", "../../../themes/\(name).theme"]
            .map { executable.appendingPathComponent($0).path }
    }
}
