/// `:command` parsing and Tab completion.
public enum CommandCompletion {
    /// Every command word, canonical names first.
    public static var words: [String] {
        Pane.allCases.flatMap(\.commands) + ["trash", "ctx", "theme", "quit", "q"]
    }

    /// Completes a partial command to the palette's best match (an exact alias to its command,
    /// then a command, then an alias that starts with it, then a fuzzy match); unchanged when
    /// nothing matches.
    public static func complete(_ partial: String) -> String {
        CommandPalette.complete(partial)
    }
}
