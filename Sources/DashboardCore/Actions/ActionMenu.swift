import Foundation
import TerminalUI

/// `a`: the declared actions of the selected row, narrowed as the person types; Enter runs one.
public struct ActionMenu: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var id: ActionID
        public var key: String
        public var help: String
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
        let actions = applicableActions
        guard !actions.isEmpty, selectedRow != nil else {
            ui.flash = "no actions for this row"
            return []
        }
        let entries = actions.map { action in
            ActionMenu.Entry(
                id: action.id, key: keyMap.keys(for: action).map(\.label).joined(separator: " "), help: action.help(readOnly: readOnly))
        }
        ui.overlay = .actions(ActionMenu(entries: entries))
        return []
    }

    mutating func handleActionMenuKey(_ key: KeyPress, _ menu: ActionMenu) -> [Effect] {
        var menu = menu
        switch key {
        case .escape:
            ui.overlay = nil
            return []
        case .enter:
            ui.overlay = nil
            guard let entry = menu.chosen, let action = applicableActions.first(where: { $0.id == entry.id }) else { return [] }
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
