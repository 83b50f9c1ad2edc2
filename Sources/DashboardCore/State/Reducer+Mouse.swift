/// Mouse (with `--mouse`): a click on a pane tab opens it, a click on a row selects it (a second
/// click opens it), the wheel scrolls.
extension AppState {
    static let wheelRows = 3

    mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
        switch event.kind {
        case .wheelUp, .wheelDown:
            let delta = event.kind == .wheelDown ? Self.wheelRows : -Self.wheelRows
            if var detail = ui.detail {
                detail.scroll = max(0, min(detail.scroll + delta, max(0, detail.lines.count - 1)))
                ui.detail = detail
            } else {
                moveSelection(by: delta)
            }
            return []
        case .click:
            if event.y == ScreenLayout.headerRows - 1,
                let pane = PaneTabs.pane(at: event.x, favorites: favorites, active: ui.pane, room: paneTabRoom)
            {
                return switchPane(to: pane)
            }
            let firstRow = ScreenLayout.headerRows + ScreenLayout.tableChromeRows
            guard ui.detail == nil, resource.body.hasTable, event.y >= firstRow,
                event.y < firstRow + ScreenLayout.listRows(height: ui.screenHeight)
            else { return [] }
            let row = ui.list(ui.pane).scroll + (event.y - firstRow)
            guard let table = visibleTable, row < table.rowCount else { return [] }
            if row == ui.list(ui.pane).selected {
                openDetail()
            } else {
                moveSelection(to: row)
            }
            return []
        }
    }
}
