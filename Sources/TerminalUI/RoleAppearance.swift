/// How one `ColorRole` looks: colours for 8/16-colour terminals, optional 256-colour
/// overrides, and attributes.
public struct RoleAppearance: Sendable, Hashable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    /// Used instead of `foreground` on terminals with 256 colours.
    public var foreground256: UInt8?
    /// Used instead of `background` on terminals with 256 colours.
    public var background256: UInt8?
    public var attributes: TextAttributes

    public init(
        foreground: TerminalColor = .default, background: TerminalColor = .default,
        foreground256: UInt8? = nil, background256: UInt8? = nil, attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.foreground256 = foreground256
        self.background256 = background256
        self.attributes = attributes
    }

    /// The colours to use on a terminal with `colorCount` colours (0 or less: no colour). A `#rrggbb`
    /// colour wins on direct-colour terminals; otherwise the 256-colour choice where one is given.
    public func colors(forColorCount colorCount: Int) -> (foreground: TerminalColor, background: TerminalColor) {
        func pick(_ color: TerminalColor, _ index256: UInt8?) -> TerminalColor {
            if colorCount >= TerminalColor.directColorCount, case .rgb = color { return color }
            if colorCount >= 256, let index256 { return .indexed(index256) }
            return color.degraded(toColorCount: colorCount)
        }
        return (pick(foreground, foreground256), pick(background, background256))
    }
}
