import Foundation
import ArchestraAPI

/// How the console is talking to the server, shown in the header.
public enum ConnectionState: Sendable, Equatable {
    case connecting, connected, degraded, offline, unauthorized
    /// Something only a person can fix ("certificate not trusted", "proxy needs credentials").
    case actionNeeded(String)

    public var label: String {
        switch self {
        case .connecting: "connecting"
        case .connected: "connected"
        case .degraded: "degraded"
        case .offline: "offline"
        case .unauthorized: "unauthorized"
        case .actionNeeded(let what): what
        }
    }
}

extension AppState {
    /// Derived from the latest outcome of every polled source rather than stored,
    /// so it can never disagree with what the panes show.
    public var connection: ConnectionState {
        // Metrics come from other services (the platform's /metrics, a Prometheus): their failures say
        // nothing about the API, so they never make the header read offline or degraded.
        let statuses = sources.statuses.filter { !ResourceRegistry.otherServices.contains($0.0) }.map(\.1)
        let errors = statuses.compactMap(\.error)
        if errors.contains(where: \.isUnauthorized) { return .unauthorized }
        if let headline = errors.first(where: \.needsAction)?.actionHeadline { return .actionNeeded(headline) }
        if let healthError = status(of: Sources.health.id).error, Self.isUnreachable(healthError) { return .offline }
        let anyOK = statuses.contains { $0.updatedAt != nil && $0.error == nil }
        if errors.isEmpty { return anyOK ? .connected : .connecting }
        // Only failures we cannot do anything about locally count as degradation.
        let serious = errors.filter { !$0.isForbidden && !$0.isNotFound && $0.status != 400 }
        if serious.isEmpty { return .connected }
        return anyOK ? .degraded : .offline
    }
}
