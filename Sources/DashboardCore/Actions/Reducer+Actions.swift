import Foundation
import ArchestraAPI
import TerminalUI

/// Declared row actions: their keys come before the key map, they ask when declared so, and their
/// window follows what they started until it settles.
extension AppState {
    static let trashOnlyRestores = "in the trash only u (restore the selected record) applies; :trash goes back"

    /// What the current tab's actions are offered for.
    var actionSubject: ActionSubject { ActionSubject(row: selectedRow, generation: generation) }

    /// The actions of the current tab that apply here: the trash's in the trash, the others on the
    /// live list, each where its own condition holds.
    public var applicableActions: [RowAction] {
        let inTrash = ui.list(ui.pane).showsTrash
        let subject = actionSubject
        return currentTab.actions.filter { $0.inTrash == inTrash && $0.applies(subject) }
    }

    /// The applicable action a key runs, with the person's `keys:` applied.
    func rowAction(for key: KeyPress) -> RowAction? {
        applicableActions.first { keyMap.keys(for: $0).contains(key) }
    }

    /// Runs the action a key names; nil when the key names none here.
    mutating func handleActionKey(_ key: KeyPress) -> [Effect]? {
        if let action = rowAction(for: key) { return runRowAction(action) }
        // The keys of the live list's actions say what applies in the trash instead of doing nothing.
        if ui.list(ui.pane).showsTrash, currentTab.actions.contains(where: { !$0.inTrash && keyMap.keys(for: $0).contains(key) }) {
            ui.flash = Self.trashOnlyRestores
            return []
        }
        return nil
    }

    mutating func runRowAction(_ action: RowAction) -> [Effect] {
        if readOnly, action.changesServer {
            ui.flash = "read-only (--read-only): nothing can be changed"
            return []
        }
        guard let row = selectedRow else { return [] }
        let ref = ActionRef(pane: ui.pane, tab: ui.tab(of: ui.pane), action: action.id)
        let request = ActionRequest(id: row.id, name: row.recordName)
        switch action.asks {
        case .form(let editor, let field):
            return openNewRecordForm(
                editor, ref: EditorRef(pane: ref.pane, tab: ref.tab, action: action.id), template: field.map { (row, $0) })
        case .history:
            ui.overlay = .versions(VersionBrowser(ref: editorRef, id: row.id, name: row.recordName))
            return [.edit(.loadVersions(editorRef, id: row.id))]
        case .confirm(let confirm):
            var progress = ActionProgress(ref: ref, id: row.id, name: row.recordName, wording: Self.wording(of: action))
            progress.confirm = confirm
            ui.overlay = .progress(progress)
            return []
        case .none:
            // Followed, it runs in its window; otherwise the status line says it is under way.
            if action.follow != nil {
                ui.overlay = .progress(ActionProgress(ref: ref, id: row.id, name: row.recordName, wording: Self.wording(of: action)))
            } else {
                ui.flash = FollowWording.fill(action.running ?? "\(action.id) %@…", row.recordName)
            }
            return [.edit(.runAction(ref, request))]
        }
    }

    static func wording(of action: RowAction) -> FollowWording {
        action.follow?.wording ?? FollowWording(title: "\(action.id) %@", following: "", keepsGoing: "")
    }

    /// `y` runs an action that asked; any other key keeps things as they are. Once running, Esc
    /// closes the window and stops following (the change itself goes on on the server).
    mutating func handleProgressKey(_ key: KeyPress, _ progress: ActionProgress) -> [Effect] {
        var progress = progress
        if progress.isConfirming {
            guard key == .character("y") else {
                ui.overlay = nil
                ui.flash = progress.declined
                return []
            }
            progress.confirm = nil
            ui.overlay = .progress(progress)
            return [.edit(.runAction(progress.ref, ActionRequest(id: progress.id, name: progress.name)))]
        }
        guard key == .escape || key == .enter || key == .character("q") else { return [] }
        ui.overlay = nil
        if !progress.isSettled, progress.ref.follow != nil { ui.flash = progress.keepsGoing }
        return [.stopFollowing(progress.ref, id: progress.id)]
    }

    mutating func actionReplied(_ ref: ActionRef, _ reply: ActionReply) -> [Effect] {
        switch reply {
        case .following(let id, let state): return actionProgressed(ref, id: id, state)
        case .done(let message):
            if case .progress(let progress)? = ui.overlay, progress.ref == ref { ui.overlay = nil }
            ui.flash = message
            return refreshAfterAction(ref)
        case .undoable(let message, let undo):
            if case .progress(let progress)? = ui.overlay, progress.ref == ref { ui.overlay = nil }
            guard let undoing = ref.declaration?.undoneBy else {
                ui.flash = message
                return refreshAfterAction(ref)
            }
            let summary = message ?? "\(ref.action) done"
            ui.lastUndo = PendingUndo(
                ref: ActionRef(pane: ref.pane, tab: ref.tab, action: undoing),
                request: ActionRequest(id: undo.string("id") ?? "", name: undo.string("name") ?? "", payload: undo),
                summary: summary)
            ui.flash = summary + " — u puts it back"
            return refreshAfterAction(ref)
        }
    }

    /// `u` after an undoable action on this pane: runs its undo once.
    mutating func undoLastAction() -> [Effect]? {
        guard let pending = ui.lastUndo, pending.ref.pane == ui.pane, !ui.list(ui.pane).showsTrash else { return nil }
        if readOnly {
            ui.flash = "read-only (--read-only): nothing can be changed"
            return []
        }
        ui.lastUndo = nil
        ui.flash = "putting back what was there before: \(pending.summary)…"
        return [.edit(.runAction(pending.ref, pending.request))]
    }

    mutating func actionProgressed(_ ref: ActionRef, id: String, _ state: FollowState) -> [Effect] {
        guard case .progress(var progress)? = ui.overlay, progress.ref == ref, progress.id == id || progress.id.isEmpty else {
            return []
        }
        progress.id = id
        progress.take(state)
        ui.overlay = .progress(progress)
        return progress.isSettled ? refreshAfterAction(ref) : []
    }

    mutating func actionFailed(_ ref: ActionRef, _ error: ArchestraError) -> [Effect] {
        guard case .progress(var progress)? = ui.overlay, progress.ref == ref else {
            // An action without a window (the trash's restore) says so on the status line.
            if ref.follow == nil { ui.flash = "could not \(ref.action): \(error.descriptionOfOneRequest)" }
            return []
        }
        progress.error = error.descriptionOfOneRequest
        progress.isSettled = true
        ui.overlay = .progress(progress)
        return []
    }

    /// What an action changed can show on any tab of its pane (an install on the catalog adds an
    /// installed server): all of them are read again.
    func refreshAfterAction(_ ref: ActionRef) -> [Effect] {
        [.refresh(Set(ref.pane.resource.tabs.flatMap(\.sources).map(\.id)))]
    }
}
