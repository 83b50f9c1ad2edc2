/// One row of the help overlay and, where `hint` is set, of the key hint bar.
public struct KeyBinding: Sendable, Equatable {
    public var keys: String
    public var description: String
    /// Short label for the hint bar; nil keeps it out of the bar.
    public var hint: String?
    /// Hints with the lowest priority leave a narrow hint bar first.
    public var hintPriority: Int
    /// Panes it applies to; nil means every pane.
    public var panes: Set<Pane>?
    /// The commands it describes, so rebound keys are shown as they are.
    public var commands: [KeyCommand]
    /// The declared row action it describes (its key and where it applies come from the declaration).
    public var action: ActionID?

    public init(
        _ keys: String, _ description: String, hint: String? = nil, priority: Int = 0, panes: Set<Pane>? = nil,
        commands: [KeyCommand] = [], action: ActionID? = nil
    ) {
        self.keys = keys
        self.description = description
        self.hint = hint
        self.hintPriority = priority
        self.panes = panes
        self.commands = commands
        self.action = action
    }
}

/// The keys of the console, as data: the help overlay and the hint bar are drawn from this table,
/// and what applies where comes from the resource registry.
public enum KeyBindings {
    static func panes(where condition: (ResourceDescription) -> Bool) -> Set<Pane> {
        Set(ResourceRegistry.all.filter(condition).map(\.pane))
    }

