import TerminalUI

/// Every pane as help lists it, grouped (resources, then observation): its digit when it is a
/// favourite, its command, its aliases and its title.
public enum PaneDirectory {
    /// Registry order within each group.
    public static var grouped: [(group: PaneGroup, panes: [Pane])] {
        PaneGroup.allCases.compactMap { group in
            let panes = ResourceRegistry.resources.filter { $0.group == group }.map(\.pane)
            return panes.isEmpty ? nil : (group, panes)
        }
    }

    public static func helpLines(favorites: Favorites) -> [String] {
        let commandWidth = Pane.allCases.map { DisplayWidth.of(":" + ($0.commands.first ?? "")) }.max() ?? 0
        let aliasWidth = Pane.allCases.map { DisplayWidth.of(aliases(of: $0)) }.max() ?? 0
        return grouped.flatMap { entry -> [String] in
            ["panes: \(entry.group.rawValue)"]
                + entry.panes.map { pane in
                    let digit = favorites.digit(of: pane).map(String.init) ?? " "
                    let command = DisplayWidth.pad(":" + (pane.commands.first ?? ""), to: commandWidth, alignment: .left)
                    let alias = DisplayWidth.pad(aliases(of: pane), to: aliasWidth, alignment: .left)
                    return "  \(digit)  \(command)  \(alias)  \(pane.title)"
                }
        }
    }

    /// The other names of a pane's command ("a" for agents).
    public static func aliases(of pane: Pane) -> String {
        pane.commands.dropFirst().joined(separator: " ")
    }
}
