import Foundation
import ArchestraAPI

/// Answers to edits: a fetched record opens the editor, a conflict asks, a failure keeps the edit.
extension AppState {
    mutating func apply(_ result: EditResult) -> [Effect] {
        switch result {
        case .loaded(let record): return startEditing(record)
        case .loadFailed(let error):
            ui.overlay = nil
            ui.flash = "could not open the record: \(error.descriptionOfOneRequest)"
            return []
        case .externalEditorClosed(let run, let text, let failure): return externalEditorClosed(run: run, text: text, failure: failure)
        case .saved(let record, let request): return saved(record, request)
        case .conflict(let theirs): return conflict(theirs)
        case .saveFailed(let error, let recoveryPath): return saveFailed(error, recoveryPath: recoveryPath)
        case .deleted(let record):
            ui.overlay = nil
            let canUndo = record.ref.editor(in: self)?.allows(.restore) == true
            ui.lastDeleted = canUndo ? record : nil
            ui.flash = "deleted \(record.noun) \(record.name)" + (canUndo ? " — u brings it back" : "")
            return refreshAfterChange(record.ref)
        case .deleteFailed(let error):
            if case .confirmDelete(var confirmation) = ui.overlay {
                confirmation.isRunning = false
                ui.overlay = .confirmDelete(confirmation)
            }
            ui.flash = "not deleted: \(error.descriptionOfOneRequest)"
            return []
        case .restored(let name):
            ui.flash = "restored \(name)"
            let ref = ui.lastDeleted?.ref
            ui.lastDeleted = nil
            return ref.map(refreshAfterChange) ?? []
        case .restoreFailed(let error):
            ui.flash = "could not restore: \(error.descriptionOfOneRequest)"
            return []
        case .versions(let versions, let current):
            guard case .versions(var browser) = ui.overlay else { return [] }
            browser.versions = versions.sorted { $0.version > $1.version }
            browser.current = current
            browser.isLoading = false
            ui.overlay = .versions(browser)
            return []
        case .versionsFailed(let error):
            guard case .versions(var browser) = ui.overlay else { return [] }
            browser.isLoading = false
            browser.message = "could not read the history: \(error.descriptionOfOneRequest)"
            ui.overlay = .versions(browser)
            return []
        case .versionRestored(let version):
            guard case .versions(let browser) = ui.overlay else { return [] }
            ui.overlay = nil
            ui.flash = "restored version \(version) of \(browser.name)"
            return refreshAfterChange(browser.ref)
        case .actionReplied(let ref, let reply): return actionReplied(ref, reply)
        case .actionProgress(let ref, let id, let state): return actionProgressed(ref, id: id, state)
        case .actionFailed(let ref, let error): return actionFailed(ref, error)
        }
    }

    static let draftNotice = "your draft, not saved on the server: Ctrl-S checks the server's version first"

    /// The number of the next `$EDITOR` run, unique for the life of the console.
    mutating func nextEditorRun() -> Int {
        ui.externalEditorRuns += 1
        return ui.externalEditorRuns
    }

    /// Fresh data for the pane that changed.
    func refreshAfterChange(_ ref: EditorRef) -> [Effect] {
        [.refresh(Set(ref.pane.resource.tab(ref.tab).sources.map(\.id)))]
    }

    mutating func startEditing(_ fetched: JSONValue) -> [Effect] {
        guard case .edit(var session) = ui.overlay, let editor = session.ref.editor(in: self) else { return [] }
        // Single-record reads can leave out fields the list has (a knowledge base's labels): keep those.
        var record = fetched
        if case .object(var members) = fetched, case .object(let listed)? = selectedRow?.record, selectedRow?.id == session.recordID {
            for (key, value) in listed where members[key] == nil { members[key] = value }
            record = .object(members)
        }
        let fields = editor.fields(record, session.context)
        let original = Dictionary(
            fields.map { ($0.name, $0.value(in: record, directory: session.context.directory)) },
            uniquingKeysWith: { first, _ in first })
        session.fields = fields
        if let draft = ui.unsavedEdits[unsavedKey(for: session.purpose)] {
            // A kept draft starts from where it was, against what it was edited from: saving it goes
            // through the version check, so a record changed since then asks before anything is sent.
            session.original = original.merging(draft.original) { _, then in then }
            session.values = session.original.merging(draft.values) { _, kept in kept }
            session.baseMarker = draft.baseMarker
            session.isDraft = true
            session.message = Self.draftNotice
        } else {
            session.original = original
            session.values = original
            session.baseMarker = ResourceEditor.marker(of: record)
        }
        session.recordName = record.string("name") ?? session.recordName
        session.phase = .form
        if session.prefersExternalEditor { session.openExternalEditor(server: baseURL, run: nextEditorRun()) }
        ui.overlay = .edit(session)
        return []
    }

