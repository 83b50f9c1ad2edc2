import Foundation
import NIOHTTP1

/// The observability logs: LLM interactions, MCP tool calls and sessions (API notes §11).
///
/// Every listing is newest first and answers a ``LogPage`` in the style the server used. A 403 is
/// reworded to say the key lacks `log:read` (``ArchestraError/isMissingLogRead``).
extension ArchestraClient {
    /// How many full records a page holds when `/api/interactions/summaries` is missing: they carry bodies.
    public static let fullRecordPageLimit = 25

    /// `GET /api/interactions`: full records, bodies included (offset pages on every server).
    public func interactions(_ filter: LogFilter = .init(), page: LogPageRequest = .init()) async throws -> LogPage<LLMInteraction> {
        try await logPage("/api/interactions", filter.queryItems(for: .interactions) + Self.newestFirst, page: page)
    }

    /// Interaction rows without bodies: `GET /api/interactions/summaries` where the server has it, else pages
    /// of at most ``fullRecordPageLimit`` full records.
    ///
    /// Older servers answer 404 (or 400, where `summaries` is taken for an interaction id). Then the full
    /// records are read, and if that works this connection reads them from then on without asking again;
    /// if it fails too, its error is thrown and nothing is remembered (a bad filter fails both).
    public func interactionSummaries(_ filter: LogFilter = .init(), page: LogPageRequest = .init()) async throws -> LogPage<
        InteractionSummary
    > {
        let query = filter.queryItems(for: .interactions) + Self.newestFirst
        let small = LogPageRequest(position: page.position, limit: min(page.limit, Self.fullRecordPageLimit))
        guard !logEndpoints.lacksSummaries else {
            return try await fullRecordSummaries(query, page: small)
        }
        do {
            return try await logPage("/api/interactions/summaries", query, page: page)
        } catch let error as ArchestraError where error.isNotFound || error.status == 400 {
            let summaries = try await fullRecordSummaries(query, page: small)
            logEndpoints.summariesMissing()
            return summaries
        }
    }

    private func fullRecordSummaries(_ query: [URLQueryItem], page: LogPageRequest) async throws -> LogPage<InteractionSummary> {
        let records: LogPage<LLMInteraction> = try await logPage("/api/interactions", query, page: page)
        return records.map(InteractionSummary.init)
    }

    /// Whether this connection found `/api/interactions/summaries` missing (and reads full records instead).
    public var readsFullRecordsForSummaries: Bool { logEndpoints.lacksSummaries }

    /// `GET /api/interactions/{id}`: one record with its bodies.
    public func interaction(id: String) async throws -> LLMInteraction {
        do {
            return try await record(Self.path("api", "interactions", id))
        } catch {
            throw ArchestraError.lacksLogRead(error)
        }
    }

    /// `GET /api/mcp-tool-calls`: offset pages on older servers, cursor pages on newer ones.
    ///
    /// With `filter.mcpServerName`, older servers can only `search` (a substring of server, tool or arguments),
    /// so rows of other servers are dropped here; the page's `next` still counts every row the server sent.
    public func mcpToolCalls(_ filter: LogFilter = .init(), page: LogPageRequest = .init()) async throws -> LogPage<MCPToolCall> {
        // Sorting is an offset-server parameter; cursor servers drop unknown keys and sort newest first anyway.
        var answer: LogPage<MCPToolCall> = try await logPage(
            "/api/mcp-tool-calls", filter.queryItems(for: .toolCalls) + Self.newestFirst, page: page)
        if let server = filter.mcpServerName {
            answer.items.removeAll { $0.mcpServerName != server }
        }
        return answer
    }

    /// `GET /api/mcp-tool-calls/{id}`.
    public func mcpToolCall(id: String) async throws -> MCPToolCall {
        do {
            return try await record(Self.path("api", "mcp-tool-calls", id))
        } catch {
            throw ArchestraError.lacksLogRead(error)
        }
    }

    /// `GET /api/interactions/sessions`: sessions by latest activity; offset or cursor pages.
    public func interactionSessions(_ filter: LogFilter = .init(), page: LogPageRequest = .init()) async throws -> LogPage<
        InteractionSession
    > {
        try await logPage("/api/interactions/sessions", filter.queryItems(for: .sessions), page: page)
    }

    /// `GET /api/interactions/external-agent-ids`: the `X-Archestra-Agent-Id` values seen, with display names.
    public func interactionExternalAgentIDs() async throws -> [LogIdentity] {
        do {
            return try await list("/api/interactions/external-agent-ids")
        } catch {
            throw ArchestraError.lacksLogRead(error)
        }
    }

    /// `GET /api/interactions/user-ids`: the users seen in the logs (newer servers: only the caller without `log:admin`).
    public func interactionUserIDs() async throws -> [LogIdentity] {
        do {
            return try await list("/api/interactions/user-ids")
        } catch {
            throw ArchestraError.lacksLogRead(error)
        }
    }

    private static let newestFirst = [URLQueryItem(name: "sortBy", value: "createdAt"), URLQueryItem(name: "sortDirection", value: "desc")]

    /// GETs one page of a log listing and reads it in the style it came in.
    func logPage<Row: LenientDecodable>(_ path: String, _ query: [URLQueryItem], page: LogPageRequest) async throws -> LogPage<Row> {
        let value: JSONValue
        do {
            value = try await json(.GET, path, query: query + page.queryItems)
        } catch {
            throw ArchestraError.lacksLogRead(error)
        }
        let offset: Int
        if case .offset(let start) = page.position { offset = start } else { offset = 0 }
        do {
            return try LogPage<Row>(json: value, requestedOffset: offset)
        } catch {
            throw ArchestraError.decoding(endpoint: "GET \(configuration.baseURL.path)\(path)", detail: "\(error)")
        }
    }
}
