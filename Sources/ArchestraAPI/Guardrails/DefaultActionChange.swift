import Foundation

/// A quick action on a tool's default policy: one request to set the default action, and one to put back
/// what was there.
public struct DefaultActionChange: Sendable, Equatable {
    public var family: PolicyFamily
    public var toolId: String
    /// The default before the change; `nil` when the tool had none.
    public var previous: ToolPolicy?
    public var action: PolicyAction

    public init(family: PolicyFamily, toolId: String, current: PolicySet, action: PolicyAction) {
        self.family = family
        self.toolId = toolId
        self.previous = current.defaultPolicy
        self.action = action
    }

    /// `PUT {action}` on the existing default, `POST` a default when there is none; `nil` when the
    /// default already has this action (nothing to send).
    public var request: PolicyRequest? {
        if let previous {
            guard previous.action != action else { return nil }
            return PolicyRequest(
                family: family, kind: .update(id: previous.id), body: .object(["action": .string(action.rawValue)]))
        }
        return PolicyRequest(
            family: family, kind: .create,
            body: .object(["toolId": .string(toolId), "conditions": .array([]), "action": .string(action.rawValue)]))
    }

    /// What undoes ``request``: the previous action put back, or the created default deleted (`created` is
    /// the policy the `POST` answered with; without it there is nothing to delete).
    public func undoRequest(created: ToolPolicy?) -> PolicyRequest? {
        if let previous {
            guard previous.action != action else { return nil }
            return PolicyRequest(
                family: family, kind: .update(id: previous.id), body: .object(["action": .string(previous.action.rawValue)]))
        }
        return created.map { PolicyRequest(family: family, kind: .delete(id: $0.id), body: nil) }
    }
}