    /// Built once: the footer asks for it on every frame.
    public static let all: [KeyBinding] = {
        let resources = ResourceRegistry.resources
        let listPanes = panes { $0.body.hasTable }
        let tabbed = resources.filter { $0.tabs.count > 1 }
        let tabNames = tabbed.map { $0.tabs.map(\.name).joined(separator: " / ") }.joined(separator: ", ")
        // Where Enter follows a declared link instead of opening the detail, and the panes Esc returns from.
        let linkedOnEnter = Dictionary(
            ResourceRegistry.all.compactMap { resource in resource.links.first { $0.trigger == .enter }.map { (resource.pane, $0) } },
            uniquingKeysWith: { first, _ in first })
        let linkTargets = Set(ResourceRegistry.all.flatMap(\.links).map(\.target))
        // Panes whose trash has actions of its own (restore).
        let trashed = panes { $0.tabs.contains { $0.actions.contains(where: \.inTrash) } }
        let links = linkedOnEnter.sorted { $0.key.rawValue < $1.key.rawValue }.map { pane, link in
            KeyBinding(
                "Enter", "open the \(link.title) of the selected row", hint: link.title, priority: 7, panes: [pane], commands: [.open])
        }
        // Panes whose actions `u` can undo.
        let undoable = panes { $0.tabs.contains { $0.actions.contains { $0.undoneBy != nil } } }
        var bindings: [KeyBinding] =
            [
                favoritesRow,
                KeyBinding(
                    ":", "open a pane or run a command (type to narrow, Tab completes)", hint: "cmd", priority: 3,
                    commands: [.command]),
                KeyBinding("Tab / S-Tab", "next / previous pane", commands: [.nextPane, .previousPane]),
                KeyBinding("j k ↑ ↓", "move selection", panes: listPanes, commands: [.down, .up]),
                KeyBinding(
                    "PgUp PgDn g G", "page up / down, first / last row", panes: listPanes, commands: [.pageUp, .pageDown, .top, .bottom]),
                KeyBinding(
                    "Enter", "open the selected row with every field", hint: "detail", priority: 7,
                    panes: listPanes.subtracting(linkedOnEnter.keys), commands: [.open]),
                KeyBinding("Esc", "back / clear filter", hint: "back", priority: 7, panes: linkTargets, commands: [.back]),
                KeyBinding("Esc", "back / clear filter", panes: panes { _ in true }.subtracting(linkTargets), commands: [.back]),
                KeyBinding(
                    "/", "filter rows as you type (Enter keeps, Esc clears)", hint: "filter", priority: 8, panes: listPanes,
                    commands: [.filter]
                ),
                KeyBinding(
                    "s + letter", "sort by column (letter = column initial, again to reverse)", hint: "sort", priority: 5, panes: listPanes,
                    commands: [.sort]),
                KeyBinding("< >", "sort by previous / next column", panes: listPanes, commands: [.sortPrevious, .sortNext]),
                KeyBinding(
                    "[ ]", "switch tab (\(tabNames))", hint: "tab", priority: 6, panes: Set(tabbed.map(\.pane)),
                    commands: [.previousTab, .nextTab]),
                KeyBinding(
                    "t / T", "next / previous timeframe (5m … 30d)", hint: "timeframe", priority: 4, panes: panes { $0.usesTimeframe },
                    commands: [.nextTimeframe, .previousTimeframe]),
                KeyBinding(
                    "e", "edit the selected record in $EDITOR (VISUAL, EDITOR, else vi) as YAML", hint: "edit", priority: 5,
                    panes: editable(.update), commands: [.edit]),
                KeyBinding(
                    "E", "edit the selected record in a form (Ctrl-S saves, Ctrl-E switches to $EDITOR)", panes: editable(.update),
                    commands: [.editInForm]),
                KeyBinding(
                    "n", "new record in a form" + elsewhere(.new, outside: editable(.create)), hint: "new", priority: 3,
                    panes: editable(.create), commands: [.new]),
                KeyBinding(
                    "d", "delete the selected record (asks first)", hint: "delete", priority: 3, panes: editable(.delete),
                    commands: [.delete]),
                KeyBinding(
                    "u", "undo the last delete; in :trash, restore the selected record", panes: editable(.restore).intersection(trashed),
                    commands: [.undo]),
                KeyBinding("u", "undo the last delete", panes: editable(.restore).subtracting(trashed), commands: [.undo]),
                KeyBinding(
                    "u", "put back what the last quick action changed", panes: undoable.subtracting(editable(.restore)), commands: [.undo]),
            ]
            + actionRows + [
                KeyBinding("Ctrl-S", "save the table as CSV and JSON in the state directory", panes: listPanes, commands: [.export]),
                // Last of all in the bar: every action it opens has its own key, listed above.
                KeyBinding(
                    "a", "the actions of the selected row (type to narrow, Enter runs)", hint: "actions", priority: 1,
                    panes: panes { $0.tabs.contains { !$0.actions.isEmpty || !$0.editActions.isEmpty } }, commands: [.actions]),
                KeyBinding("r", "refresh now (retries at once after errors)", hint: "refresh", priority: 6, commands: [.refresh]),
                KeyBinding("?", "this help", hint: "help", priority: 10, commands: [.help]),
                KeyBinding("q", "quit", hint: "quit", priority: 9, commands: [.quit]),
            ]
        // A declared Enter link takes the detail's place in help and the hint bar.
        let enter = bindings.firstIndex { $0.commands == [.open] } ?? bindings.endIndex
        bindings.insert(contentsOf: links, at: min(enter + 1, bindings.endIndex))
        let refresh = bindings.firstIndex { $0.commands == [.refresh] } ?? bindings.endIndex
        bindings.insert(contentsOf: keyLinkRows + followRows, at: refresh)
        return bindings
    }()

    /// Links declared on a key (`l` on an agent opens its logs), one row per key and title.
    static var keyLinkRows: [KeyBinding] {
        var rows: [KeyBinding] = []
        for resource in ResourceRegistry.all {
            for link in resource.links {
                guard case .key(let key) = link.trigger else { continue }
                if let index = rows.firstIndex(where: { $0.keys == key.label && $0.hint == link.title }) {
                    rows[index].panes?.insert(resource.pane)
                } else {
                    rows.append(
                        KeyBinding(
                            key.label, "open the \(link.title) of the selected row", hint: link.title, priority: 2, panes: [resource.pane]))
                }
            }
        }
        return rows
    }

