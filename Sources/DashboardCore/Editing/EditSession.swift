import Foundation
import ArchestraAPI

/// Where an editor comes from: a tab of a pane, or the form of one of its declared actions.
public struct EditorRef: Sendable, Equatable, Hashable {
    public var pane: Pane
    public var tab: Int
    /// The declared action whose form this is (an install); nil for the tab's own editor.
    public var action: ActionID? = nil

    public func editor(in state: AppState) -> ResourceEditor? {
        if let action {
            guard let declared = actionRef(action).declaration, case .form(let editor, _) = declared.asks else { return nil }
            return editor
        }
        return pane.resource.tab(tab).editor(state)
    }

    func actionRef(_ action: ActionID) -> ActionRef { ActionRef(pane: pane, tab: tab, action: action) }
}

/// A record being created or changed, from the first key to the server's answer.
public struct EditSession: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case create
        case update(id: String)
    }

    public enum Phase: Sendable, Equatable {
        /// Fetching the record, so the edit starts from what the server holds now.
        case loading
        /// In the inline form.
        case form
        /// In `$EDITOR` (the main loop runs it and answers with the text).
        case externalEditor(ExternalEditRequest)
        /// Sent; waiting for the server.
        case saving
        /// Someone else changed the record since the edit began: nothing is sent until the person chooses.
        case conflict(theirs: JSONValue, differences: [FieldDifference])
    }

    public var ref: EditorRef
    public var purpose: Purpose
    public var noun: String
    /// The record's name for titles and messages.
    public var recordName: String
    public var fields: [EditableField]
    /// The server's values when the edit began (empty defaults for a new record).
    public var original: [String: FieldValue]
    /// The values being edited.
    public var values: [String: FieldValue]
    /// What said "unchanged" when the edit began (version counter or update time).
    public var baseMarker: String?
    public var context: EditContext
    public var phase: Phase
    public var form = FormState()
    /// Problems by field, shown next to it.
    public var problems: [String: String] = [:]
    /// A problem with no field of its own, shown at the top.
    public var message: String?
    /// Where the edit was saved after a failure.
    public var recoveryPath: String?
    /// `e` edits in `$EDITOR`, `E` in the form.
    public var prefersExternalEditor = false
    /// The row a declared action's form starts from, sent as one of its fields.
    public var template: EditTemplate?
    /// Continues a draft kept earlier (not on the server).
    public var isDraft = false
    /// Ctrl-C came while the save was under way: the console quits once it succeeds, and stays when it fails.
    public var quitWhenSaved = false

    public var title: String {
        let title =
            switch purpose {
            case .create: "New \(noun)"
            case .update: "Edit \(noun) \(recordName)"
            }
        return isDraft ? title + " (draft)" : title
    }

    public var recordID: String? {
        if case .update(let id) = purpose { return id }
        return nil
    }

    /// What to keep of this edit to continue it later.
    public var draft: EditDraft { EditDraft(values: values, original: original, baseMarker: baseMarker) }

    /// Fields whose value differs from the original.
    public var changedFields: [EditableField] {
        fields.filter { values[$0.name] != original[$0.name] }
    }

    public func value(of field: EditableField) -> FieldValue {
        values[field.name] ?? .empty(for: field.kind)
    }
}

/// The row a form was filled from, and the field of the request body that names it.
public struct EditTemplate: Sendable, Equatable {
    public var id: String
    public var field: String
}

/// An edit kept after the server did not take it (or the person chose to keep it), to be continued:
/// its values, and what they were edited from, so saving it checks the version it began from.
public struct EditDraft: Sendable, Equatable {
    public var values: [String: FieldValue]
    /// The server's values when the edit began.
    public var original: [String: FieldValue]
    /// The version those values had (`nil` for a new record).
    public var baseMarker: String?

    public init(values: [String: FieldValue], original: [String: FieldValue] = [:], baseMarker: String? = nil) {
        self.values = values
        self.original = original
        self.baseMarker = baseMarker
    }
}

/// A document for `$EDITOR`, with what to do with the text it comes back with.
public struct ExternalEditRequest: Sendable, Equatable {
    /// Distinguishes runs across the whole console (``UIState/externalEditorRuns``), so the main loop runs
    /// each request once, whichever edit asked for it.
    public var run: Int
    public var document: String
    /// A short name for the temporary file ("agent-support-bot").
    public var fileStem: String
}

/// How a field differs between what the server holds now and what the person typed.
public struct FieldDifference: Sendable, Equatable {
    public var field: String
    public var base: String
    public var theirs: String
    public var yours: String
}

/// A delete waiting for confirmation.
public struct DeleteConfirmation: Sendable, Equatable {
    public var ref: EditorRef
    public var noun: String
    public var id: String
    public var name: String
    /// Records of the whole organisation need their name typed.
    public var needsTypedName: Bool
    public var typed = ""
    public var isRunning = false
}

/// The version history of a record, browsed with j/k; Enter shows a version against the current one.
public struct VersionBrowser: Sendable, Equatable {
    public var ref: EditorRef
    public var id: String
    public var name: String
    public var current: JSONValue?
    public var versions: [RecordVersion] = []
    public var selected = 0
    public var isLoading = true
    public var showingDifferences = false
    public var confirmingRestore = false
    public var message: String?
}

/// A window over the pane: editing, a confirmation, a history or an action under way.
public enum Overlay: Sendable, Equatable {
    case edit(EditSession)
    case confirmDelete(DeleteConfirmation)
    case versions(VersionBrowser)
    case progress(ActionProgress)
    case actions(ActionMenu)
}

extension AppState {
    /// The `$EDITOR` run an edit is waiting for, if any.
    public var pendingExternalEdit: ExternalEditRequest? {
        if case .edit(let session)? = ui.overlay, case .externalEditor(let request) = session.phase { return request }
        return nil
    }
}
