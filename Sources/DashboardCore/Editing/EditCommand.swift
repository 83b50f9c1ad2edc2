import Foundation
import ArchestraAPI

/// A change the store carries out against the server.
public enum EditCommand: Sendable, Equatable {
    /// Fetch a record so an edit starts from what the server holds now.
    case load(EditorRef, id: String)
    case save(EditorRef, SaveRequest)
    case delete(EditorRef, id: String, name: String)
    case restore(EditorRef, id: String, name: String)
    case loadVersions(EditorRef, id: String)
    /// `name` is the record's, for the audit log.
    case restoreVersion(EditorRef, id: String, name: String, version: Int)
    /// Run a declared row action.
    case runAction(ActionRef, ActionRequest)
    /// Follow the effect of an action (or a create) until it settles.
    case follow(ActionRef, id: String)
}

/// What to send for a create or an update, and what the person was editing (kept on failure).
public struct SaveRequest: Sendable, Equatable {
    public var purpose: EditSession.Purpose
    public var noun: String
    public var name: String
    /// Only the changed fields for an update; every filled field for a create.
    public var body: JSONValue
    public var changedFields: [String]
    /// The record's marker when the edit began; a different one now means someone else changed it.
    public var baseMarker: String?
    /// Send even if the record changed meanwhile (the person chose to overwrite).
    public var overwrite: Bool
    /// The edit as a document, for the recovery file if saving fails.
    public var document: String
}

/// What came back.
public enum EditResult: Sendable, Equatable {
    case loaded(JSONValue)
    case loadFailed(ArchestraError)
    case saved(JSONValue, SaveRequest)
    /// The record changed since the edit began; nothing was sent.
    case conflict(theirs: JSONValue)
    case saveFailed(ArchestraError, recoveryPath: String?)
    case deleted(DeletedRecord)
    case deleteFailed(ArchestraError)
    case restored(name: String)
    case restoreFailed(ArchestraError)
    case versions([RecordVersion], current: JSONValue?)
    case versionsFailed(ArchestraError)
    case versionRestored(version: Int)
    case actionReplied(ActionRef, ActionReply)
    case actionProgress(ActionRef, id: String, FollowState)
    case actionFailed(ActionRef, ArchestraError)
    /// `$EDITOR` closed: the text it left, or why it could not run.
    case externalEditorClosed(run: Int, text: String?, failure: String?)
}
