/// One request the simulator received (admin `/__sim` requests are not recorded).
public struct RecordedRequest: Sendable, Equatable {
    /// HTTP method, upper case (`GET`).
    public var method: String
    /// Path without the query string (`/api/agents`).
    public var path: String
    /// Decoded query parameters; the last value wins for repeated names.
    public var query: [String: String]
    /// The raw `Authorization` header, if one was sent.
    public var authorization: String?
    /// The request body as UTF-8 text, if there was one.
    public var body: String?

    /// A recorded request with the given parts.
    public init(method: String, path: String, query: [String: String], authorization: String?, body: String?) {
        self.method = method
        self.path = path
        self.query = query
        self.authorization = authorization
        self.body = body
    }
}
