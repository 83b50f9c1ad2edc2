import Foundation

/// Progress of a local MCP server installation (`localInstallationStatus`).
public struct InstallationState: LenientEnum {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let idle = InstallationState(rawValue: "idle")
    public static let pending = InstallationState(rawValue: "pending")
    public static let discoveringTools = InstallationState(rawValue: "discovering-tools")
    public static let success = InstallationState(rawValue: "success")
    public static let error = InstallationState(rawValue: "error")

    public static let knownValues: [InstallationState] = [.idle, .pending, .discoveringTools, .success, .error]

    /// Whether the installation is still moving (worth polling).
    public var isInProgress: Bool { self == .pending || self == .discoveringTools }
}

/// How an MCP server runs (`serverType`).
public struct ServerType: LenientEnum {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let local = ServerType(rawValue: "local")
    public static let remote = ServerType(rawValue: "remote")
    public static let builtin = ServerType(rawValue: "builtin")
    public static let app = ServerType(rawValue: "app")

    public static let knownValues: [ServerType] = [.local, .remote, .builtin, .app]
}
