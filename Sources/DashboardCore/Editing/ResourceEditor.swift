import Foundation
import ArchestraAPI

/// What can be done to the records of a resource tab; anything else is a declared ``RowAction``.
/// `restore` is the undo of a delete.
public enum EditAction: String, Sendable, Hashable, CaseIterable {
    case create, update, delete, restore
}

/// How a resource's records are edited: its fields (declared once: the form, the `$EDITOR`
/// document and the request body are derived from them), its rules, and the API calls.
public struct ResourceEditor: Sendable {
    /// "agent", "knowledge base" …: what messages and titles call a record.
    public let noun: String
    public let actions: Set<EditAction>
    /// The fields of a record being edited, or of a new one (`record` nil).
    let fields: @Sendable (_ record: JSONValue?, _ context: EditContext) -> [EditableField]
    /// Rules across fields (a team scope needs a team); each problem names its field.
    let validate: @Sendable (_ values: [String: FieldValue]) -> [FieldProblem]
    /// What a new record starts with, beyond each field's empty value.
    let defaults: @Sendable (_ context: EditContext) -> [String: FieldValue]
    /// Body fields every create sends whatever was typed (an agent's type).
    let createExtras: @Sendable (_ context: EditContext) -> [String: JSONValue]
    /// Whether deleting needs the record's name typed (records of the whole organisation).
    let needsTypedName: @Sendable (_ record: JSONValue) -> Bool
    /// Turns form fields into the API's body where they differ (a limit's "entity" becomes its type and id).
    let shapeBody: @Sendable (_ body: [String: JSONValue], _ context: EditContext) throws(FieldProblem) -> [String: JSONValue]
    public let calls: EditCalls
    /// What its form may offer, read from the state when editing starts (the teams by default).
    public var context: @Sendable (AppState) -> EditContext = EditContext.standard

    public init(
        noun: String, actions: Set<EditAction>, calls: EditCalls,
        fields: @escaping @Sendable (JSONValue?, EditContext) -> [EditableField],
        validate: @escaping @Sendable ([String: FieldValue]) -> [FieldProblem] = { _ in [] },
        defaults: @escaping @Sendable (EditContext) -> [String: FieldValue] = { _ in [:] },
        createExtras: @escaping @Sendable (EditContext) -> [String: JSONValue] = { _ in [:] },
        needsTypedName: @escaping @Sendable (JSONValue) -> Bool = { _ in false },
        shapeBody: @escaping @Sendable ([String: JSONValue], EditContext) throws(FieldProblem) -> [String: JSONValue] = { body, _ in body }
    ) {
        self.noun = noun
        self.actions = actions
        self.calls = calls
        self.fields = fields
        self.validate = validate
        self.defaults = defaults
        self.createExtras = createExtras
        self.needsTypedName = needsTypedName
        self.shapeBody = shapeBody
    }

    public func allows(_ action: EditAction) -> Bool { actions.contains(action) }

    /// What tells that someone else changed a record: its version counter, else its update time.
    public static func marker(of record: JSONValue) -> String? {
        if let version = record.int("latestVersion") { return "version \(version)" }
        return record.string("updatedAt")
    }
}

/// The API calls behind a resource's editing; each takes the record's raw JSON and returns it.
public struct EditCalls: Sendable {
    public var fetch: (@Sendable (ArchestraClient, String) async throws -> JSONValue)?
    public var create: (@Sendable (ArchestraClient, JSONValue) async throws -> JSONValue)?
    public var update: (@Sendable (ArchestraClient, String, JSONValue) async throws -> JSONValue)?
    public var delete: (@Sendable (ArchestraClient, String) async throws -> Void)?
    public var restore: (@Sendable (ArchestraClient, String) async throws -> Void)?

    public init() {}
}

/// One saved configuration of a record (agents keep every version).
public struct RecordVersion: Sendable, Equatable {
    public var version: Int
    public var createdAt: String?
    /// The record's fields as they were.
    public var snapshot: JSONValue

    public init(version: Int, createdAt: String?, snapshot: JSONValue) {
        self.version = version
        self.createdAt = createdAt
        self.snapshot = snapshot
    }
}