    /// Live logs: back to the newest row, following again.
    static var followRows: [KeyBinding] {
        let live = panes { $0.followsNewest }
        guard !live.isEmpty else { return [] }
        return [
            KeyBinding(
                AppState.followKey.label, "follow the newest rows again (the title counts new rows while paused)", hint: "follow",
                priority: 5, panes: live)
        ]
    }

    /// One row per declared row action, on the panes that declare it.
    static var actionRows: [KeyBinding] {
        ResourceRegistry.actionIDs.compactMap { id in
            // Actions without a key of their own (quick defaults) are listed by `a`, not one help row each.
            guard let action = declaration(of: id), action.key != nil else { return nil }
            return KeyBinding(
                action.key?.label ?? "", action.help, hint: action.hint?.label, priority: action.hint?.priority ?? 0,
                panes: panes { $0.tabs.contains { $0.actions.contains { $0.id == id } } }, action: id)
        }
    }

    /// Where a declared action takes a command's default key on panes the command does not apply to, the
    /// command's row says so ("; on the MCP catalog: install the selected server").
    static func elsewhere(_ command: KeyCommand, outside commandPanes: Set<Pane>) -> String {
        let keys = KeyMap.defaults.keys[command] ?? []
        return ResourceRegistry.resources.filter { !commandPanes.contains($0.pane) }.flatMap { resource in
            resource.tabs.flatMap { tab in
                tab.actions.filter { action in action.key.map(keys.contains) == true }.map { action in
                    "; on the \(resource.shortTitle) \(tab.name.isEmpty ? "pane" : tab.name): \(action.help)"
                }
            }
        }.joined()
    }

    /// The commands that apply on a pane, on its live list or in its trash (where editing keys do not).
    static func commands(on pane: Pane, inTrash: Bool) -> Set<KeyCommand> {
        let commands = Set(bindings(for: pane).flatMap(\.commands))
        return inTrash ? commands.subtracting(editingCommands) : commands
    }

    static func declaration(of id: ActionID) -> RowAction? {
        ResourceRegistry.resources.lazy.flatMap { $0.tabs.flatMap(\.actions) }.first { $0.id == id }
    }

    /// Whether a row's keys change something on the server (off under `--read-only`).
    static func changesServer(_ binding: KeyBinding) -> Bool {
        if let id = binding.action { return declaration(of: id)?.changesServer ?? true }
        return binding.commands.contains(where: editingCommands.contains)
    }

    /// The digit keys; their range follows the favourites of the state.
    static let favoritesRow = KeyBinding(Favorites.defaults.hintKey, "favourite panes (favorites: in config.yaml; panes below)")

    /// Panes with a tab where `action` can be done.
    static func editable(_ action: EditAction) -> Set<Pane> {
        panes { $0.tabs.contains { $0.editActions.contains(action) } }
    }

    /// The commands of the editing keys; all of them change something.
    static let editingCommands: Set<KeyCommand> = [.edit, .editInForm, .new, .delete, .undo]

    /// Bindings that apply on a pane.
    public static func bindings(for pane: Pane) -> [KeyBinding] {
        all.filter { $0.panes?.contains(pane) ?? true }
    }

    /// Bindings of a pane as the console runs: read-only consoles say their editing keys are off
    /// and keep them out of the hint bar.
    public static func bindings(for pane: Pane, readOnly: Bool) -> [KeyBinding] {
        let bindings = bindings(for: pane)
        guard readOnly else { return bindings }
        let hasEditing = bindings.contains(where: changesServer)
        var result = bindings.map { binding -> KeyBinding in
            // An action that is partly a read (a history) says what is off instead of being off.
            if let id = binding.action, let readOnlyHelp = declaration(of: id)?.readOnlyHelp {
                var viewOnly = binding
                viewOnly.description = readOnlyHelp
                return viewOnly
            }
            guard changesServer(binding) else { return binding }
            var disabled = binding
            disabled.description = "(off: read-only) " + binding.description
            disabled.hint = nil
            return disabled
        }
        if hasEditing {
            result.append(KeyBinding("read-only", "--read-only: this console changes nothing on the server", hint: "no edits", priority: 7))
        }
        return result
    }

