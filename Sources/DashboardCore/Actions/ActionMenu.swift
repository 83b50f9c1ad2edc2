import Foundation
import TerminalUI

/// `a`: what can be done to the selected row (the engine's edit and delete, the declared actions, its detail),
/// narrowed as the person types; Enter runs one.
public struct ActionMenu: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var id: ActionID
        public var key: String
        public var help: String
        /// The engine's command this entry runs; nil for a declared action.
        public var command: KeyCommand? = nil
    }

    public var entries: [Entry]
    public var query = ""
    public var highlighted = 0

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The entries the query matches (by id, then by what they do), best first; all of them when empty.
    public var matches: [Entry] {
        guard !query.isEmpty else { return entries }
        let scored = entries.enumerated().compactMap { index, entry -> (Int, Int, Entry)? in
            let score = FuzzyMatch.score(query, in: entry.id.rawValue)?.score ?? FuzzyMatch.score(query, in: entry.help)?.score
            return score.map { ($0, index, entry) }
        }
        return scored.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }.map(\.2)
    }

    public var chosen: Entry? {
        let matches = matches
        return matches.indices.contains(highlighted) ? matches[highlighted] : nil
    }
}

extension AppState {
    /// Opens the menu of the actions that apply to the selected row; under `--read-only` those that
    /// would change something say they are off.
    mutating func openActionMenu() -> [Effect] {
        guard let entries = actionMenuEntries else {
            ui.flash = "no actions for this row"
            return []
        }
        ui.overlay = .actions(ActionMenu(entries: entries))
        return []
    }

    /// What `a` offers for the selected row: the engine's editing verbs, the declared actions, then the
    /// row's detail; nil when there is no row or nothing but the detail (Enter shows that already).
    var actionMenuEntries: [ActionMenu.Entry]? {
        guard selectedRow != nil else { return nil }
        let declared = applicableActions.map { action in
            ActionMenu.Entry(
                id: action.id, key: keyMap.keys(for: action).map(\.label).joined(separator: " "), help: action.help(readOnly: readOnly))
        }
        let editing = engineEntries(changing: true)
        guard !declared.isEmpty || !editing.isEmpty else { return nil }
        return editing + declared + engineEntries(changing: false)
    }

    /// The engine's verbs that work on the selected row here: editing and deleting where the server allows
    /// them (off under `--read-only`, never in the trash), then showing every field.
    private func engineEntries(changing: Bool) -> [ActionMenu.Entry] {
        guard changing else {
            // Where Enter follows a link, the menu is the way to the detail, and it has no key of its own.
            let enterFollowsLink = resource.links.contains { $0.trigger == .enter }
            return [
                ActionMenu.Entry(
                    id: "detail", key: enterFollowsLink ? "" : keyMap.label(for: .open), help: "show every field of the row",
                    command: .open)
            ]
        }
        guard !ui.list(ui.pane).showsTrash, let allowed = currentTab.editor(self)?.actions else { return [] }
        let verbs: [(KeyCommand, EditAction, ActionID, String)] = [
            (.edit, .update, "edit", "edit the record in $EDITOR"),
            (.editInForm, .update, "form", "edit the record in a form"),
            (.delete, .delete, "delete", "delete the record (asks first)"),
        ]
        return verbs.filter { allowed.contains($0.1) && currentTab.editActions.contains($0.1) }.map { command, _, id, help in
            ActionMenu.Entry(id: id, key: keyMap.label(for: command), help: (readOnly ? "(off: read-only) " : "") + help, command: command)
        }
    }

    mutating func handleActionMenuKey(_ key: KeyPress, _ menu: ActionMenu) -> [Effect] {
        var menu = menu
        switch key {
        case .escape:
            ui.overlay = nil
            return []
        case .enter:
            ui.overlay = nil
            guard let entry = menu.chosen else { return [] }
            if let command = entry.command {
                if command == .open {
                    openDetail()
                    return []
                }
                return handleEditCommand(command) ?? []
            }
            guard let action = applicableActions.first(where: { $0.id == entry.id }) else { return [] }
            return runRowAction(action)
        case .down: menu.highlighted = min(menu.highlighted + 1, max(0, menu.matches.count - 1))
        case .up: menu.highlighted = max(0, menu.highlighted - 1)
        case .backspace:
            if !menu.query.isEmpty { menu.query.removeLast() }
            menu.highlighted = 0
        case .character(let character):
            menu.query.append(character)
            menu.highlighted = 0
        default: return []
        }
        ui.overlay = .actions(menu)
        return []
    }
}
