import Foundation
import ArchestraAPI
import TerminalUI

/// What `Enter` shows for an LLM interaction: the summary's figures at once, and once the full record has
/// been read (for the opened row only), the refusal, the tool calls the model asked for, and both bodies
/// as pretty-printed JSON with long lines folded to the screen's width.
public enum LogDetail {
    /// Columns a nested line's value starts at in the detail (its indent), plus one spare at the right edge.
    static let margin = 4

    /// `width` is the screen's: lines longer than it leaves are folded onto continuation lines, so nothing of
    /// a body, a reason or a tool call's arguments is cut.
    public static func lines(
        summary: InteractionSummary, agent: String, user: String, record: LLMInteraction?, error: ArchestraError?, width: Int = 100
    ) -> [DetailLine] {
        let fold = Folder(width: max(30, width - margin))
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
        lines += statusLines(summary.status).flatMap(fold.line)
        lines += boundaryLines(record?.unsafeContextBoundary ?? summary.unsafeContextBoundary).flatMap(fold.line)
        guard let record else {
            let wording = error.map { "the full record could not be read: \($0.description)" } ?? "reading the full record…"
            lines.append(DetailLine(depth: 0, key: "bodies", value: wording, emphasis: error == nil ? .none : .warning))
            return lines
        }
        let calls = record.requestedToolCalls
        lines.append(
            DetailLine(depth: 0, key: "tool calls asked for", value: calls.isEmpty ? "none" : "\(calls.count)", emphasis: .heading))
        for call in calls {
            lines += fold.line(DetailLine(depth: 1, key: call.name, value: oneLine(call.arguments)))
        }
        lines += body("request", record.request, fold)
        lines += body("response", record.response, fold)
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

    static func body(_ name: String, _ value: JSONValue?, _ fold: Folder) -> [DetailLine] {
        guard let value else { return [DetailLine(depth: 0, key: name, value: "none")] }
        let text = pretty(value)
        return [DetailLine(depth: 0, key: name, value: "", emphasis: .heading)]
            + text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { fold.pieces(String($0)) }.map {
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
}
