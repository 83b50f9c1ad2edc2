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
    /// Its default key; `keys:` in the config file rebinds it by id.
    public let key: KeyPress?
    /// Off under `--read-only` when true.
    public let changesServer: Bool
    public let asks: ActionPrompt
    public let request: @Sendable (ArchestraClient, ActionRequest) async throws -> ActionReply
    /// How a `.following` reply is followed; nil: the reply is the end of it.
    public let follow: ActionFollow?
    /// The verb of the audit log line.
    public let auditVerb: String

    public init(
        _ id: ActionID, help: String, key: KeyPress? = nil, changesServer: Bool = true, asks: ActionPrompt = .none,
        follow: ActionFollow? = nil, auditVerb: String? = nil,
        request: @escaping @Sendable (ArchestraClient, ActionRequest) async throws -> ActionReply
    ) {
        self.id = id
        self.help = help
        self.key = key
        self.changesServer = changesServer
        self.asks = asks
        self.follow = follow
        self.auditVerb = auditVerb ?? id.rawValue
        self.request = request
    }
}

/// Whether an action asks before anything is sent.
public enum ActionPrompt: Sendable {
    case none
    case confirm(ActionConfirmWording)
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

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// What the server answered to an action.
public enum ActionReply: Sendable, Equatable {
    case done(message: String?)
    /// The change goes on on the server; `id` is what to follow.
    case following(id: String, FollowState)
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

    /// Follows after a create of the tab (``ResourceTab/followsCreate``) use this id.
    public static let created: ActionID = "create"

    var tabDescription: ResourceTab? {
        let tabs = pane.resource.tabs
        return tabs.indices.contains(tab) ? tabs[tab] : nil
    }

    /// The declaration, nil for a create's follow.
    public var declaration: RowAction? { tabDescription?.actions.first { $0.id == action } }

    /// How this action's effect is followed.
    public var follow: ActionFollow? {
        action == Self.created ? tabDescription?.followsCreate : declaration?.follow
    }
}

extension ResourceRegistry {
    /// Every declared action's id, each once, in registry order: what `keys:` accepts besides commands.
    public static let actionIDs: [ActionID] = {
        var seen = Set<ActionID>()
        return resources.flatMap { $0.tabs.flatMap(\.actions).map(\.id) }.filter { seen.insert($0).inserted }
    }()
}
