import Foundation

/// Every failure the client reports.
///
/// `endpoint` is `"METHOD /path"` (no host, no query string), e.g. `"GET /api/agents"`.
public enum ArchestraError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A non-2xx response. `message`/`type` come from `{error:{message,type}}` when present, else the status text.
    case http(status: Int, type: String?, message: String, endpoint: String)
    /// No response: connection, DNS, TLS or timeout trouble.
    case transport(TransportFailure, endpoint: String)
    /// The body was not JSON, or not of the expected shape at the top level.
    case decoding(endpoint: String, detail: String)
    /// The settings cannot work (bad URL, bad timeout, unreadable key file).
    case invalidConfiguration(String)

    /// The HTTP status for `.http`, else `nil`.
    public var status: Int? {
        if case .http(let status, _, _, _) = self { return status }
        return nil
    }

    public var isUnauthorized: Bool { status == 401 }
    public var isForbidden: Bool { status == 403 }
    public var isNotFound: Bool { status == 404 }

    /// Whether trying again later may succeed: transport trouble, 5xx, 429 and unreadable bodies.
    public var isRetryable: Bool {
        switch self {
        case .transport, .decoding: return true
        case .http(let status, _, _, _): return status >= 500 || status == 429
        case .invalidConfiguration: return false
        }
    }

    /// Whether only a person can fix it: an untrusted, expired or misnamed certificate, the wrong http/https
    /// scheme, a missing client certificate, or proxy credentials. Retrying soon cannot help, so pollers
    /// should wait the longest backoff at once, and the header should say ``actionHeadline``.
    public var needsAction: Bool {
        if case .transport(let failure, _) = self { return failure.needsAction }
        return false
    }

    /// A few words for the header about what needs doing (e.g. "certificate not trusted"), or `nil`.
    public var actionHeadline: String? {
        if case .transport(let failure, _) = self { return failure.headline }
        return nil
    }

    /// The endpoint the failure happened on, when there was one.
    public var endpoint: String? {
        switch self {
        case .http(_, _, _, let endpoint), .transport(_, let endpoint), .decoding(let endpoint, _): return endpoint
        case .invalidConfiguration: return nil
        }
    }

    /// One sentence a person can act on.
    public var description: String {
        switch self {
        case .http(let status, _, let message, let endpoint):
            return "\(status) \(message) on \(endpoint)\(Self.advice(forStatus: status))"
        case .transport(let failure, let endpoint):
            return failure.sentence(endpoint: endpoint)
        case .decoding(let endpoint, let detail):
            return "Could not read the response of \(endpoint): \(detail)"
        case .invalidConfiguration(let problem):
            return problem
        }
    }

    /// The sentence for a request made once, at a person's asking (a save, a delete, a restore): nothing
    /// retries it, so a server failure does not promise that it will be.
    public var descriptionOfOneRequest: String {
        if case .http(let status, _, let message, let endpoint) = self, (500...599).contains(status) {
            return "\(status) \(message) on \(endpoint): the server failed — check the server logs if it persists"
        }
        return description
    }

    private static func advice(forStatus status: Int) -> String {
        switch status {
        case 400: return ": the server rejected the request — check the values entered"
        case 401: return ": the API key was rejected — set ARCHESTRA_API_KEY or --api-key-file"
        case 403: return ": the API key's role lacks the permission for this — ask an admin or use another key"
        case 404: return ": it does not exist, was deleted, or is hidden from this API key"
        case 409: return ": it conflicts with an existing record — rename it or remove the other one first"
        case 429: return ": too many requests — slow down the refresh interval"
        case 500...599: return ": the server failed — it will be retried; check the server logs if it persists"
        default: return ""
        }
    }
}
