import Foundation
import ArchestraAPI

/// The quick actions of `:tools` (`a` on a tool): set a family's default action in one request, and
/// `u` puts back what was there (``DefaultActionChange``).
extension ToolsResource {
    static let defaultActions: [RowAction] = PolicyFamily.allCases.flatMap { family in
        family.actions.map { setDefault(family, $0) }
    }

    /// Short enough for the `a` menu's first column ("call-block", "data-dual"); `keys:` binds them by it.
    static func actionID(_ family: PolicyFamily, _ action: PolicyAction) -> ActionID {
        let word: String =
            switch action {
            case .allowWhenContextIsUntrusted: "allow"
            case .blockWhenContextIsUntrusted: "guard"
            case .blockAlways: "block"
            case .requireApproval: "ask"
            case .markAsTrusted: "trust"
            case .markAsUntrusted: "taint"
            case .sanitizeWithDualLLM: "dual"
            default: action.rawValue
            }
        return ActionID((family == .toolInvocation ? "call-" : "data-") + word)
    }

    static func setDefault(_ family: PolicyFamily, _ action: PolicyAction) -> RowAction {
        RowAction(
            actionID(family, action), help: "\(PolicyWording.name(family)) default: \(action.words)",
            applies: { $0.row != nil }, running: "setting the \(PolicyWording.name(family)) default of %@…", auditVerb: "set-default",
            undoneBy: undoDefault.id,
            request: { client, request in
                let current = try await client.policies(family).filter { $0.toolId == request.id }
                let change = DefaultActionChange(family: family, toolId: request.id, current: PolicySet(current), action: action)
                guard let write = change.request else {
                    return .done(message: "\(request.name): the \(PolicyWording.name(family)) default already is \(action.words)")
                }
                let answer = try await client.send(write)
                return .undoable(
                    message: "\(request.name): \(PolicyWording.name(family)) default \(action.words)",
                    undo: undoPayload(change, request: request, created: change.previous == nil ? answer : nil))
            })
    }

    /// What the undo needs: the tool, the family, the default as it was (or the one just created).
    static func undoPayload(_ change: DefaultActionChange, request: ActionRequest, created: ToolPolicy?) -> JSONValue {
        var payload: [String: JSONValue] = [
            "id": .string(request.id), "name": .string(request.name), "family": .string(change.family.rawValue),
            "action": .string(change.action.rawValue),
        ]
        if let previous = change.previous {
            payload["previousId"] = .string(previous.id)
            payload["previousAction"] = .string(previous.action.rawValue)
        }
        if let created { payload["createdId"] = .string(created.id) }
        return .object(payload)
    }

    /// The change a payload describes, and the policy it created, if it created one.
    static func change(from payload: JSONValue) -> (change: DefaultActionChange, created: ToolPolicy?)? {
        guard let toolID = payload.string("id"), let family = payload.string("family").flatMap(PolicyFamily.init(rawValue:)),
            let action = payload.string("action")
        else { return nil }
        var current = PolicySet()
        if let id = payload.string("previousId"), let previous = payload.string("previousAction") {
            current.defaultPolicy = ToolPolicy(id: id, family: family, toolId: toolID, action: PolicyAction(rawValue: previous))
        }
        let created = payload.string("createdId").map {
            ToolPolicy(id: $0, family: family, toolId: toolID, action: PolicyAction(rawValue: action))
        }
        return (DefaultActionChange(family: family, toolId: toolID, current: current, action: PolicyAction(rawValue: action)), created)
    }

    /// Run by `u` only (it applies to no row, so no menu offers it): one request that puts the default back.
    static let undoDefault = RowAction(
        "undo-default", help: "put back the default a quick action changed (u)", applies: { _ in false },
        running: "putting back the default of %@…", auditVerb: "undo-set-default",
        request: { client, request in
            guard let payload = request.payload, let (change, created) = change(from: payload),
                let write = change.undoRequest(created: created)
            else { return .done(message: "nothing to put back") }
            try await client.send(write)
            let family = PolicyWording.name(change.family)
            if let previous = change.previous {
                return .done(message: "\(request.name): \(family) default back to \(previous.action.words)")
            }
            return .done(message: "\(request.name): \(family) default removed again (the server's default applies)")
        })
}
