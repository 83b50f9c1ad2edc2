import Foundation
import ArchestraAPI

/// Carries out edits against the server for the store: checks for someone else's change before an
/// update, keeps failed edits in a recovery file, and records every change in the audit log.
public struct EditExecutor: Sendable {
    public let client: ArchestraClient
    public let journal: EditJournal?
    /// Where a failed save and its recovery file are reported (the console's log).
    public let report: @Sendable (String) -> Void
    /// `--read-only`: records and their histories are read, nothing is sent that changes them.
    public let readOnly: Bool

    public init(
        client: ArchestraClient, journal: EditJournal?, readOnly: Bool = false,
        report: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.client = client
        self.journal = journal
        self.readOnly = readOnly
        self.report = report
    }

    /// `history` is the tab's, for the version browser's commands.
    func perform(_ command: EditCommand, editor: ResourceEditor, history: RecordHistory? = nil) async -> EditResult {
        if readOnly, let refusal = Self.refusal(of: command) { return refusal }
        let calls = editor.calls
        switch command {
        case .load(_, let id):
            guard let fetch = calls.fetch else { return .loadFailed(Self.unsupported("read", editor)) }
            do { return .loaded(try await fetch(client, id)) } catch { return .loadFailed(Self.error(error)) }
        case .save(_, let request):
            return await save(request, editor: editor)
        case .delete(let ref, let id, let name):
            guard let delete = calls.delete else { return .deleteFailed(Self.unsupported("delete", editor)) }
            do {
                try await delete(client, id)
                journal?.audit("delete", noun: editor.noun, id: id, name: name)
                return .deleted(DeletedRecord(ref: ref, id: id, name: name, noun: editor.noun))
            } catch {
                return .deleteFailed(Self.error(error))
            }
        case .restore(_, let id, let name):
            guard let restore = calls.restore else { return .restoreFailed(Self.unsupported("restore", editor)) }
            do {
                try await restore(client, id)
                journal?.audit("restore", noun: editor.noun, id: id, name: name)
                return .restored(name: name)
            } catch {
                return .restoreFailed(Self.error(error))
            }
        case .loadVersions(_, let id):
            guard let history else { return .versionsFailed(Self.unsupported("list versions of", editor)) }
            do {
                let list = try await history.list(client, id)
                let current = try? await calls.fetch?(client, id)
                return .versions(list, current: current)
            } catch {
                return .versionsFailed(Self.error(error))
            }
        case .restoreVersion(_, let id, let name, let version):
            guard let history else { return .versionsFailed(Self.unsupported("restore versions of", editor)) }
            do {
                try await history.restore(client, id, version)
                journal?.audit("restore-version", noun: editor.noun, id: id, name: name, version: version)
                return .versionRestored(version: version)
            } catch {
                return .versionsFailed(Self.error(error))
            }
        case .runAction(let ref, _), .follow(let ref, _):
            // The store runs actions through `run` and `poll`, which know their declaration.
            return .actionFailed(ref, Self.unsupported("run \(ref.action) on", editor))
        }
    }

    /// Runs a declared row action; one that changes the server is refused under `--read-only`.
    func run(_ action: RowAction, ref: ActionRef, request: ActionRequest, noun: String) async -> EditResult {
        if readOnly, action.changesServer { return .actionFailed(ref, Self.readOnlyRefusal) }
        guard let send = action.request else {
            return .actionFailed(ref, .invalidConfiguration("\(action.id) sends nothing by itself here"))
        }
        do {
            let reply = try await send(client, request)
            journal?.audit(action.auditVerb, noun: noun, id: request.id, name: request.name)
            return .actionReplied(ref, reply)
        } catch {
            return .actionFailed(ref, Self.error(error))
        }
    }

    /// One question of a follow (a read: allowed under `--read-only`).
    func poll(_ follow: ActionFollow, ref: ActionRef, id: String) async -> EditResult {
        do { return .actionProgress(ref, id: id, try await follow.poll(client, id)) } catch { return .actionFailed(ref, Self.error(error)) }
    }

    func save(_ request: SaveRequest, editor: ResourceEditor) async -> EditResult {
        do {
            let record: JSONValue
            switch request.purpose {
            case .create:
                guard let create = editor.calls.create else { throw Self.unsupported("create", editor) }
                record = try await create(client, request.body)
                journal?.audit(
                    "create", noun: request.noun, id: record.string("id") ?? "?", name: record.string("name") ?? request.name,
                    fields: request.changedFields)
            case .update(let id):
                guard let update = editor.calls.update else { throw Self.unsupported("update", editor) }
                // Someone else may have changed it since the edit began: ask before sending anything.
                if !request.overwrite, let fetch = editor.calls.fetch {
                    let current = try await fetch(client, id)
                    if ResourceEditor.marker(of: current) != request.baseMarker { return .conflict(theirs: current) }
                }
                record = try await update(client, id, request.body)
                journal?.audit("update", noun: request.noun, id: id, name: request.name, fields: request.changedFields)
            }
            return .saved(record, request)
        } catch {
            let path = journal?.saveRecovery(
                request.document, stem: editor.noun.replacingOccurrences(of: " ", with: "-") + "-" + request.name)
            let failure = Self.error(error)
            let kept =
                path.map { "the edit is saved in \($0)" }
                ?? (journal == nil ? "no recovery file" : "the recovery file could not be written")
            report("\(request.noun) \(request.name) not saved: \(failure.descriptionOfOneRequest); \(kept)")
            return .saveFailed(failure, recoveryPath: path)
        }
    }

    /// What a read-only console answers to a command that would change something; nil for reads.
    static func refusal(of command: EditCommand) -> EditResult? {
        let refused = readOnlyRefusal
        switch command {
        case .load, .loadVersions, .follow: return nil
        case .save: return .saveFailed(refused, recoveryPath: nil)
        case .delete: return .deleteFailed(refused)
        case .restore: return .restoreFailed(refused)
        case .restoreVersion: return .versionsFailed(refused)
        case .runAction(let ref, _): return .actionFailed(ref, refused)
        }
    }

    static let readOnlyRefusal = ArchestraError.invalidConfiguration("read-only (--read-only): nothing is sent")

    static func unsupported(_ verb: String, _ editor: ResourceEditor) -> ArchestraError {
        .invalidConfiguration("this console cannot \(verb) \(editor.noun) records")
    }

    static func error(_ error: Error) -> ArchestraError {
        if let error = error as? ArchestraError { return error }
        if error is CancellationError { return .transport(.other("cancelled"), endpoint: "edit") }
        return .transport(.other(String(describing: error)), endpoint: "edit")
    }
}
