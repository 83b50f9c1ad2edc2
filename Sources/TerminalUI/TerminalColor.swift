/// The eight basic terminal colours.
public enum NamedColor: String, Sendable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white

    /// Index in the terminal palette (0...7).
    public var paletteIndex: Int {
        switch self {
        case .black: return 0
        case .red: return 1
        case .green: return 2
        case .yellow: return 3
        case .blue: return 4
        case .magenta: return 5
        case .cyan: return 6
        case .white: return 7
        }
    }
}

/// A colour as a theme names it.
public enum TerminalColor: Sendable, Hashable {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 8 basic colours.
    case named(NamedColor)
    /// The bright variant of a basic colour (palette 8...15, needs 16 colours).
    case bright(NamedColor)
    /// A palette index 0...255 (needs 256 colours).
    case indexed(UInt8)
    /// `#rrggbb` (exact on direct-colour terminals, the nearest palette colour elsewhere).
    case rgb(UInt8, UInt8, UInt8)

    /// Terminals with this many colours take `#rrggbb` as it is (ncurses' direct-colour terminals).
    public static let directColorCount = 1 << 24

    /// Palette index for curses-style colour pairs; -1 for the terminal default.
    public var paletteIndex: Int {
        switch self {
        case .default: return -1
        case .named(let color): return color.paletteIndex
        case .bright(let color): return color.paletteIndex + 8
        case .indexed(let index): return Int(index)
        case .rgb(let red, let green, let blue): return Int(red) << 16 | Int(green) << 8 | Int(blue)
        }
    }

    /// The closest colour a terminal with `colorCount` colours can show: direct colour keeps `#rrggbb`,
    /// 256 colours take the nearest of the xterm palette, 16 and 8 the nearest basic colour, fewer none.
    public func degraded(toColorCount colorCount: Int) -> TerminalColor {
        switch self {
        case .default:
            return .default
        case .named:
            return colorCount >= 8 ? self : .default
        case .bright(let color):
            if colorCount >= 16 { return self }
            return colorCount >= 8 ? .named(color) : .default
        case .indexed(let index):
            if colorCount > Int(index) || (colorCount >= 16 && index < 16) { return self }
            guard colorCount >= 8 else { return .default }
            return ColorPalette.nearestBasic(to: ColorPalette.rgb(ofIndex: index), count: colorCount)
        case .rgb(let red, let green, let blue):
            if colorCount >= Self.directColorCount { return self }
            if colorCount >= 256 { return .indexed(ColorPalette.nearestIndex256(to: (red, green, blue))) }
            guard colorCount >= 8 else { return .default }
            return ColorPalette.nearestBasic(to: (red, green, blue), count: colorCount)
        }
    }

    /// The spelling used in theme files: `default`, `red`, `bright-red`, `196`.
    public var themeText: String {
        switch self {
        case .default: return "default"
        case .named(let color): return color.rawValue
        case .bright(let color): return "bright-" + color.rawValue
        case .indexed(let index): return String(index)
        case .rgb(let red, let green, let blue):
            return "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }

    /// Parses the theme-file spelling; nil when it is not a colour.
    public init?(themeText text: String) {
        let lowered = text.lowercased()
        if lowered == "default" {
            self = .default
        } else if let color = NamedColor(rawValue: lowered) {
            self = .named(color)
        } else if lowered.hasPrefix("bright-"), let color = NamedColor(rawValue: String(lowered.dropFirst(7))) {
            self = .bright(color)
        } else if let index = UInt8(lowered) {
            self = .indexed(index)
        } else if lowered.hasPrefix("#"), lowered.count == 7, let value = UInt32(lowered.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        } else {
            return nil
        }
    }
}
