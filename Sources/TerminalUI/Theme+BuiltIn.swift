extension Theme {
    /// The standard colours for dark and light terminals; `themes/default.theme` holds the
    /// same settings (a test keeps the two identical).
    ///
    /// Selection and over-limit cells already carry `.reverse`, so their roles name the
    /// colour that becomes the highlight background.
    public static let `default` = Theme(
        name: "default",
        appearances: [
            .normal: RoleAppearance(),
            .dim: RoleAppearance(attributes: .dim),
            .header: RoleAppearance(foreground: .named(.cyan), foreground256: 81, attributes: .bold),
            .title: RoleAppearance(foreground: .bright(.white), attributes: .bold),
            .border: RoleAppearance(foreground: .named(.blue), foreground256: 67),
            .accent: RoleAppearance(foreground: .named(.magenta), foreground256: 141),
            .selection: RoleAppearance(foreground: .named(.cyan), foreground256: 38),
            .ok: RoleAppearance(foreground: .named(.green), foreground256: 42),
            .warning: RoleAppearance(foreground: .named(.yellow), foreground256: 214),
            .danger: RoleAppearance(foreground: .named(.red), foreground256: 196, attributes: .bold),
            .critical: RoleAppearance(foreground: .bright(.red), foreground256: 197, attributes: .bold),
            .info: RoleAppearance(foreground: .named(.cyan), foreground256: 117),
            .muted: RoleAppearance(foreground: .bright(.black), foreground256: 245),
            .chart1: RoleAppearance(foreground: .named(.cyan), foreground256: 44),
            .chart2: RoleAppearance(foreground: .named(.magenta), foreground256: 170),
            .chart3: RoleAppearance(foreground: .named(.yellow), foreground256: 221),
            .keyHint: RoleAppearance(foreground: .bright(.cyan), foreground256: 51, attributes: .bold),
            .stale: RoleAppearance(foreground: .bright(.black), foreground256: 240, attributes: .dim),
            .error: RoleAppearance(foreground: .bright(.white), background: .named(.red), background256: 160, attributes: .bold),
        ])

    /// No colours at all, for `NO_COLOR` and monochrome terminals: meaning carried by
    /// attributes only.
    public static let monochrome = Theme(
        name: "monochrome",
        appearances: [
            .header: RoleAppearance(attributes: .bold),
            .title: RoleAppearance(attributes: .bold),
            .selection: RoleAppearance(attributes: .reverse),
            .danger: RoleAppearance(attributes: [.bold, .reverse]),
            .critical: RoleAppearance(attributes: [.bold, .reverse]),
            .dim: RoleAppearance(attributes: .dim),
            .muted: RoleAppearance(attributes: .dim),
            .stale: RoleAppearance(attributes: .dim),
            .keyHint: RoleAppearance(attributes: .bold),
            .warning: RoleAppearance(attributes: .underline),
            .error: RoleAppearance(attributes: [.bold, .underline]),
        ])
}
