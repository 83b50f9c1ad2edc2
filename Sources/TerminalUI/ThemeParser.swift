import Foundation

/// Reads the line-based theme format described at `Theme.parse`.
struct ThemeParser {
    let base: Theme

    private static let attributeNames: [(String, TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("reverse", .reverse), ("underline", .underline), ("blink", .blink),
    ]

    func parse(_ text: String) throws -> Theme {
        var theme = base
        theme.name = "custom"
        var seen: [ColorRole: Int] = [:]
        var seenName = false
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let lineNumber = offset + 1
            let line = Self.withoutComment(rawLine).trimmingCharacters(in: .whitespacesAndCarriageReturns)
            guard !line.isEmpty else { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw ThemeError(line: lineNumber, message: "expected 'role = settings'")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespacesAndCarriageReturns).lowercased()
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespacesAndCarriageReturns)
            if key == "name" {
                guard !value.isEmpty else { throw ThemeError(line: lineNumber, message: "empty theme name") }
                guard !seenName else { throw ThemeError(line: lineNumber, message: "name is set twice") }
                seenName = true
                theme.name = value
                continue
            }
            guard let role = ColorRole.allCases.first(where: { $0.rawValue.lowercased() == key }) else {
                throw ThemeError(line: lineNumber, message: "unknown role '\(key)'")
            }
            if let first = seen[role] {
                throw ThemeError(line: lineNumber, message: "'\(role.rawValue)' is already set on line \(first)")
            }
            seen[role] = lineNumber
            theme[role] = try appearance(from: value, line: lineNumber)
        }
        return theme
    }

    /// The line before its comment: `#` at the start or after a blank (`fg:#88c0d0` is a colour, not a comment).
    static func withoutComment(_ line: Substring) -> Substring {
        var previous: Character = " "
        for index in line.indices {
            if line[index] == "#", previous == " " || previous == "\t" { return line[..<index] }
            previous = line[index]
        }
        return line
    }

    private func appearance(from settings: String, line: Int) throws -> RoleAppearance {
        var appearance = RoleAppearance()
        let words = settings.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !words.isEmpty else { throw ThemeError(line: line, message: "no settings given") }
        for word in words.map({ String($0).lowercased() }) {
            if let attribute = Self.attributeNames.first(where: { $0.0 == word }) {
                appearance.attributes.insert(attribute.1)
                continue
            }
            guard let colon = word.firstIndex(of: ":") else {
                throw ThemeError(line: line, message: "unknown setting '\(word)'")
            }
            let name = String(word[..<colon])
            let argument = String(word[word.index(after: colon)...])
            switch name {
            case "fg":
                appearance.foreground = try color(argument, line: line)
            case "bg":
                appearance.background = try color(argument, line: line)
            case "fg256":
                appearance.foreground256 = try paletteIndex(argument, setting: name, line: line)
            case "bg256":
                appearance.background256 = try paletteIndex(argument, setting: name, line: line)
            default:
                throw ThemeError(line: line, message: "unknown setting '\(name)'")
            }
        }
        return appearance
    }

    private func color(_ text: String, line: Int) throws -> TerminalColor {
        guard let color = TerminalColor(themeText: text) else {
            throw ThemeError(line: line, message: "unknown colour '\(text)'")
        }
        return color
    }

    private func paletteIndex(_ text: String, setting: String, line: Int) throws -> UInt8 {
        guard let index = UInt8(text) else {
            throw ThemeError(line: line, message: "\(setting) needs a number 0-255, got '\(text)'")
        }
        return index
    }

    /// The settings part of a theme line for an appearance.
    static func settingsText(_ appearance: RoleAppearance) -> String {
        var words = ["fg:" + appearance.foreground.themeText, "bg:" + appearance.background.themeText]
        words += attributeNames.filter { appearance.attributes.contains($0.1) }.map(\.0)
        if let index = appearance.foreground256 { words.append("fg256:\(index)") }
        if let index = appearance.background256 { words.append("bg256:\(index)") }
        return words.joined(separator: " ")
    }
}

extension CharacterSet {
    fileprivate static let whitespacesAndCarriageReturns = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\r"))
}