    mutating func externalEditorClosed(run: Int, text: String?, failure: String?) -> [Effect] {
        guard case .edit(var session) = ui.overlay, case .externalEditor(let request) = session.phase, request.run == run else { return [] }
        guard let text else {
            session.phase = .form
            session.message = "the editor did not run: \(failure ?? "unknown reason") — edit here, or set VISUAL or EDITOR"
            ui.overlay = .edit(session)
            return []
        }
        switch EditDocument.read(text, fields: session.fields) {
        case .empty:
            ui.overlay = nil
            ui.flash = "empty document: cancelled, nothing sent"
            return []
        case .problems(let problems):
            session.reopenExternalEditor(with: problems, text: text, run: nextEditorRun())
            ui.overlay = .edit(session)
            return []
        case .values(let values):
            session.values.merge(values) { _, new in new }
            let problems = session.problemsBeforeSaving(editor: session.ref.editor(in: self))
            if !problems.isEmpty {
                session.reopenExternalEditor(with: problems.map { DocumentProblem($0.message) }, text: text, run: nextEditorRun())
                ui.overlay = .edit(session)
                return []
            }
            return save(session)
        }
    }

    /// Sends the edit, or says there is nothing to send.
    mutating func save(_ session: EditSession) -> [Effect] {
        var session = session
        if case .update = session.purpose, session.changedFields.isEmpty {
            ui.overlay = nil
            ui.flash = "no changes: nothing sent"
            return []
        }
        guard let editor = session.ref.editor(in: self) else { return [] }
        do {
            let body = try session.body(editor: editor)
            let request = SaveRequest(
                purpose: session.purpose, noun: session.noun, name: session.displayName,
                body: body, changedFields: session.changedFields.map(\.name),
                baseMarker: session.baseMarker, overwrite: false,
                document: EditDocument.render(session, server: baseURL))
            session.phase = .saving
            session.message = nil
            ui.overlay = .edit(session)
            return [.edit(.save(session.ref, request))]
        } catch {
            session.problems[error.field] = error.message
            session.phase = .form
            ui.overlay = .edit(session)
            return []
        }
    }

    mutating func saved(_ record: JSONValue, _ request: SaveRequest) -> [Effect] {
        guard case .edit(let session) = ui.overlay else { return [] }
        ui.unsavedEdits[unsavedKey(for: session.purpose)] = nil
        let name = record.string("name") ?? request.name
        switch request.purpose {
        case .create:
            // A record without a name of its own (a usage limit) is not called by its noun twice.
            ui.flash = name == session.noun ? "created \(session.noun)" : "created \(session.noun) \(name)"
        case .update:
            ui.flash = "saved \(session.noun) \(name): " + request.changedFields.joined(separator: ", ")
        }
        if session.quitWhenSaved { shouldQuit = true }
        // A declared action's form (an install) goes on as that action: its follow shows what it started.
        if let action = session.ref.action, let follow = session.ref.actionRef(action).follow, let id = record.string("id") {
            let ref = session.ref.actionRef(action)
            ui.overlay = .progress(ActionProgress(ref: ref, id: id, name: name, wording: follow.wording))
            return refreshAfterChange(session.ref) + [.edit(.follow(ref, id: id))]
        }
        ui.overlay = nil
        return refreshAfterChange(session.ref)
    }

    mutating func conflict(_ theirs: JSONValue) -> [Effect] {
        guard case .edit(var session) = ui.overlay else { return [] }
        // Nothing was saved: the person chooses first, the console stays.
        session.quitWhenSaved = false
        if session.message == Self.quitWhenSavedMessage { session.message = nil }
        session.phase = .conflict(theirs: theirs, differences: session.differences(theirs: theirs))
        ui.overlay = .edit(session)
        return []
    }

