import Foundation

/// Maps every `ColorRole` to colours and attributes. Themes are plain text files
/// (see `Theme.parse`); `Theme.default` and `Theme.monochrome` are built in.
public struct Theme: Sendable, Equatable {
    public var name: String
    private var appearances: [ColorRole: RoleAppearance]

    /// A theme; roles missing from `appearances` use the terminal defaults.
    public init(name: String, appearances: [ColorRole: RoleAppearance]) {
        self.name = name
        // Store every role so that equal-looking themes compare equal.
        var complete: [ColorRole: RoleAppearance] = [:]
        for role in ColorRole.allCases { complete[role] = appearances[role] ?? RoleAppearance() }
        self.appearances = complete
    }

    /// How a role looks.
    public subscript(role: ColorRole) -> RoleAppearance {
        get { appearances[role] ?? RoleAppearance() }
        set { appearances[role] = newValue }
    }

    /// The appearance of a cell: the role's appearance with the cell's own attributes added.
    public func appearance(of style: CellStyle) -> RoleAppearance {
        var appearance = self[style.role]
        appearance.attributes.formUnion(style.attributes)
        return appearance
    }

    /// The theme in the file format `parse` reads, one line per role in `ColorRole` order.
    public var themeText: String {
        var lines = ["name = \(name)"]
        let roleWidth = ColorRole.allCases.map(\.rawValue.count).max() ?? 0
        for role in ColorRole.allCases {
            let padded = role.rawValue.padding(toLength: roleWidth, withPad: " ", startingAt: 0)
            lines.append("\(padded) = \(ThemeParser.settingsText(self[role]))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a theme file.
    ///
    /// Format, one setting per line, `#` starts a comment:
    /// ```
    /// name = default
    /// danger = fg:red bg:default bold fg256:196
    /// ```
    /// Settings: `fg:COLOR`, `bg:COLOR` (COLOR is `default`, `black` ... `white`,
    /// `bright-red` etc., or a palette number 0-255), `fg256:N` and `bg256:N` (used on
    /// 256-colour terminals), and the attributes `bold dim reverse underline blink`.
    /// Roles the file leaves out keep their look from `base`.
    /// - Throws: `ThemeError` naming the line of the first problem.
    public static func parse(_ text: String, base: Theme = .default) throws -> Theme {
        try ThemeParser(base: base).parse(text)
    }

    /// Reads and parses a theme file from disk.
    public static func load(path: String, base: Theme = .default) throws -> Theme {
        try parse(String(contentsOfFile: path, encoding: .utf8), base: base)
    }

    /// A built-in theme by name ("default", "monochrome"), or nil.
    public static func builtIn(named name: String) -> Theme? {
        switch name.lowercased() {
        case Theme.default.name: return .default
        case Theme.monochrome.name: return .monochrome
        default: return nil
        }
    }
}

/// A problem in a theme file, with its 1-based line number.
public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}
