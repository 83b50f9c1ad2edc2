import Foundation
import ArchestraAPI

extension AppState {
    /// Applies one action. Pure: returns what the store should do instead of doing it.
    public mutating func reduce(_ action: Action) -> [Effect] {
        let timeframeBefore = timeframe
        // What the resources' slices hear of this action, besides a timeframe change.
        var events: [ResourceEvent] = []
        var effects: [Effect]
        switch action {
        case .key(let key):
            effects = handleKey(key)
        case .resize(let width, let height):
            ui.screenWidth = max(0, width)
            ui.screenHeight = max(0, height)
            clampSelection()
            effects = []
        case .tick(let date):
            now = date
            events.append(.clock(date))
            effects = []
        case .loadStarted(let source):
            updateStatus(of: source) { $0.isLoading = true }
            return []
        case .loadCancelled(let source):
            updateStatus(of: source) { $0.isLoading = false }
            return []
        case .loaded(let result):
            effects = apply(result, events: &events)
            clampSelection()
            refreshNewRecordChoices()
        case .itemLoaded(let result):
            apply(result)
            effects = []
        case .edited(let result):
            effects = apply(result)
        case .notice(let text):
            ui.flash = text
            effects = []
        case .notified(let id):
            notifications.acknowledge(upTo: id)
            return []
        case .themeSwitched(let name, let failure):
            themes.requested = nil
            if let failure {
                ui.flash = "theme \(name): \(failure)"
            } else {
                themes.current = name
                ui.flash = "theme \(name)"
            }
            effects = []
        case .contextSwitchFailed(let name, let reason):
            contexts.requested = nil
            ui.flash = "cannot switch to \(name): \(reason); still on \(contexts.current ?? "the current server")"
            effects = []
        }
        if timeframe != timeframeBefore { events.append(.timeframeChanged(timeframe)) }
        effects += runSlices(events)
        refreshDerived()
        return effects
    }

    // MARK: - Keys

    mutating func handleKey(_ key: KeyPress) -> [Effect] {
        ui.flash = nil
        if key == .control("c") {
            // A form with changes asks first, as Esc does: quitting would lose them.
            if askBeforeQuittingAnEdit() { return [] }
            shouldQuit = true
            return []
        }
        if ui.overlay != nil, ui.mode == .normal { return handleOverlayKey(key) }
        switch ui.mode {
        case .filter: return handleFilterKey(key)
        case .command(let text): return handleCommandKey(key, text: text)
        case .sortPick: return handleSortPick(key)
        case .help:
            switch key {
            case .escape, .character("?"), .character("q"), .enter: ui.mode = .normal
            case .character("j"), .down: ui.helpScroll += 1
            case .character("k"), .up: ui.helpScroll = max(0, ui.helpScroll - 1)
            case .pageDown, .character(" "): ui.helpScroll += max(1, ui.screenHeight / 2)
            case .pageUp: ui.helpScroll = max(0, ui.helpScroll - max(1, ui.screenHeight / 2))
            default: break
            }
            return []
        case .normal:
            if ui.detail != nil { return handleDetailKey(key) }
            return handleNormalKey(key)
        }
    }

    /// Back to the newest row of a live log (``ResourceDescription/followsNewest``), as `g` is anywhere.
    public static let followKey = KeyPress.character("f")

