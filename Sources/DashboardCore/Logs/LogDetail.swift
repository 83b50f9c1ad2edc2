import Foundation
import ArchestraAPI

/// What `Enter` shows for an LLM interaction: the summary's figures at once, and once the full record has
/// been read (for the opened row only), the refusal, the tool calls the model asked for, and both bodies
/// as pretty-printed JSON with long lines folded.
public enum LogDetail {
    /// Longer lines of a body are folded onto continuation lines of this many characters.
    public static let foldWidth = 100

    public static func lines(summary: InteractionSummary, agent: String, user: String, record: LLMInteraction?, error: ArchestraError?)
        -> [DetailLine]
    {
        var lines: [DetailLine] = [
            DetailLine(depth: 0, key: "id", value: summary.id),
            DetailLine(depth: 0, key: "time", value: summary.createdAt ?? "-"),
            DetailLine(depth: 0, key: "agent", value: agent),
            DetailLine(depth: 0, key: "user", value: user),
            DetailLine(depth: 0, key: "session", value: summary.sessionId ?? "-"),
            DetailLine(depth: 0, key: "model", value: modelText(summary)),
            DetailLine(depth: 0, key: "tokens", value: "\(summary.inputTokens ?? 0) in, \(summary.outputTokens ?? 0) out"),
            DetailLine(depth: 0, key: "cost", value: summary.cost?.text ?? "-"),
        ]
        lines += statusLines(summary.status)
        lines += boundaryLines(record?.unsafeContextBoundary ?? summary.unsafeContextBoundary)
        guard let record else {
            let wording = error.map { "the full record could not be read: \($0.description)" } ?? "reading the full record…"
            lines.append(DetailLine(depth: 0, key: "bodies", value: wording, emphasis: error == nil ? .none : .warning))
            return lines
        }
        let calls = record.requestedToolCalls
        lines.append(
            DetailLine(depth: 0, key: "tool calls asked for", value: calls.isEmpty ? "none" : "\(calls.count)", emphasis: .heading))
        for call in calls {
            lines.append(DetailLine(depth: 1, key: call.name, value: oneLine(call.arguments)))
        }
        lines += body("request", record.request)
        lines += body("response", record.response)
        return lines
    }

    static func modelText(_ summary: InteractionSummary) -> String {
        guard summary.isRerouted, let baseline = summary.baselineModel else { return summary.model ?? "-" }
        return "\(summary.model ?? "-") (rerouted from \(baseline))"
    }

    static func statusLines(_ status: InteractionStatus) -> [DetailLine] {
        switch status {
        case .ok: [DetailLine(depth: 0, key: "status", value: "ok")]
        case .upstreamError(let message):
            [
                DetailLine(depth: 0, key: "status", value: "upstream error", emphasis: .danger),
                DetailLine(depth: 1, key: "error", value: message),
            ]
        case .refused(let reason):
            [
                DetailLine(depth: 0, key: "status", value: "refused by a guardrail", emphasis: .warning),
                DetailLine(depth: 1, key: "reason", value: reason),
            ]
        }
    }

    static func boundaryLines(_ boundary: ContextBoundary?) -> [DetailLine] {
        guard let boundary else { return [] }
        var lines = [DetailLine(depth: 0, key: "untrusted context", value: "", emphasis: .heading)]
        if let kind = boundary.kind { lines.append(DetailLine(depth: 1, key: "kind", value: kind)) }
        if let reason = boundary.reason { lines.append(DetailLine(depth: 1, key: "reason", value: reason)) }
        if let tool = boundary.toolName { lines.append(DetailLine(depth: 1, key: "tool", value: tool)) }
        if let call = boundary.toolCallId { lines.append(DetailLine(depth: 1, key: "tool call", value: call)) }
        return lines
    }

    static func body(_ name: String, _ value: JSONValue?) -> [DetailLine] {
        guard let value else { return [DetailLine(depth: 0, key: name, value: "none")] }
        let text = pretty(value)
        return [DetailLine(depth: 0, key: name, value: "", emphasis: .heading)]
            + text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { fold(String($0)) }.map {
                DetailLine(depth: 1, key: "", value: $0)
            }
    }

    /// JSON with sorted keys, two spaces a level; control characters stay escaped as JSON writes them.
    public static func pretty(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "\(value)" }
        return text
    }

    static func oneLine(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "\(value)" }
        return text
    }

    /// A long line as pieces of ``foldWidth`` characters, the continuations indented as the line.
    static func fold(_ line: String) -> [String] {
        guard line.count > foldWidth else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        var pieces: [String] = []
        var rest = Substring(line)
        pieces.append(String(rest.prefix(foldWidth)))
        rest = rest.dropFirst(foldWidth)
        let width = max(20, foldWidth - indent.count - 2)
        while !rest.isEmpty {
            pieces.append(indent + "↪ " + rest.prefix(width))
            rest = rest.dropFirst(width)
        }
        return pieces
    }
}
