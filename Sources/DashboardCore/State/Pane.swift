/// A pane of the console, named by its resource. Numbers, titles and commands are declared by the
/// resource (``ResourceDescription``) and read from the ``ResourceRegistry``.
public struct Pane: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    /// Every pane, in number order.
    public static var allCases: [Pane] { ResourceRegistry.resources.map(\.pane) }

    /// The resource that declares this pane.
    public var resource: ResourceDescription { ResourceRegistry.resource(for: self) }

    /// The number key that opens the pane.
    public var number: Int { resource.number }
    public var title: String { resource.title }
    /// Short label for the tabs in the header.
    public var shortTitle: String { resource.shortTitle }
    /// `:command` names; the first is the canonical one.
    public var commands: [String] { resource.commands }

    public init?(number: Int) {
        guard let resource = ResourceRegistry.resources.first(where: { $0.number == number }) else { return nil }
        self = resource.pane
    }

    public init?(command: String) {
        let name = command.lowercased()
        guard let resource = ResourceRegistry.resources.first(where: { $0.commands.contains(name) }) else { return nil }
        self = resource.pane
    }
}