    mutating func handleNormalKey(_ key: KeyPress) -> [Effect] {
        if case .mouse(let event) = key { return handleMouse(event) }
        if case .character(let c) = key, c.isNumber {
            guard let digit = c.wholeNumberValue else { return [] }
            if let pane = favorites.pane(forDigit: digit) { return switchPane(to: pane) }
            ui.flash = "no favourite on \(digit) (favorites: in config.yaml; : opens any pane)"
            return []
        }
        if let effects = handleActionKey(key) { return effects }
        if let (link, scope) = link(triggeredBy: .key(key)) { return follow(link, scope: scope) }
        if resource.followsNewest, key == Self.followKey {
            moveSelection(to: 0)
            return []
        }
        guard let command = keyMap.command(for: key) else { return [] }
        if let effects = handleEditCommand(command) { return effects }
        let rows = ScreenLayout.listRows(height: ui.screenHeight)
        switch command {
        case .command:
            ui.mode = .command("")
            ui.paletteChoice = nil
        case .filter:
            if resource.body.hasTable { ui.mode = .filter }
        case .help:
            ui.mode = .help
            ui.helpScroll = 0
        case .quit: shouldQuit = true
        case .refresh: return [.refresh(neededSources)]
        case .nextPane: return switchPane(by: 1)
        case .previousPane: return switchPane(by: -1)
        case .down: moveSelection(by: 1)
        case .up: moveSelection(by: -1)
        case .pageDown: moveSelection(by: rows)
        case .pageUp: moveSelection(by: -rows)
        case .top: moveSelection(to: 0)
        case .bottom: moveSelection(to: Int.max)
        case .open:
            // A declared Enter link drills down; elsewhere Enter shows every field of the row.
            if let (link, scope) = link(triggeredBy: .enter) { return follow(link, scope: scope) }
            openDetail()
        case .back:
            if !ui.list(ui.pane).filter.isEmpty { return setFilter("") }
            _ = popBack()
        case .sort:
            if resource.body.hasTable { ui.mode = .sortPick }
        case .sortPrevious: return cycleSort(by: -1)
        case .sortNext: return cycleSort(by: 1)
        case .nextTimeframe: return cycleTimeframe(by: 1)
        case .previousTimeframe: return cycleTimeframe(by: -1)
        case .nextTab: return switchTab(by: 1)
        case .previousTab: return switchTab(by: -1)
        case .export: return exportTable()
        case .actions: return openActionMenu()
        case .edit, .editInForm, .new, .delete, .undo: break
        }
        return []
    }

    mutating func handleDetailKey(_ key: KeyPress) -> [Effect] {
        guard var detail = ui.detail else { return [] }
        let page = max(1, ui.screenHeight - ScreenLayout.headerRows - ScreenLayout.footerRows - 1)
        let maxScroll = max(0, detail.lines.count - page)
        switch key {
        case .escape, .character("q"), .backspace:
            ui.detail = nil
            return []
        case .character("j"), .down: detail.scroll += 1
        case .character("k"), .up: detail.scroll -= 1
        case .pageDown, .character(" "): detail.scroll += page
        case .pageUp: detail.scroll -= page
        case .character("g"), .home: detail.scroll = 0
        case .character("G"), .end: detail.scroll = maxScroll
        case .character("?"):
            ui.mode = .help
            ui.helpScroll = 0
        case .character(let c) where c.isNumber:
            ui.detail = nil
            return handleNormalKey(key)
        default:
            // Editing keys and row actions act on the opened record, which is the selected row.
            if let effects = handleActionKey(key) { return effects }
            if keyMap.command(for: key) == .export { return exportOpenedRecord() }
            return keyMap.command(for: key).flatMap { handleEditCommand($0) } ?? []
        }
        detail.scroll = min(max(0, detail.scroll), maxScroll)
        ui.detail = detail
        return []
    }

    mutating func handleFilterKey(_ key: KeyPress) -> [Effect] {
        let current = ui.list(ui.pane).filter
        switch key {
        case .enter:
            ui.mode = .normal
            return []
        case .escape:
            ui.mode = .normal
            return setFilter("")
        case .backspace: return setFilter(String(current.dropLast()))
        case .control("u"): return setFilter("")
        case .character(let c): return setFilter(current + String(c))
        case .down, .up, .pageDown, .pageUp:
            ui.mode = .normal
            return handleNormalKey(key)
        default: return []
        }
    }

