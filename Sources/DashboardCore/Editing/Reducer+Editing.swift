import Foundation
import ArchestraAPI

/// Keys that change records: `e` ($EDITOR), `E` (form), `n` (new), `d` (delete), `u` (undo a
/// delete), and the answers that come back. Declared row actions (versions, the trash's restore) are in `Actions/`.
extension AppState {
    var editorRef: EditorRef { EditorRef(pane: ui.pane, tab: ui.tab(of: ui.pane)) }

    var selectedRow: ResourceRow? { visibleTable?.row(at: ui.list(ui.pane).selected) }

    /// Carries out an editing command of the normal mode; nil when the command is not one.
    mutating func handleEditCommand(_ command: KeyCommand) -> [Effect]? {
        let action: EditAction
        switch command {
        case .edit, .editInForm: action = .update
        case .new: action = .create
        case .delete: action = .delete
        case .undo:
            if let undone = undoLastAction() { return undone }
            action = .restore
        default: return nil
        }
        guard currentTab.editActions.contains(action) || (action == .restore && ui.lastDeleted != nil) else { return nil }
        // The trash holds deleted records: its own declared actions (restore) are all that apply to them.
        if ui.list(ui.pane).showsTrash {
            ui.flash = Self.trashOnlyRestores
            return []
        }
        if readOnly {
            ui.flash = "read-only (--read-only): nothing can be changed"
            return []
        }
        switch action {
        case .update: return beginEdit(external: command == .edit)
        case .create: return beginCreate()
        case .delete: return askToDelete()
        case .restore: return undoDelete()
        }
    }

    mutating func beginEdit(external: Bool) -> [Effect] {
        guard let editor = currentTab.editor(self), editor.allows(.update) else {
            ui.flash = "\(resource.title) cannot be edited on this server"
            return []
        }
        guard let row = selectedRow else { return [] }
        let context = editContext
        var session = EditSession(
            ref: editorRef, purpose: .update(id: row.id), noun: editor.noun, recordName: row.recordName,
            fields: [], original: [:], values: [:], baseMarker: nil, context: context, phase: .loading)
        session.prefersExternalEditor = external
        ui.overlay = .edit(session)
        return [.edit(.load(editorRef, id: row.id))]
    }

    mutating func beginCreate() -> [Effect] {
        guard let editor = currentTab.editor(self) else { return [] }
        return openNewRecordForm(editor, ref: editorRef, template: nil)
    }

    /// A new record's form opened before the lists it picks from had answered (every tool, on an agent's
    /// tools): its choices follow the answers, keeping what was typed.
    mutating func refreshNewRecordChoices() {
        guard case .edit(var session)? = ui.overlay, session.phase == .form, session.purpose == .create,
            session.template == nil, session.ref == editorRef, let editor = currentTab.editor(self)
        else { return }
        let context = editContext
        guard context != session.context else { return }
        let fields = editor.fields(nil, context)
        guard fields.map(\.name) == session.fields.map(\.name) else { return }
        session.context = context
        session.fields = fields
        ui.overlay = .edit(session)
    }

    /// The form of a new record: empty values, then what the template row says (the catalog item an
    /// install starts from), then the editor's defaults.
    mutating func openNewRecordForm(_ editor: ResourceEditor, ref: EditorRef, template: (row: ResourceRow, field: String)?) -> [Effect] {
        let context = editContext
        let record = template?.row.record
        let fields = editor.fields(record, context)
        var original = Dictionary(fields.map { ($0.name, FieldValue.empty(for: $0.kind)) }, uniquingKeysWith: { first, _ in first })
        if let record {
            let filled = fields.map { ($0.name, $0.value(in: record, directory: context.directory)) }.filter { !$0.1.isBlank }
            original.merge(Dictionary(filled, uniquingKeysWith: { first, _ in first })) { _, fromTemplate in fromTemplate }
        }
        original.merge(editor.defaults(context)) { _, new in new }
        let key = unsavedKey(for: .create)
        var session = EditSession(
            ref: ref, purpose: .create, noun: editor.noun,
            recordName: record?.string("name") ?? "", fields: fields, original: original,
            values: ui.unsavedEdits[key]?.values ?? original, baseMarker: nil, context: context, phase: .form)
        session.template = template.map { EditTemplate(id: $0.row.id, field: $0.field) }
        if ui.unsavedEdits[key] != nil {
            session.isDraft = true
            session.message = "your draft, not created on the server yet"
        }
        ui.overlay = .edit(session)
        return []
    }

    func unsavedKey(for purpose: EditSession.Purpose) -> String {
        switch purpose {
        case .create: "\(ui.pane.rawValue)/\(ui.tab(of: ui.pane))/new"
        case .update(let id): "\(ui.pane.rawValue)/\(id)"
        }
    }

    mutating func askToDelete() -> [Effect] {
        guard let editor = currentTab.editor(self), editor.allows(.delete), let row = selectedRow else { return [] }
        ui.overlay = .confirmDelete(
            DeleteConfirmation(
                ref: editorRef, noun: editor.noun, id: row.id, name: row.recordName,
                needsTypedName: row.record.map(editor.needsTypedName) ?? false))
        return []
    }

    mutating func undoDelete() -> [Effect] {
        guard let deleted = ui.lastDeleted, deleted.ref.editor(in: self)?.allows(.restore) == true else {
            ui.flash = "nothing to undo"
            return []
        }
        ui.flash = "restoring \(deleted.noun) \(deleted.name)…"
        return [.edit(.restore(deleted.ref, id: deleted.id, name: deleted.name))]
    }

    /// `:trash` shows deleted records (or the live ones again) where the list has a trash.
    mutating func toggleTrash() -> [Effect] {
        guard currentTab.hasTrash else {
            ui.flash = "\(resource.title) has no trash here"
            return []
        }
        ui.updateList(ui.pane) { list in
            list.showsTrash.toggle()
            list.selected = 0
            list.scroll = 0
        }
        ui.flash = ui.list(ui.pane).showsTrash ? "the trash: u restores the selected record, :trash goes back" : nil
        return []
    }
}
