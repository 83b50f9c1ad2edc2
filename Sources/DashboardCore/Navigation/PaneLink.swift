import Foundation

/// A server-side filter a pane is opened with, by a link from another pane's row.
public struct PaneScope: Sendable, Hashable {
    /// The field the target filters on (`teamId`, `agentId`, …).
    public var field: String
    public var value: String
    /// What the title line says the pane is limited to ("team Platform").
    public var label: String

    public init(field: String, value: String, label: String) {
        self.field = field
        self.value = value
        self.label = label
    }
}

/// The scopes a pane can be opened with; a pane that requires one is reached only through a link.
public struct ScopeAcceptance: Sendable {
    public var fields: Set<String>
    public var required: Bool

    public init(fields: Set<String>, required: Bool) {
        self.fields = fields
        self.required = required
    }
}

/// "This row, seen from another pane": declared once by the resource the row belongs to, so no
/// caller names the target.
public struct PaneLink: Sendable {
    public enum Trigger: Sendable, Equatable {
        case key(KeyPress)
        /// `Enter` on the row (instead of the detail, which stays on `Enter` where no link is declared).
        case enter
    }

    /// What following the link shows ("members"), for help and the hint bar.
    public let title: String
    public let trigger: Trigger
    public let target: Pane
    /// The scope the target opens with for this row; nil where the link does not apply.
    public let scope: @Sendable (ResourceRow, AppState) -> PaneScope?

    public init(
        _ title: String, trigger: Trigger, target: Pane, scope: @escaping @Sendable (ResourceRow, AppState) -> PaneScope?
    ) {
        self.title = title
        self.trigger = trigger
        self.target = target
        self.scope = scope
    }
}