    mutating func handleCommandKey(_ key: KeyPress, text: String) -> [Effect] {
        let count = CommandPalette.matches(text).count
        switch key {
        case .escape: ui.mode = .normal
        case .backspace:
            if text.isEmpty { ui.mode = .normal } else { editCommand(String(text.dropLast())) }
        case .tab: editCommand(CommandPalette.complete(text, highlighted: ui.paletteHighlight(for: text) ?? 0))
        case .down, .control("n"):
            guard count > 0 else { break }
            ui.paletteChoice = ui.paletteHighlight(for: text).map { min($0 + 1, count - 1) } ?? 0
        case .up, .control("p"):
            guard count > 0 else { break }
            ui.paletteChoice = max(0, (ui.paletteHighlight(for: text) ?? 0) - 1)
        case .control("u"): editCommand("")
        case .character(let c): editCommand(text + String(c))
        case .enter:
            ui.mode = .normal
            return runPaletteChoice(text.trimmingCharacters(in: .whitespaces))
        default: break
        }
        return []
    }

    private mutating func editCommand(_ text: String) {
        ui.mode = .command(text)
        ui.paletteChoice = nil
    }

    /// Enter: what was typed when it is a command as it stands (`:l`, `:ctx prod`), else the
    /// highlighted match (`:prx` opens proxies), else the unknown-command message.
    mutating func runPaletteChoice(_ text: String) -> [Effect] {
        let highlight = ui.paletteHighlight(for: text)
        ui.paletteChoice = nil
        if CommandPalette.isExactCommand(text) { return runCommand(text) }
        let found = CommandPalette.matches(text)
        guard let highlight, !found.isEmpty else { return runCommand(text) }
        switch found[min(highlight, found.count - 1)].entry.target {
        case .pane(let pane): return switchPane(to: pane)
        case .command(let command): return runCommand(command)
        }
    }

    mutating func runCommand(_ command: String) -> [Effect] {
        let word = command.lowercased()
        if word.isEmpty { return [] }
        if word == "q" || word == "quit" || word == "q!" {
            shouldQuit = true
            return []
        }
        if let pane = Pane(command: word) { return switchPane(to: pane) }
        if word == "trash" { return toggleTrash() }
        let parts = command.split(separator: " ", maxSplits: 1).map(String.init)
        if parts.first?.lowercased() == "ctx" || parts.first?.lowercased() == "context" {
            return switchContext(to: parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil)
        }
        if parts.first?.lowercased() == "theme" {
            return switchTheme(to: parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil)
        }
        if let timeframe = Timeframe(rawValue: word), Self.timeframeCycle.contains(timeframe) {
            return setTimeframe(timeframe)
        }
        ui.flash = "unknown command :\(command) — try :agents, :limits or ? for help"
        return []
    }

    mutating func handleSortPick(_ key: KeyPress) -> [Effect] {
        ui.mode = .normal
        guard case .character(let letter) = key, let table = visibleTable else { return [] }
        guard let column = table.columns.firstIndex(where: { $0.sortLetter == Character(letter.lowercased()) }) else {
            ui.flash = "no column for '\(letter)'"
            return []
        }
        return sort(by: column)
    }

    // MARK: - Navigation

    mutating func switchPane(to pane: Pane) -> [Effect] {
        ui.detail = nil
        ui.mode = .normal
        // Opening a pane directly starts afresh: unscoped, with nothing to go back to.
        ui.backStack = []
        ui.scopes[pane] = nil
        guard pane != ui.pane else { return [] }
        ui.pane = pane
        clampSelection()
        return []
    }

    /// The next or previous pane in number order, wrapping around.
    mutating func switchPane(by delta: Int) -> [Effect] {
        let panes = Pane.allCases
        // A pane opened through a link is not in the cycle: count from the pane the links started on.
        let origin = panes.contains(ui.pane) ? ui.pane : ui.backStack.first?.pane
        guard let origin, let index = panes.firstIndex(of: origin), !panes.isEmpty else { return [] }
        return switchPane(to: panes[(index + delta + panes.count) % panes.count])
    }

    mutating func switchTab(by delta: Int) -> [Effect] {
        let count = resource.tabs.count
        guard count > 1 else { return [] }
        ui.tabs[ui.pane] = (ui.tab(of: ui.pane) + delta + count) % count
        ui.updateList(ui.pane) { $0 = ListState() }
        return []
    }

