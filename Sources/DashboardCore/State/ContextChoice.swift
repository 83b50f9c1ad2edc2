/// The Archestra instances the config file names, and switching between them at runtime.
public struct ContextChoice: Sendable, Equatable {
    public var names: [String] = []
    /// The context shown, nil without a config file's contexts.
    public var current: String?
    /// Asked for with `:ctx NAME`; the main loop swaps the connection and clears it.
    public var requested: String?
    /// `ARCHESTRA_BASE_URL` or a flag took over part of the current context: it is shown as `[name*]`,
    /// since the server in use is not the one the context names.
    public var overridden: Bool

    public init(names: [String] = [], current: String? = nil, overridden: Bool = false) {
        self.names = names
        self.current = current
        self.overridden = overridden
    }

    /// The current context as the header names it: `name`, or `name*` when overridden.
    public var currentLabel: String? {
        current.map { overridden ? $0 + "*" : $0 }
    }
}

/// Colour themes by name, and switching between them at runtime.
public struct ThemeChoice: Sendable, Equatable {
    public var names: [String] = []
    public var current: String?
    /// Asked for with `:theme NAME`; the main loop loads it and clears it.
    public var requested: String?

    public init(names: [String] = [], current: String? = nil) {
        self.names = names
        self.current = current
    }
}

extension AppState {
    /// `:ctx` lists the contexts, `:ctx NAME` switches to one.
    mutating func switchContext(to name: String?) -> [Effect] {
        guard !contexts.names.isEmpty else {
            ui.flash = "no contexts: name them in config.yaml (see README, Contexts)"
            return []
        }
        guard let name else {
            ui.flash =
                "contexts: "
                + contexts.names.map { $0 == contexts.current ? "[\(contexts.currentLabel ?? $0)]" : $0 }.joined(separator: " ")
                + " — :ctx NAME switches"
            return []
        }
        guard contexts.names.contains(name) else {
            ui.flash = "no context '\(name)' (contexts: \(contexts.names.joined(separator: ", ")))"
            return []
        }
        // An overridden context can be switched to as the file describes it.
        guard name != contexts.current || contexts.overridden else {
            ui.flash = "already on \(name)"
            return []
        }
        contexts.requested = name
        ui.flash = "switching to \(name)…"
        return []
    }

    /// `:theme` lists the themes, `:theme NAME` switches to one.
    mutating func switchTheme(to name: String?) -> [Effect] {
        guard let name else {
            ui.flash = "themes: " + themes.names.map { $0 == themes.current ? "[\($0)]" : $0 }.joined(separator: " ")
            return []
        }
        guard themes.names.isEmpty || themes.names.contains(name) else {
            ui.flash = "no theme '\(name)' (themes: \(themes.names.joined(separator: ", ")))"
            return []
        }
        themes.requested = name
        return []
    }
}
