import ArchestraAPI

/// One thing `:` can open or run: a pane with its aliases, or a command of the console.
public struct PaletteEntry: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case pane(Pane)
        case command(String)
    }

    /// The canonical name (`agents`, `ctx`).
    public var command: String
    public var aliases: [String]
    public var title: String
    /// Resources or observation for panes; nil for the console's own commands.
    public var group: PaneGroup?
    public var target: Target
}

/// An entry that matches what was typed after `:`, with how well.
public struct PaletteMatch: Sendable, Equatable {
    /// How the query matched, best first; ties keep the list's order.
    public enum Kind: Int, Sendable, Comparable {
        case exact, commandPrefix, aliasPrefix, fuzzy

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var entry: PaletteEntry
    public var kind: Kind
    public var score: Int
    /// The name that matched: the command or one of its aliases (`registry` for "reg").
    public var word: String
}

/// The `:` palette (k9s's `:`): every pane and command, narrowed as you type. An exact command or
/// alias always comes first, so `:l` stays limits whatever else fuzzily matches.
public enum CommandPalette {
    /// Panes grouped as help shows them (resources, then observation), then the console's commands.
    public static var entries: [PaletteEntry] {
        let panes = PaneDirectory.grouped.flatMap { group in
            group.panes.map { pane in
                PaletteEntry(
                    command: pane.commands.first ?? pane.rawValue, aliases: Array(pane.commands.dropFirst()),
                    title: pane.title, group: group.group, target: .pane(pane))
            }
        }
        let commands = [
            PaletteEntry(command: "ctx", aliases: ["context"], title: "switch server (ctx NAME)", target: .command("ctx")),
            PaletteEntry(command: "theme", aliases: [], title: "switch theme (theme NAME)", target: .command("theme")),
            PaletteEntry(command: "trash", aliases: [], title: "deleted records of this pane", target: .command("trash")),
            PaletteEntry(command: "quit", aliases: ["q"], title: "leave the console", target: .command("quit")),
        ]
        return panes + commands
    }

    /// What `query` matches, best first. Only its first word counts: `ctx prod` lists `ctx`.
    public static func matches(_ query: String) -> [PaletteMatch] {
        let word = query.split(separator: " ", maxSplits: 1).first.map { String($0).lowercased() } ?? ""
        let all = entries
        guard !word.isEmpty else {
            return all.map { PaletteMatch(entry: $0, kind: .fuzzy, score: 0, word: $0.command) }
        }
        let found = all.enumerated().compactMap { index, entry -> (Int, PaletteMatch)? in
            match(word, entry).map { (index, $0) }
        }
        return found.sorted { lhs, rhs in
            if lhs.1.kind != rhs.1.kind { return lhs.1.kind < rhs.1.kind }
            if lhs.1.score != rhs.1.score { return lhs.1.score > rhs.1.score }
            return lhs.0 < rhs.0
        }.map(\.1)
    }

    static func match(_ word: String, _ entry: PaletteEntry) -> PaletteMatch? {
        let names = [entry.command] + entry.aliases
        if let exact = names.first(where: { $0 == word }) {
            return PaletteMatch(entry: entry, kind: .exact, score: 0, word: exact)
        }
        if entry.command.hasPrefix(word) {
            return PaletteMatch(entry: entry, kind: .commandPrefix, score: 0, word: entry.command)
        }
        if let alias = entry.aliases.first(where: { $0.hasPrefix(word) }) {
            return PaletteMatch(entry: entry, kind: .aliasPrefix, score: 0, word: alias)
        }
        let best = names.compactMap { name in FuzzyMatch.score(word, in: name).map { (name, $0.score) } }.max { $0.1 < $1.1 }
        return best.map { PaletteMatch(entry: entry, kind: .fuzzy, score: $0.1, word: entry.command) }
    }

    /// What Tab puts on the command line: the highlighted match (an exact alias becomes its
    /// command, `l` → `limits`); unchanged when nothing matches.
    public static func complete(_ query: String, highlighted: Int = 0) -> String {
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty, !query.contains(" ") else { return query }
        let found = matches(query)
        guard !found.isEmpty else { return query }
        let match = found[min(max(0, highlighted), found.count - 1)]
        return match.kind == .exact ? match.entry.command : match.word
    }

    /// Whether Enter should run `text` as typed rather than the highlighted match: a pane command
    /// or alias, `ctx`/`theme` with or without a name, `trash`, `quit`, or a timeframe.
    public static func isExactCommand(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = words.first else { return false }
        if words.count > 1 { return ["ctx", "context", "theme"].contains(first) }
        if Pane(command: first) != nil { return true }
        if ["ctx", "context", "theme", "trash", "quit", "q", "q!"].contains(first) { return true }
        return Timeframe(rawValue: first).map(AppState.timeframeCycle.contains) ?? false
    }
}

extension UIState {
    /// The palette row shown highlighted for `text`: the one chosen with the arrows, else the best
    /// match once something is typed.
    public func paletteHighlight(for text: String) -> Int? {
        paletteChoice ?? (text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : 0)
    }
}