    mutating func moveSelection(by delta: Int) {
        let current = ui.list(ui.pane).selected
        let target = delta > 0 ? (current > Int.max - delta ? Int.max : current + delta) : current + delta
        moveSelection(to: target)
    }

    mutating func moveSelection(to index: Int) {
        guard let table = visibleTable else { return }
        let count = table.rowCount
        let rows = ScreenLayout.listRows(height: ui.screenHeight)
        ui.updateList(ui.pane) { list in
            list.selected = count == 0 ? 0 : min(max(0, index), count - 1)
            list.scroll = Self.scrollKeeping(selected: list.selected, scroll: list.scroll, visible: rows, count: count)
        }
    }

    /// Smallest scroll change that keeps the selection on screen.
    static func scrollKeeping(selected: Int, scroll: Int, visible: Int, count: Int) -> Int {
        var top = scroll
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        return min(max(0, top), max(0, count - visible))
    }

    mutating func clampSelection() {
        guard let table = visibleTable else { return }
        let list = ui.list(ui.pane)
        if list.selected >= table.rowCount || list.scroll > 0 { moveSelection(to: list.selected) }
    }

    mutating func openDetail() {
        guard let table = visibleTable, let row = table.row(at: ui.list(ui.pane).selected) else { return }
        ui.detail = DetailState(title: row.detailTitle, lines: row.detail, rowID: row.id)
    }

    // MARK: - Filter, sort, timeframe

    mutating func setFilter(_ text: String) -> [Effect] {
        ui.updateList(ui.pane) { list in
            list.filter = text
            list.selected = 0
            list.scroll = 0
        }
        return []
    }

    mutating func sort(by column: Int) -> [Effect] {
        // Lists that span pages can only be sorted by the server, and only by some columns.
        if let serverSort = currentTab.serverSort, serverSort[column] == nil {
            let columns = visibleTable?.columns ?? []
            let sortable = serverSort.keys.sorted().filter(columns.indices.contains).map { columns[$0].title }
            ui.flash = "the server sorts \(currentTab.main.label) only by \(sortable.joined(separator: ", "))"
            return []
        }
        ui.updateList(ui.pane) { list in
            if list.sortColumn == column {
                list.sortAscending.toggle()
            } else {
                list.sortColumn = column
                list.sortAscending = true
            }
            list.selected = 0
            list.scroll = 0
        }
        return []
    }

    mutating func cycleSort(by delta: Int) -> [Effect] {
        guard let table = visibleTable, !table.columns.isEmpty else { return [] }
        let count = table.columns.count
        var next = ui.list(ui.pane).sortColumn ?? (delta > 0 ? -1 : count)
        // Step over columns the pane cannot sort by (lists sorted by the server: the ones it cannot sort).
        let serverSort = currentTab.serverSort
        for _ in 0..<count {
            next = ((next + delta) % count + count) % count
            if serverSort == nil || serverSort?[next] != nil { break }
        }
        return sort(by: next)
    }

    /// The timeframes `t` / `T` step through.
    public static let timeframeCycle: [Timeframe] = [.fiveMinutes, .fifteenMinutes, .thirtyMinutes, .oneHour, .day, .week, .month]

    mutating func cycleTimeframe(by delta: Int) -> [Effect] {
        let cycle = Self.timeframeCycle
        let index = cycle.firstIndex(of: timeframe) ?? cycle.firstIndex(of: .day) ?? 0
        return setTimeframe(cycle[(index + delta + cycle.count) % cycle.count])
    }

    mutating func setTimeframe(_ value: Timeframe) -> [Effect] {
        guard value != timeframe else { return [] }
        timeframe = value
        // Figures of another timeframe must not be shown under the new label.
        let bound = ResourceRegistry.allSources.filter(\.followsTimeframe).map(\.id)
        bound.forEach { sources.clearValue(of: $0) }
        return [.refresh(Set(bound).intersection(neededSources))]
    }
}
