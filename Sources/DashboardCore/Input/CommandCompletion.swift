/// `:command` parsing and Tab completion.
public enum CommandCompletion {
    /// Every command word, canonical names first.
    public static var words: [String] {
        Pane.allCases.flatMap(\.commands) + ["trash", "ctx", "theme", "quit", "q"]
    }

    /// Completes a partial command to the first command that starts with it
    /// (canonical names win over aliases); unchanged when nothing matches.
    public static func complete(_ partial: String) -> String {
        let prefix = partial.lowercased()
        guard !prefix.isEmpty else { return partial }
        let canonical = Pane.allCases.compactMap(\.commands.first) + ["quit"]
        return (canonical + words).first { $0.hasPrefix(prefix) } ?? partial
    }
}
