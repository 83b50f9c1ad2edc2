import Foundation
import ArchestraAPI

/// How the console is talking to the server, shown in the header.
public enum ConnectionState: String, Sendable, Equatable {
    case connecting, connected, degraded, offline, unauthorized

    public var label: String {
        switch self {
        case .connecting: "connecting"
        case .connected: "connected"
        case .degraded: "degraded"
        case .offline: "offline"
        case .unauthorized: "unauthorized"
        }
    }
}

extension AppState {
    /// Derived from the latest outcome of every polled source rather than stored,
    /// so it can never disagree with what the panes show.
    public var connection: ConnectionState {
        let outcomes = DataSource.allCases.map { source -> (ok: Bool, error: ArchestraError?) in
            let status = status(of: source)
            return (status.updatedAt != nil && status.error == nil, status.error)
        }
        let errors = outcomes.compactMap(\.error)
        if errors.contains(where: \.isUnauthorized) { return .unauthorized }
        if let healthError = status(of: .health).error, case .transport = healthError { return .offline }
        let anyOK = outcomes.contains(where: \.ok)
        if errors.isEmpty { return anyOK ? .connected : .connecting }
        // Only failures we cannot do anything about locally count as degradation.
        let serious = errors.filter { !$0.isForbidden && !$0.isNotFound && $0.status != 400 }
        if serious.isEmpty { return .connected }
        return anyOK ? .degraded : .offline
    }
}
