import Foundation
import ArchestraAPI
import TerminalUI

/// Keys of the inline form: move between fields, type, pick, save (Ctrl-S), switch to `$EDITOR`
/// (Ctrl-E), cancel (Esc, which asks first when something changed).
extension AppState {
    mutating func handleOverlayKey(_ key: KeyPress) -> [Effect] {
        switch ui.overlay {
        case .edit(let session)?: return handleEditKey(key, session)
        case .confirmDelete(let confirmation)?: return handleDeleteKey(key, confirmation)
        case .versions(let browser)?: return handleVersionsKey(key, browser)
        case .progress(let progress)?: return handleProgressKey(key, progress)
        case .actions(let menu)?: return handleActionMenuKey(key, menu)
        case nil: return []
        }
    }

    mutating func handleEditKey(_ key: KeyPress, _ session: EditSession) -> [Effect] {
        var session = session
        switch session.phase {
        case .loading, .saving, .externalEditor:
            if key == .escape, session.phase == .loading { ui.overlay = nil }
            return []
        case .conflict(let theirs, _):
            return handleConflictKey(key, session, theirs: theirs)
        case .form:
            break
        }
        if session.form.confirmingDiscard {
            let quitting = session.form.quitAfterDiscard
            session.form.confirmingDiscard = false
            session.form.quitAfterDiscard = false
            if key == .character("y") {
                // Discarded means gone: reopening the record starts from the server's values.
                ui.unsavedEdits[unsavedKey(for: session.purpose)] = nil
                ui.overlay = nil
                ui.flash = "discarded the edit"
                if quitting { shouldQuit = true }
                return []
            }
            if key == .character("k"), !quitting {
                ui.unsavedEdits[unsavedKey(for: session.purpose)] = session.draft
                ui.overlay = nil
                ui.flash = "kept as a draft: E or e on \(session.displayName) continues it"
                return []
            }
            ui.overlay = .edit(session)
            return []
        }
        if session.form.picker != nil { return handlePickerKey(key, &session) }
        guard !session.fields.isEmpty else { return [] }
        let field = session.fields[min(session.form.focused, session.fields.count - 1)]
        switch key {
        case .escape:
            session.commitTyping()
            if session.hasChanges {
                session.form.confirmingDiscard = true
            } else {
                ui.overlay = nil
                return []
            }
        case .down, .tab:
            session.commitTyping()
            session.form.focused = min(session.fields.count - 1, session.form.focused + 1)
        case .up, .backTab:
            session.commitTyping()
            session.form.focused = max(0, session.form.focused - 1)
        case .control("s"):
            session.commitTyping()
            let problems = session.typingProblems + session.problemsBeforeSaving(editor: session.ref.editor(in: self))
            guard problems.isEmpty else {
                session.problems = Dictionary(problems.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first })
                session.message = Self.fixFieldsMessage
                ui.overlay = .edit(session)
                return []
            }
            session.problems = [:]
            return save(session)
        case .control("e"):
            session.commitTyping()
            // The document can only carry values: typed text that does not read would be lost on the way.
            let unread = session.typingProblems
            guard unread.isEmpty else {
                session.problems = Dictionary(unread.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first })
                session.message = Self.fixFieldsMessage
                break
            }
            session.prefersExternalEditor = true
            session.openExternalEditor(server: baseURL, run: nextEditorRun())
        case .enter:
            if field.isTyped {
                session.commitTyping()
                session.form.focused = min(session.fields.count - 1, session.form.focused + 1)
            } else {
                session.openPicker(for: field)
            }
        case .character(" ") where !field.isTyped:
            session.openPicker(for: field)
        default:
            if field.isTyped { session.type(key, into: field) }
        }
        // The banner asking to fix fields goes once they are fixed.
        if session.message == Self.fixFieldsMessage, session.problems.isEmpty { session.message = nil }
        ui.overlay = .edit(session)
        return []
    }

    static let fixFieldsMessage = "fix the fields marked below, then Ctrl-S"
    static let quitWhenSavedMessage = "saving… quits when the server has answered (Ctrl-C again quits now)"

    /// Ctrl-C over a form with changes asks whether to discard them and quit; true when it asked.
    /// Asked already, a second Ctrl-C does not quit either: only `y` does.
    /// During a save, the first Ctrl-C waits for the server's answer (quitting then could leave the person
    /// not knowing whether it was saved); a second one quits at once.
    mutating func askBeforeQuittingAnEdit() -> Bool {
        guard case .edit(var session)? = ui.overlay else { return false }
        if session.phase == .saving {
            guard !session.quitWhenSaved else { return false }
            session.quitWhenSaved = true
            session.message = Self.quitWhenSavedMessage
            ui.overlay = .edit(session)
            return true
        }
        // The conflict question holds an unsaved edit too: it goes back to the form to ask (Ctrl-S checks again).
        if case .conflict = session.phase { session.phase = .form }
        guard session.phase == .form else { return false }
        session.commitTyping()
        guard session.hasChanges else { return false }
        session.form.picker = nil
        session.form.confirmingDiscard = true
        session.form.quitAfterDiscard = true
        ui.overlay = .edit(session)
        return true
    }

    mutating func handlePickerKey(_ key: KeyPress, _ session: inout EditSession) -> [Effect] {
        guard var picker = session.form.picker,
            let field = session.fields.first(where: { $0.name == picker.field })
        else { return [] }
        let visible = picker.visible
        switch key {
        case .escape:
            session.form.picker = nil
        case .down, .control("n"):
            picker.highlighted = min(max(0, visible.count - 1), picker.highlighted + 1)
            session.form.picker = picker
        case .up, .control("p"):
            picker.highlighted = max(0, picker.highlighted - 1)
            session.form.picker = picker
        case .character(" ") where picker.isMultiple:
            if visible.indices.contains(picker.highlighted) {
                let option = visible[picker.highlighted]
                if picker.chosen.contains(option) { picker.chosen.remove(option) } else { picker.chosen.insert(option) }
            }
            session.form.picker = picker
        case .enter:
            if picker.isMultiple {
                session.values[field.name] = .list(picker.options.filter(picker.chosen.contains))
            } else if visible.indices.contains(picker.highlighted) {
                let option = visible[picker.highlighted]
                session.values[field.name] = field.kind == .bool ? .bool(option == "yes") : .text(option)
            }
            session.problems[field.name] = nil
            session.form.picker = nil
        case .backspace:
            picker.filter = String(picker.filter.dropLast())
            picker.highlighted = 0
            session.form.picker = picker
        case .character(let character):
            picker.filter.append(character)
            picker.highlighted = 0
            session.form.picker = picker
        default:
            break
        }
        if session.message == Self.fixFieldsMessage, session.problems.isEmpty { session.message = nil }
        ui.overlay = .edit(session)
        return []
    }

    mutating func handleConflictKey(_ key: KeyPress, _ session: EditSession, theirs: JSONValue) -> [Effect] {
        var session = session
        switch key {
        case .character("o"):
            // Theirs is overwritten with the fields this edit changed, and only those.
            guard let editor = session.ref.editor(in: self), let body = try? session.body(editor: editor) else { return [] }
            let request = SaveRequest(
                purpose: session.purpose, noun: session.noun, name: session.displayName, body: body,
                changedFields: session.changedFields.map(\.name), baseMarker: nil, overwrite: true,
                document: EditDocument.render(session, server: baseURL))
            session.phase = .saving
            ui.overlay = .edit(session)
            return [.edit(.save(session.ref, request))]
        case .character("e"):
            // Edit again on top of theirs: their record is the new starting point, with this edit's changes kept.
            let mine = Dictionary(session.changedFields.map { ($0.name, session.value(of: $0)) }, uniquingKeysWith: { first, _ in first })
            let theirsValues = Dictionary(
                session.fields.map { ($0.name, $0.value(in: theirs, directory: session.context.directory)) },
                uniquingKeysWith: { first, _ in first })
            session.original = theirsValues
            session.values = theirsValues.merging(mine) { _, kept in kept }
            session.baseMarker = ResourceEditor.marker(of: theirs)
            session.phase = .form
            session.message = "the record changed meanwhile: this is theirs with your changes on top"
            if session.prefersExternalEditor { session.openExternalEditor(server: baseURL, run: nextEditorRun()) }
            ui.overlay = .edit(session)
        case .character("c"), .character("n"), .escape:
            ui.unsavedEdits[unsavedKey(for: session.purpose)] = session.draft
            ui.overlay = nil
            ui.flash = "not saved; your edit is kept: press e again to continue it"
        default:
            break
        }
        return []
    }

    mutating func handleDeleteKey(_ key: KeyPress, _ confirmation: DeleteConfirmation) -> [Effect] {
        var confirmation = confirmation
        guard !confirmation.isRunning else { return [] }
        if key == .escape {
            ui.overlay = nil
            return []
        }
        if confirmation.needsTypedName {
            switch key {
            case .enter:
                guard confirmation.typed == confirmation.name else {
                    ui.flash = "type the name exactly to delete, or Esc"
                    return []
                }
            case .backspace:
                confirmation.typed = String(confirmation.typed.dropLast())
                ui.overlay = .confirmDelete(confirmation)
                return []
            case .character(let character):
                confirmation.typed.append(character)
                ui.overlay = .confirmDelete(confirmation)
                return []
            default:
                return []
            }
        } else {
            guard key == .character("y") else {
                if key == .character("n") || key == .character("q") { ui.overlay = nil }
                return []
            }
        }
        confirmation.isRunning = true
        ui.overlay = .confirmDelete(confirmation)
        return [.edit(.delete(confirmation.ref, id: confirmation.id, name: confirmation.name))]
    }

    mutating func handleVersionsKey(_ key: KeyPress, _ browser: VersionBrowser) -> [Effect] {
        var browser = browser
        if browser.confirmingRestore {
            browser.confirmingRestore = false
            if key == .character("y"), browser.versions.indices.contains(browser.selected) {
                let version = browser.versions[browser.selected].version
                browser.message = "restoring version \(version)…"
                ui.overlay = .versions(browser)
                return [.edit(.restoreVersion(browser.ref, id: browser.id, name: browser.name, version: version))]
            }
            ui.overlay = .versions(browser)
            return []
        }
        switch key {
        case .escape, .character("q"):
            if browser.showingDifferences {
                browser.showingDifferences = false
            } else {
                ui.overlay = nil
                return []
            }
        case .down, .character("j"): browser.selected = min(max(0, browser.versions.count - 1), browser.selected + 1)
        case .up, .character("k"): browser.selected = max(0, browser.selected - 1)
        case .enter: browser.showingDifferences.toggle()
        case .character("r"):
            guard !readOnly else {
                ui.flash = "read-only (--read-only): versions can be viewed, not restored"
                return []
            }
            guard browser.versions.indices.contains(browser.selected) else { return [] }
            browser.confirmingRestore = true
        default: break
        }
        ui.overlay = .versions(browser)
        return []
    }
}