    /// What an editing command does, so commands the server cannot do here are left out.
    static func actions(of commands: [KeyCommand]) -> [EditAction] {
        commands.flatMap { command -> [EditAction] in
            switch command {
            case .edit, .editInForm: [.update]
            case .new: [.create]
            case .delete: [.delete]
            case .undo: [.restore]
            default: []
            }
        }
    }

    /// Bindings of the visible pane as it is now: editing keys only where this server allows them,
    /// and the sort entry naming the letter of each column.
    public static func bindings(in state: AppState) -> [KeyBinding] {
        let columns = state.visibleTable?.columns ?? []
        let allowed = state.currentTab.editor(state)?.actions ?? []
        let inTrash = state.ui.list(state.ui.pane).showsTrash
        // Row actions need a row: an empty list (or trash) offers none.
        let applicable = state.selectedRow == nil ? [] : Set(state.applicableActions.map(\.id))
        let present = bindings(for: state.ui.pane, readOnly: state.readOnly).compactMap { binding -> KeyBinding? in
            guard binding == favoritesRow else { return binding }
            guard !state.favorites.hintKey.isEmpty else { return nil }
            var digits = binding
            digits.keys = state.favorites.hintKey
            return digits
        }.filter { binding in
            // A declared action is listed where it applies: on its tab, in the trash or not, for this row.
            if let id = binding.action { return applicable.contains(id) }
            if binding.commands == [.actions] { return state.actionMenuEntries != nil }
            // `u` also puts back what a quick action changed, where the tab declares such actions.
            if binding.commands == [.undo], state.currentTab.actions.contains(where: { $0.undoneBy != nil }) { return !inTrash }
            let actions = actions(of: binding.commands)
            // In the trash only its own declared actions (restore) apply.
            if inTrash, !actions.isEmpty { return false }
            return actions.isEmpty || actions.contains(where: allowed.contains)
        }.map { binding -> KeyBinding in
            // Read-only with every action here off: the menu holds nothing to run, the bar does not offer it.
            // The bar offers the menu for declared actions; editing keys have hints of their own.
            guard binding.commands == [.actions],
                applicable.isEmpty || (state.readOnly && state.applicableActions.allSatisfy(\.changesServer))
            else { return binding }
            var quiet = binding
            quiet.hint = nil
            return quiet
        }.map { binding -> KeyBinding in
            // "Esc back" is offered only when a link led here or a detail is open: a pane opened directly has
            // nothing behind it.
            guard binding.commands == [.back], state.ui.backStack.isEmpty, state.ui.detail == nil else { return binding }
            var quiet = binding
            quiet.hint = nil
            return quiet
        }.map { binding -> KeyBinding in
            guard let id = binding.action, let keys = state.keyMap.actionKeys[id] else { return binding }
            var rebound = binding
            rebound.keys = keys.map(\.label).joined(separator: " ")
            return rebound
        }.map { binding -> KeyBinding in
            // Keys rebound in the config file are shown as they are.
            guard !binding.commands.isEmpty,
                binding.commands.contains(where: { state.keyMap.keys[$0] != KeyMap.defaults.keys[$0] })
            else { return binding }
            var rebound = binding
            rebound.keys = binding.commands.map { state.keyMap.label(for: $0) }.joined(separator: " / ")
            return rebound
        }
        return present.map { binding in
            guard binding.commands == [.sort], !columns.isEmpty else { return binding }
            var named = binding
            named.description =
                "sort by " + columns.map { "\($0.sortLetter) \($0.title)" }.joined(separator: ", ")
                + " (again to reverse)"
            return named
        }
    }
}
