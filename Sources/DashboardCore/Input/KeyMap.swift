/// Which keys run which command: the defaults, with the person's overrides from the config file.
/// Digit keys always open favourite panes (`favorites:`); everything else can be rebound.
public struct KeyMap: Sendable, Equatable {
    public private(set) var keys: [KeyCommand: [KeyPress]]
    /// Declared row actions rebound under `keys:` (by id); the others keep their declared key.
    public private(set) var actionKeys: [ActionID: [KeyPress]] = [:]

    /// The defaults keep clear of tmux's (Ctrl-B) and screen's (Ctrl-A) prefixes.
    public static let defaults = KeyMap(keys: [
        .quit: [.character("q")], .help: [.character("?")], .refresh: [.character("r")],
        .command: [.character(":")], .filter: [.character("/")], .sort: [.character("s")],
        .sortPrevious: [.character("<")], .sortNext: [.character(">")],
        .nextPane: [.tab], .previousPane: [.backTab],
        .down: [.character("j"), .down], .up: [.character("k"), .up],
        .pageDown: [.pageDown, .control("f")], .pageUp: [.pageUp],
        .top: [.character("g"), .home], .bottom: [.character("G"), .end],
        .open: [.enter], .back: [.escape],
        .nextTab: [.character("]"), .right], .previousTab: [.character("["), .left],
        .nextTimeframe: [.character("t")], .previousTimeframe: [.character("T")],
        .edit: [.character("e")], .editInForm: [.character("E")], .new: [.character("n")], .delete: [.character("d")],
        .undo: [.character("u")], .actions: [.character("a")],
        .export: [.control("s")],
    ])

    public init(keys: [KeyCommand: [KeyPress]]) {
        self.keys = keys
    }

    /// The command a key runs, if any.
    public func command(for key: KeyPress) -> KeyCommand? {
        lookup[key]
    }

    private var lookup: [KeyPress: KeyCommand] {
        var table: [KeyPress: KeyCommand] = [:]
        for command in KeyCommand.allCases {
            for key in keys[command] ?? [] where table[key] == nil { table[key] = command }
        }
        return table
    }

    /// The keys of a declared row action: the person's, else its own.
    public func keys(for action: RowAction) -> [KeyPress] {
        actionKeys[action.id] ?? action.key.map { [$0] } ?? []
    }

    /// What `keys:` accepts: the commands, then the declared row actions.
    public static var commandNames: [String] {
        KeyCommand.allCases.map(\.rawValue) + ResourceRegistry.actionIDs.map(\.rawValue)
    }

    /// The keys of a command, as help shows them ("j ↓").
    public func label(for command: KeyCommand) -> String {
        (keys[command] ?? []).map(\.label).joined(separator: " ")
    }

    /// The defaults with `overrides` (command name → key names, e.g. `quit: Q` or `down: [j, ctrl-n]`)
    /// applied, and what was wrong with them: unknown commands or keys, and keys bound twice.
    public static func overriding(_ overrides: [String: [String]]) -> (map: KeyMap, problems: [String]) {
        var map = defaults
        var problems: [String] = []
        for name in overrides.keys.sorted() {
            let command = KeyCommand(rawValue: name)
            let action = ResourceRegistry.actionIDs.first { $0.rawValue == name }
            guard command != nil || action != nil else {
                problems.append("keys: unknown command '\(name)' (commands: \(commandNames.joined(separator: ", ")))")
                continue
            }
            var parsed: [KeyPress] = []
            for text in overrides[name] ?? [] {
                guard let key = KeyPress(name: text) else {
                    problems.append("keys: '\(text)' for \(name) is not a key (examples: q, Q, ctrl-x, tab, enter, esc, f5)")
                    continue
                }
                if case .character(let character) = key, character.isNumber {
                    problems.append("keys: \(text) opens a pane and cannot run \(name)")
                    continue
                }
                parsed.append(key)
            }
            guard !parsed.isEmpty else { continue }
            if let command { map.keys[command] = parsed } else if let action { map.actionKeys[action] = parsed }
        }
        problems += map.conflicts
        return (map, problems)
    }

    /// Keys bound to two commands (the first command in `KeyCommand` order wins), and keys of declared
    /// actions that hide a command where both apply (the action wins: it is looked up first); each is said.
    public var conflicts: [String] {
        commandConflicts + actionConflicts
    }

    var commandConflicts: [String] {
        var owner: [KeyPress: KeyCommand] = [:]
        var problems: [String] = []
        for command in KeyCommand.allCases {
            for key in keys[command] ?? [] {
                if let first = owner[key] {
                    problems.append("keys: \(key.label) is bound to both \(first.rawValue) and \(command.rawValue); \(first.rawValue) wins")
                } else {
                    owner[key] = command
                }
            }
        }
        return problems
    }

    var actionConflicts: [String] {
        var problems: [String] = []
        for resource in ResourceRegistry.all {
            let live = KeyBindings.commands(on: resource.pane, inTrash: false)
            let trash = KeyBindings.commands(on: resource.pane, inTrash: true)
            for tab in resource.tabs {
                var taken: [Bool: [KeyPress: ActionID]] = [:]
                for action in tab.actions {
                    let applying = action.inTrash ? trash : live
                    for key in keys(for: action) {
                        if let command = KeyCommand.allCases.first(where: { applying.contains($0) && keys[$0]?.contains(key) == true }) {
                            problems.append(
                                "keys: \(key.label) is bound to both \(command.rawValue) and \(action.id) on \(resource.title); \(action.id) wins there"
                            )
                        }
                        if let first = taken[action.inTrash]?[key] {
                            problems.append(
                                "keys: \(key.label) is bound to both \(first) and \(action.id) on \(resource.title); \(first) wins there")
                        } else {
                            taken[action.inTrash, default: [:]][key] = action.id
                        }
                    }
                }
            }
        }
        return problems
    }
}
