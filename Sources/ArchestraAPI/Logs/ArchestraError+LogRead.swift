extension ArchestraError {
    /// The permission every log listing needs.
    public static let logReadPermission = "log:read"

    /// The words a 403 on a log endpoint becomes.
    static let lacksLogReadMessage = "this API key lacks the log:read permission, so the logs are hidden from it"

    /// Whether this is a log endpoint's 403, reworded by ``lacksLogRead(_:)``.
    public var isMissingLogRead: Bool {
        if case .http(403, _, let message, _) = self { return message == Self.lacksLogReadMessage }
        return false
    }

    /// A 403 from a log endpoint said as what it means; any other error unchanged.
    static func lacksLogRead(_ error: Error) -> Error {
        guard let error = error as? ArchestraError, case .http(403, let type, _, let endpoint) = error else { return error }
        return ArchestraError.http(status: 403, type: type, message: lacksLogReadMessage, endpoint: endpoint)
    }
}
