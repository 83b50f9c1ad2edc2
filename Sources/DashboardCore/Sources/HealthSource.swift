import Foundation
import ArchestraAPI

/// Server identity shown in the header.
public struct ServerInfo: Sendable, Equatable {
    public var version: String?
    public init(version: String? = nil) {
        self.version = version
    }
}

extension Sources {
    /// `GET /health`: the server's version, and whether it answers at all. Asked only when no
    /// other request succeeded within the refresh interval.
    public static let health = SourceDescription<NoParameters, ServerInfo, ServerInfo>(
        "health", label: "server health", cadence: .whenIdle,
        fetch: { client in ServerInfo(version: try await client.health().version) },
        // The version says which API generation the server speaks (after a reconnect too: it may have been upgraded).
        reportsGeneration: { info in info.version.flatMap(APIGeneration.forServerVersion) })
}

extension AppState {
    public var server: Loadable<ServerInfo> {
        get { self[Sources.health] }
        set { self[Sources.health] = newValue }
    }
}
