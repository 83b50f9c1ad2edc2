extension KeyPress: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(label)
    }

    /// How help and messages write the key: "q", "Ctrl-S", "Tab", "↓".
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Backspace"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .control(let letter): "Ctrl-" + letter.uppercased()
        case .function(let number): "F\(number)"
        case .mouse: "mouse"
        }
    }

    /// A key from how a config file names it: `q`, `Q`, `ctrl-x` (or `C-x`, `^x`), `tab`, `enter`,
    /// `esc`, `space`, `up`, `pgdn`, `home`, `f5`; nil for anything else.
    public init?(name: String) {
        let text = name.trimmingCharacters(in: .whitespaces)
        if text.count == 1, let character = text.first {
            self = .character(character)
            return
        }
        let lowered = text.lowercased()
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isLetter, letter.isASCII else { return nil }
            self = .control(letter)
            return
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...12).contains(number) {
            self = .function(number)
            return
        }
        let named: [String: KeyPress] = [
            "tab": .tab, "backtab": .backTab, "s-tab": .backTab, "shift-tab": .backTab, "enter": .enter, "return": .enter,
            "esc": .escape, "escape": .escape, "space": .character(" "), "backspace": .backspace,
            "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp,
            "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
        ]
        guard let key = named[lowered] else { return nil }
        self = key
    }
}
