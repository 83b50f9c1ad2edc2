/// One row of the help overlay and, where `hint` is set, of the key hint bar.
public struct KeyBinding: Sendable, Equatable {
    public var keys: String
    public var description: String
    /// Short label for the hint bar; nil keeps it out of the bar.
    public var hint: String?
    /// Panes it applies to; nil means every pane.
    public var panes: Set<Pane>?

    public init(_ keys: String, _ description: String, hint: String? = nil, panes: Set<Pane>? = nil) {
        self.keys = keys
        self.description = description
        self.hint = hint
        self.panes = panes
    }
}

/// The keys of the console, as data: the help overlay and the hint bar are drawn from this table.
public enum KeyBindings {
    static let listPanes: Set<Pane> = [.agents, .gateways, .proxies, .knowledge, .mcp, .limits, .stats]

    public static let all: [KeyBinding] = [
        KeyBinding("1-8", "switch pane (1 overview … 8 stats)"),
        KeyBinding(":", "command: :overview :agents :gateways :proxies :kb :mcp :limits :stats :quit (Tab completes)", hint: "cmd"),
        KeyBinding("Tab / S-Tab", "next / previous pane"),
        KeyBinding("j k ↑ ↓", "move selection", panes: listPanes),
        KeyBinding("PgUp PgDn g G", "page up / down, first / last row", panes: listPanes),
        KeyBinding("Enter", "open the selected row with every field", hint: "detail", panes: listPanes),
        KeyBinding("Esc", "back / clear filter"),
        KeyBinding("/", "filter rows as you type (Enter keeps, Esc clears)", hint: "filter", panes: listPanes),
        KeyBinding("s + letter", "sort by column (letter = column initial, again to reverse)", hint: "sort", panes: listPanes),
        KeyBinding("< >", "sort by previous / next column", panes: listPanes),
        KeyBinding("[ ]", "switch tab (installed / catalog, teams / agents / models)", hint: "tab", panes: [.mcp, .stats]),
        KeyBinding("t / T", "next / previous timeframe (5m … 30d)", hint: "timeframe", panes: [.overview, .proxies, .stats, .limits]),
        KeyBinding("r", "refresh now (retries at once after errors)", hint: "refresh"),
        KeyBinding("?", "this help", hint: "help"),
        KeyBinding("q", "quit", hint: "quit"),
    ]

    /// Bindings that apply on a pane.
    public static func bindings(for pane: Pane) -> [KeyBinding] {
        all.filter { $0.panes?.contains(pane) ?? true }
    }

    /// Bindings of the visible pane, with the sort entry naming the letter of each column.
    public static func bindings(in state: AppState) -> [KeyBinding] {
        let columns = ResourceTables.table(for: state.ui.pane, in: state)?.columns ?? []
        return bindings(for: state.ui.pane).map { binding in
            guard binding.keys == "s + letter", !columns.isEmpty else { return binding }
            var named = binding
            named.description = "sort by " + columns.map { "\($0.sortLetter) \($0.title)" }.joined(separator: ", ")
                + " (again to reverse)"
            return named
        }
    }
}