extension EditSession {
    /// Whether closing the form would lose something typed or chosen.
    var hasChanges: Bool {
        !changedFields.isEmpty || (purpose == .create && values != original) || !typingProblems.isEmpty
    }

    /// Moves what was typed into the focused field's value.
    mutating func commitTyping() {
        guard fields.indices.contains(form.focused) else { return }
        let field = fields[form.focused]
        guard field.isTyped, let input = form.inputs[field.name] else { return }
        switch field.value(fromTyped: input.text) {
        case .success(let value):
            values[field.name] = value
            problems[field.name] = nil
        case .failure(let problem):
            // What was typed stays in the field to be mended: dropping it would lose the good parts too.
            problems[field.name] = problem.message
            return
        }
        form.inputs[field.name] = nil
    }

    /// Fields whose typed text does not read (a malformed label, a word in a number): nothing is sent
    /// while any is left.
    var typingProblems: [FieldProblem] {
        fields.compactMap { field in
            guard let input = form.inputs[field.name], case .failure(let problem) = field.value(fromTyped: input.text) else { return nil }
            return problem
        }
    }

    mutating func type(_ key: KeyPress, into field: EditableField) {
        if case .multiline = field.kind, value(of: field).text?.contains("\n") == true {
            message = "\(field.label) has several lines: Ctrl-E edits it in $EDITOR"
            return
        }
        var input = form.inputs[field.name] ?? TextInput(text: field.formText(value(of: field)))
        switch key {
        case .character(let character): input.insert(String(character))
        case .backspace: input.deleteBackward()
        case .left: input.moveLeft()
        case .right: input.moveRight()
        case .home, .control("a"): input.moveToStart()
        case .end: input.moveToEnd()
        case .control("u"): input.clear()
        case .control("w"): input.deleteWordBackward()
        default: return
        }
        form.inputs[field.name] = input
    }

    mutating func openPicker(for field: EditableField) {
        if field.kind == .bool {
            values[field.name] = .bool(!(value(of: field) == .bool(true)))
            return
        }
        if case .structured = field.kind {
            message = "\(field.label) is lists and maps: Ctrl-E edits it in $EDITOR"
            return
        }
        guard let options = field.options(context), !options.isEmpty else {
            message = "no \(field.label) to choose from"
            return
        }
        let current = value(of: field)
        let isMultiple = field.kind == .teams || field.kind == .strings
        let chosen = Set(isMultiple ? current.list : [current.text].compactMap { $0 })
        let highlighted = isMultiple ? 0 : (options.firstIndex { chosen.contains($0) } ?? 0)
        form.picker = Picker(
            field: field.name, options: options, isMultiple: isMultiple, chosen: chosen, highlighted: highlighted,
            labels: field.optionLabels)
    }
}
