import Foundation
import ArchestraAPI
import TerminalUI

/// Names a declared action, also under `keys:` in the config file ("reinstall").
public struct ActionID: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
}

/// Something a resource can do to a selected row beyond editing it: a request, maybe asked first,
/// whose effect may be followed until it settles. Declared by the resource, run by the engine.
public struct RowAction: Sendable {
    public let id: ActionID
    /// What help calls it ("reinstall the selected MCP server and follow its state").
    public let help: String
    /// What help says instead under `--read-only`, for an action that is partly a read (a history).
    public let readOnlyHelp: String?
    /// Its default key; `keys:` in the config file rebinds it by id.
    public let key: KeyPress?
    /// The hint bar's label and priority; nil keeps it to help and the `a` menu.
    public let hint: (label: String, priority: Int)?
    /// Off under `--read-only` when true.
    public let changesServer: Bool
    /// Whether it acts on the rows of the trash (`:trash`) instead of the live ones.
    public let inTrash: Bool
    /// Whether it applies to the selected row (a proxy's history only on servers that keep one).
    public let applies: @Sendable (ActionSubject) -> Bool
    public let asks: ActionPrompt
    /// The request of an action that asks nothing or yes/no; a form saves through its editor, a
    /// history restores through the tab's ``RecordHistory``.
    public let request: (@Sendable (ArchestraClient, ActionRequest) async throws -> ActionReply)?
    /// How a `.following` reply (or a record the form created) is followed; nil: the reply is the end of it.
    public let follow: ActionFollow?
    /// The flash while an action without a window runs; `%@` is the record's name ("restoring %@…").
    public let running: String?
    /// The verb of the audit log line.
    public let auditVerb: String
    /// The action of the same tab that puts back what an `.undoable` reply of this one changed (`u`).
    public let undoneBy: ActionID?

    public init(
        _ id: ActionID, help: String, readOnlyHelp: String? = nil, key: KeyPress? = nil, hint: (label: String, priority: Int)? = nil,
        changesServer: Bool = true, inTrash: Bool = false, applies: @escaping @Sendable (ActionSubject) -> Bool = { _ in true },
        asks: ActionPrompt = .none, follow: ActionFollow? = nil, running: String? = nil, auditVerb: String? = nil,
        undoneBy: ActionID? = nil,
        request: (@Sendable (ArchestraClient, ActionRequest) async throws -> ActionReply)? = nil
    ) {
        self.id = id
        self.help = help
        self.readOnlyHelp = readOnlyHelp
        self.key = key
        self.hint = hint
        self.changesServer = changesServer
        self.inTrash = inTrash
        self.applies = applies
        self.asks = asks
        self.follow = follow
        self.running = running
        self.auditVerb = auditVerb ?? id.rawValue
        self.undoneBy = undoneBy
        self.request = request
    }

    /// What help and the `a` menu say of it: under `--read-only` a changing action says it is off.
    public func help(readOnly: Bool) -> String {
        guard readOnly else { return help }
        return readOnlyHelp ?? (changesServer ? "(off: read-only) " + help : help)
    }

    /// `v`: the generic version browser over the tab's ``RecordHistory``; `r` there restores. Looking
    /// changes nothing, so it stays on under `--read-only` (only the restore is refused).
    public static func versions(applies: @escaping @Sendable (ActionSubject) -> Bool = { _ in true }) -> RowAction {
        RowAction(
            "versions", help: "version history: differences, restore a version",
            readOnlyHelp: "version history: differences (restoring is off: read-only)", key: .character("v"),
            changesServer: false, applies: applies, asks: .history, auditVerb: "restore-version")
    }
}

/// What an action asks before anything is sent.
public enum ActionPrompt: Sendable {
    case none
    case confirm(ActionConfirmWording)
    /// A form from `editor`, filled from the selected row (its id sent as `templateField`); saving
    /// creates the record, which the action's follow then follows.
    case form(ResourceEditor, templateField: String?)
    /// The version browser over the tab's ``RecordHistory``.
    case history
}

/// The row an action is offered for, to decide whether it applies.
public struct ActionSubject: Sendable {
    public var row: ResourceRow?
    public var generation: APIGeneration?

    public init(row: ResourceRow?, generation: APIGeneration?) {
        self.row = row
        self.generation = generation
    }
}

/// The versions a tab's records keep: listed for the browser, restored by `r` there.
public struct RecordHistory: Sendable {
    public let list: @Sendable (ArchestraClient, String) async throws -> [RecordVersion]
    public let restore: @Sendable (ArchestraClient, _ id: String, _ version: Int) async throws -> Void

    public init(
        list: @escaping @Sendable (ArchestraClient, String) async throws -> [RecordVersion],
        restore: @escaping @Sendable (ArchestraClient, String, Int) async throws -> Void
    ) {
        self.list = list
        self.restore = restore
    }
}

/// The words of a yes/no question before an action; `%@` is the record's name.
public struct ActionConfirmWording: Sendable, Equatable {
    /// "Reinstall %@? It is redeployed with its configuration, and restarts."
    public var question: String
    /// "y reinstalls, any other key keeps it as it is"
    public var answers: String
    /// The hint bar's label for `y` ("reinstall").
    public var yes: String
    /// The flash after any other key ("not reinstalled: %@ is as it was").
    public var declined: String

    public init(question: String, answers: String, yes: String, declined: String) {
        self.question = question
        self.answers = answers
        self.yes = yes
        self.declined = declined
    }
}

/// The row an action runs on.
public struct ActionRequest: Sendable, Equatable {
    public var id: String
    public var name: String
    /// What an undo needs to put things back, from the reply of the action it undoes.
    public var payload: JSONValue?

    public init(id: String, name: String, payload: JSONValue? = nil) {
        self.id = id
        self.name = name
        self.payload = payload
    }
}

/// What the server answered to an action.
public enum ActionReply: Sendable, Equatable {
    case done(message: String?)
    /// Done, and `u` can put back what changed: the action's ``RowAction/undoneBy`` runs with `undo` as its payload.
    case undoable(message: String?, undo: JSONValue)
    /// The change goes on on the server; `id` is what to follow.
    case following(id: String, FollowState)
}

/// The last undoable action's way back, run by `u` on its pane.
public struct PendingUndo: Sendable, Equatable {
    /// The undoing action.
    public var ref: ActionRef
    public var request: ActionRequest
    /// What the status line says `u` does ("put back the invocation default of search").
    public var summary: String

    public init(ref: ActionRef, request: ActionRequest, summary: String) {
        self.ref = ref
        self.request = request
        self.summary = summary
    }
}

/// Which declared action of which tab: how answers find their way back, and the store its declaration.
public struct ActionRef: Sendable, Hashable {
    public var pane: Pane
    public var tab: Int
    public var action: ActionID

    public init(pane: Pane, tab: Int, action: ActionID) {
        self.pane = pane
        self.tab = tab
        self.action = action
    }

    var tabDescription: ResourceTab? {
        let tabs = pane.resource.tabs
        return tabs.indices.contains(tab) ? tabs[tab] : nil
    }

    public var declaration: RowAction? { tabDescription?.actions.first { $0.id == action } }

    /// How this action's effect is followed.
    public var follow: ActionFollow? { declaration?.follow }
}

extension ResourceRegistry {
    /// Every declared action's id, each once, in registry order: what `keys:` accepts besides commands.
    public static let actionIDs: [ActionID] = {
        var seen = Set<ActionID>()
        return resources.flatMap { $0.tabs.flatMap(\.actions).map(\.id) }.filter { seen.insert($0).inserted }
    }()
}
