import Foundation

/// Where a link was followed from, so `Esc` returns there.
public struct NavigationEntry: Sendable, Equatable {
    public var pane: Pane
    public var tab: Int
    public var scope: PaneScope?

    public init(pane: Pane, tab: Int, scope: PaneScope?) {
        self.pane = pane
        self.tab = tab
        self.scope = scope
    }
}

extension AppState {
    /// The declared link of the current pane that `trigger` follows for the selected row, with its scope.
    func link(triggeredBy trigger: PaneLink.Trigger) -> (link: PaneLink, scope: PaneScope)? {
        guard let link = resource.links.first(where: { $0.trigger == trigger }),
            let table = visibleTable, let row = table.row(at: ui.list(ui.pane).selected),
            let scope = link.scope(row, self)
        else { return nil }
        return (link, scope)
    }

    /// Opens the link's target limited to `scope`, remembering where it came from.
    mutating func follow(_ link: PaneLink, scope: PaneScope) -> [Effect] {
        ui.backStack.append(NavigationEntry(pane: ui.pane, tab: ui.tab(of: ui.pane), scope: ui.scopes[ui.pane]))
        ui.detail = nil
        ui.mode = .normal
        ui.scopes[link.target] = scope
        ui.updateList(link.target) { $0 = ListState() }
        ui.pane = link.target
        return []
    }

    /// `Esc` after a link: back to the pane, tab and scope it was followed from. False with nowhere to go.
    mutating func popBack() -> Bool {
        guard let entry = ui.backStack.popLast() else { return false }
        ui.detail = nil
        ui.pane = entry.pane
        ui.tabs[entry.pane] = entry.tab
        ui.scopes[entry.pane] = entry.scope
        clampSelection()
        return true
    }

    /// The scope the current pane is limited to, shown in the title line.
    public var currentScope: PaneScope? { ui.scopes[ui.pane] }
}
