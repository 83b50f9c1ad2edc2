/// A pane of the console, named by its resource. Titles and commands are declared by the
/// resource (``ResourceDescription``) and read from the ``ResourceRegistry``.
public struct Pane: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    /// Every pane, in registry order (the order of Tab and of help).
    public static var allCases: [Pane] { ResourceRegistry.resources.map(\.pane) }

    /// The resource that declares this pane.
    public var resource: ResourceDescription { ResourceRegistry.resource(for: self) }

    public var title: String { resource.title }
    /// Short label for the tabs in the header.
    public var shortTitle: String { resource.shortTitle }
    /// `:command` names; the first is the canonical one.
    public var commands: [String] { resource.commands }

    public init?(command: String) {
        let name = command.lowercased()
        guard let resource = ResourceRegistry.resources.first(where: { $0.commands.contains(name) }) else { return nil }
        self = resource.pane
    }
}
