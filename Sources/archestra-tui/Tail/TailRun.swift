import Foundation
import ArchestraAPI
import TerminalUI

/// What `logs` was asked to print, and the printing itself, once the client is connected.
struct TailRun: Sendable {
    enum Format: String, CaseIterable, Sendable {
        case text, json
    }

    /// MCP tool calls rather than LLM interactions.
    var calls: Bool
    /// `--agent`: a name or id.
    var agent: String?
    var follow: Bool
    /// `--tail`: the newest rows printed first.
    var count: Int
    var format: Format
    /// The title line of `text`.
    var headers: Bool
    var glyphs: GlyphSet
    /// The terminal's width when stdout is one.
    var terminalWidth: Int?
    var refresh: TimeInterval

    /// What the panes call the log, for messages.
    var label: String { calls ? "MCP tool calls" : "LLM interactions" }

    /// Prints rows to `writer` until done (without `follow`), stopped (the task cancelled) or stdout closes.
    func run(client: ArchestraClient, writer: LineWriter, say: @escaping @Sendable (String) -> Void) async throws {
        let loop = TailLoop(refresh: refresh, follow: follow, say: say)
        var choice: AgentChoice?
        if let agent { choice = try await resolve(agent, client: client, loop: loop) }
        let filter = LogFilter(agentId: choice?.id)
        let knownAgents = choice.map { [$0.id: $0.name] } ?? [:]
        var names = TailNames(client: client, knownAgents: knownAgents)
        let text = TailText(glyphs: glyphs, terminalWidth: terminalWidth)
        var headerDue = headers && format == .text
        let columns = calls ? TailText.callColumns : TailText.interactionColumns
        func write(_ lines: [String]) throws {
            try writer.write((headerDue ? [text.header(columns)] : []) + lines)
            headerDue = false
        }
        if calls {
            var tail = LogTail<MCPToolCall> { page in try await client.mcpToolCalls(filter, page: page) }
            try await loop.run(&tail, count: count) { rows in try write(await lines(rows, text: text, names: &names)) }
        } else {
            var tail = LogTail<InteractionSummary> { page in try await client.interactionSummaries(filter, page: page) }
            try await loop.run(&tail, count: count) { rows in try write(await lines(rows, text: text, names: &names)) }
        }
    }

    /// Tool calls as lines: the record, or the pane's columns with the agents' names.
    private func lines(_ rows: [MCPToolCall], text: TailText, names: inout TailNames) async -> [String] {
        var lines: [String] = []
        for row in rows {
            lines.append(format == .json ? TailJSON.line(row.raw) : text.call(row, agent: await names.agent(id: row.agentId)))
        }
        return lines
    }

    /// Interactions as lines: the record, or the pane's columns with the agents' and people's names.
    private func lines(_ rows: [InteractionSummary], text: TailText, names: inout TailNames) async -> [String] {
        var lines: [String] = []
        for row in rows {
            guard format == .text else {
                lines.append(TailJSON.line(row.raw))
                continue
            }
            let agent = await names.agent(id: row.profileId, label: row.agentLabel)
            lines.append(text.interaction(row, agent: agent, user: await names.user(id: row.userId)))
        }
        return lines
    }

    /// The agent `text` names: among those the server lists by that name, else among the agents of the
    /// newest page of the log itself (the names its pane shows, or their ids).
    private func resolve(_ text: String, client: ArchestraClient, loop: TailLoop) async throws -> AgentChoice {
        let listed = try await loop.retrying { try await AgentChoice.candidates(for: text, client: client) }
        do {
            return try AgentChoice.pick(text, among: listed)
        } catch {
            guard case .unknown = error else { throw error }
        }
        let newest = LogPageRequest(limit: LogTail<MCPToolCall>.pollLimit)
        let ids = try await loop.retrying {
            calls
                ? try await client.mcpToolCalls(page: newest).items.compactMap(\.agentId)
                : try await client.interactionSummaries(page: newest).items.compactMap(\.profileId)
        }
        // An id the log carries is one, even when this key may not read the agent behind it.
        let carried = ids.contains(text) ? [AgentChoice(id: text, name: TailNames.shortID(text), kind: "agent")] : []
        return try AgentChoice.pick(text, among: listed + (await AgentChoice.named(ids, client: client)) + carried)
    }

    /// What to say about an error that ended the run, and the exit status: 3 when the server could not be
    /// reached, 1 for anything else. The 403 of a key without `log:read` in the words of the pane.
    func verdict(_ error: Error, server: String) -> (message: String, status: Int32) {
        switch error {
        case let error as ArchestraError where error.isMissingLogRead:
            return ("no permission to read \(label): the API key lacks log:read", 1)
        case let error as ArchestraError where error.isUnauthorized:
            return (
                "authentication failed: \(server) answered 401 (the API key was rejected; set ARCHESTRA_API_KEY, --api-key-file or the context's key)",
                1
            )
        case let error as ArchestraError:
            if case .transport = error {
                return ("cannot reach the Archestra server at \(server): " + Sanitizer.clean(error.description), 3)
            }
            return (Sanitizer.clean(error.description), 1)
        default:
            return (Sanitizer.clean(String(describing: error)), 1)
        }
    }
}
