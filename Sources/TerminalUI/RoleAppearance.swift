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

    public init(foreground: TerminalColor = .default, background: TerminalColor = .default,
                foreground256: UInt8? = nil, background256: UInt8? = nil, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.foreground256 = foreground256
        self.background256 = background256
        self.attributes = attributes
    }

    /// The colours to use on a terminal with `colorCount` colours (0 or less: no colour).
    public func colors(forColorCount colorCount: Int) -> (foreground: TerminalColor, background: TerminalColor) {
        if colorCount >= 256 {
            return (foreground256.map(TerminalColor.indexed) ?? foreground,
                    background256.map(TerminalColor.indexed) ?? background)
        }
        return (foreground.degraded(toColorCount: colorCount), background.degraded(toColorCount: colorCount))
    }
}