    mutating func saveFailed(_ error: ArchestraError, recoveryPath: String?) -> [Effect] {
        guard case .edit(var session) = ui.overlay else { return [] }
        ui.unsavedEdits[unsavedKey(for: session.purpose)] = session.draft
        session.recoveryPath = recoveryPath
        // A quit asked for during the save waits: the person must see that it failed.
        let wasQuitting = session.quitWhenSaved
        session.quitWhenSaved = false
        if session.message == Self.quitWhenSavedMessage { session.message = nil }
        // The path has a line of its own in the form (`recoveryPath`): in this message it would be cut.
        let kept = " (your edit is kept)"
        if let field = error.fieldNamed(in: session.fields) {
            session.problems[field] = error.validationMessage
        } else {
            session.message = "not saved: \(error.descriptionOfOneRequest)" + kept
        }
        if wasQuitting { session.message = (session.message ?? "not saved") + "; not quitting" }
        if session.prefersExternalEditor, error.status == 400 {
            let text = EditDocument.render(session, server: baseURL)
            session.reopenExternalEditor(
                with: [DocumentProblem("the server refused it: \(error.validationMessage)")], text: text,
                run: nextEditorRun())
        } else {
            session.phase = .form
        }
        ui.overlay = .edit(session)
        return []
    }
}

extension EditSession {
    /// What messages call the record.
    var displayName: String {
        if !recordName.isEmpty { return recordName }
        if let name = values["name"]?.text { return name }
        // Else the first thing it was given (whom a usage limit applies to).
        let first = fields.first { $0.isRequired && $0.kind != .secret && !value(of: $0).isBlank }
        return first.map { formText(of: $0) } ?? noun
    }

    private func formText(of field: EditableField) -> String {
        let text = field.formText(value(of: field))
        return field.optionLabels[text] ?? text
    }

    mutating func openExternalEditor(server: String, run: Int) {
        phase = .externalEditor(
            ExternalEditRequest(
                run: run, document: EditDocument.render(self, server: server),
                fileStem: fileStem))
    }

    mutating func reopenExternalEditor(with problems: [DocumentProblem], text: String, run: Int) {
        phase = .externalEditor(
            ExternalEditRequest(
                run: run, document: EditDocument.withProblems(problems, on: text),
                fileStem: fileStem))
    }

    var fileStem: String {
        let name = displayName.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return noun.replacingOccurrences(of: " ", with: "-") + "-" + String(String(name).prefix(40))
    }

    /// Required fields, numbers and the resource's own rules, before anything is sent.
    func problemsBeforeSaving(editor: ResourceEditor?) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        for field in fields where field.isRequired && value(of: field).isBlank {
            problems.append(FieldProblem(field: field.name, message: "\(field.label) is required"))
        }
        for field in fields {
            do { _ = try field.body(value(of: field), directory: context.directory) } catch { problems.append(error) }
        }
        problems += editor?.validate(values) ?? []
        return problems
    }

    /// The request body: the changed fields of an update, every filled field of a create.
    func body(editor: ResourceEditor) throws(FieldProblem) -> JSONValue {
        var object: [String: JSONValue] = [:]
        let sent: [EditableField]
        switch purpose {
        case .update: sent = changedFields
        case .create:
            sent = fields.filter { !value(of: $0).isBlank || $0.kind == .bool }
            object.merge(editor.createExtras(context)) { _, extra in extra }
        }
        for field in sent {
            Self.place(try field.body(value(of: field), directory: context.directory), at: field.name, in: &object)
        }
        if let template { object[template.field] = .string(template.id) }
        return .object(try editor.shapeBody(object, context))
    }

    /// `environmentValues.TOKEN` goes inside `environmentValues`.
    static func place(_ value: JSONValue, at name: String, in object: inout [String: JSONValue]) {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            object[name] = value
            return
        }
        var inner: [String: JSONValue] = [:]
        if case .object(let existing)? = object[parts[0]] { inner = existing }
        place(value, at: parts[1], in: &inner)
        object[parts[0]] = .object(inner)
    }

    /// Field by field: what the edit began from, what the server holds now, and what was typed.
    func differences(theirs: JSONValue) -> [FieldDifference] {
        fields.compactMap { field in
            let base = original[field.name] ?? .null
            let now = field.value(in: theirs, directory: context.directory)
            let yours = value(of: field)
            guard now != base || yours != base else { return nil }
            return FieldDifference(field: field.name, base: field.formText(base), theirs: field.formText(now), yours: field.formText(yours))
        }
    }
}
