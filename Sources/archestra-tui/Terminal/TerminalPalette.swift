import CNcursesw
import TerminalUI

/// Maps colour roles to ncurses colour pairs and attributes for the terminal's colour depth.
struct TerminalPalette {
    private var pairs: [ColorRole: Int16] = [:]
    private var attributes: [ColorRole: attr_t] = [:]

    /// - Parameters:
    ///   - theme: colours per role.
    ///   - colorEnabled: false under NO_COLOR or on a monochrome terminal: attributes only.
    init(theme: Theme, colorEnabled: Bool) {
        let colors = Int(shim_colors())
        for (index, role) in ColorRole.allCases.enumerated() {
            let appearance = theme[role]
            attributes[role] = Self.ncursesAttributes(appearance.attributes)
            guard colorEnabled else { continue }
            let (foreground, background) = appearance.colors(forColorCount: colors)
            let pair = Int16(index + 1)
            guard Int32(pair) < shim_color_pairs() else { continue }
            // Extended pairs take direct (24-bit) colours as well as palette indices.
            init_extended_pair(Int32(pair), Int32(foreground.paletteIndex), Int32(background.paletteIndex))
            pairs[role] = pair
        }
    }

    func pair(for style: CellStyle) -> Int16 { pairs[style.role] ?? 0 }

    func attributes(for style: CellStyle) -> attr_t {
        (attributes[style.role] ?? shim_a_normal()) | Self.ncursesAttributes(style.attributes)
    }

    static func ncursesAttributes(_ attributes: TextAttributes) -> attr_t {
        var value = shim_a_normal()
        if attributes.contains(.bold) { value |= shim_a_bold() }
        if attributes.contains(.dim) { value |= shim_a_dim() }
        if attributes.contains(.reverse) { value |= shim_a_reverse() }
        if attributes.contains(.underline) { value |= shim_a_underline() }
        if attributes.contains(.blink) { value |= shim_a_blink() }
        return value
    }
}
