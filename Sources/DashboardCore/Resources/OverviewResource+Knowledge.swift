import Foundation
import ArchestraAPI

/// The overview's knowledge figures: how many knowledge bases, and how many connectors' last sync failed.
public struct KnowledgeFigures: Sendable, Equatable {
    public var bases: Int
    /// Nil until the connectors are read, or where the server does not offer them.
    public var failingConnectors: Int?

    public init(bases: Int, failingConnectors: Int?) {
        self.bases = bases
        self.failingConnectors = failingConnectors
    }
}

extension OverviewResource {
    /// What the overview's knowledge figures are read from, polled slowly while it is shown.
    static let knowledgeSources: [AnySource] = [KnowledgeBasesResource.source.erased, ConnectorsResource.all.erased]

    /// Nil until the knowledge bases are read.
    public static func knowledge(_ state: AppState) -> KnowledgeFigures? {
        guard let bases = state.knowledgeBases.value else { return nil }
        let connectors = state[ConnectorsResource.all].value?.connectors?.items
        return KnowledgeFigures(bases: bases.count, failingConnectors: connectors.map { $0.filter(\.isFailing).count })
    }
}
