import Foundation
import ArchestraAPI

/// Writes `/metrics` pages for tests, as the platform would, from running totals the test sets.
struct MetricsPageBuilder {
    /// (model, status) → requests so far; each request lands in the bucket `latency[model]`.
    var requests: [String: [String: Double]] = [:]
    var latency: [String: Double] = [:]
    var cost: [String: Double] = [:]
    var outputTokens: [String: Double] = [:]
    var extra = ""

    static let bounds: [Double] = [0.5, 1, 2.5, 5]

    func text() -> String {
        var text = "# TYPE llm_request_duration_seconds histogram\n"
        for (model, byStatus) in requests.sorted(by: { $0.key < $1.key }) {
            for (status, count) in byStatus.sorted(by: { $0.key < $1.key }) {
                let labels =
                    #"provider="p",model="\#(model)",agent_id="a-\#(model)",agent_name="bot \#(model)",agent_type="agent",status_code="\#(status)""#
                for bound in Self.bounds {
                    let inside = (latency[model] ?? 0) <= bound ? count : 0
                    text += "llm_request_duration_seconds_bucket{\(labels),le=\"\(bound)\"} \(inside)\n"
                }
                text += "llm_request_duration_seconds_bucket{\(labels),le=\"+Inf\"} \(count)\n"
                text += "llm_request_duration_seconds_count{\(labels)} \(count)\n"
            }
        }
        text += "# TYPE llm_cost_total counter\n"
        for (model, dollars) in cost {
            text +=
                #"llm_cost_total{provider="p",model="\#(model)",agent_id="a-\#(model)",agent_name="bot \#(model)",agent_type="agent"} \#(dollars)"#
                + "\n"
        }
        text += "# TYPE llm_tokens_total counter\n"
        for (model, tokens) in outputTokens {
            text +=
                #"llm_tokens_total{provider="p",model="\#(model)",agent_id="a-\#(model)",agent_name="bot \#(model)",agent_type="agent",type="output"} \#(tokens)"#
                + "\n"
        }
        return text + extra
    }

    func page() throws -> Exposition { try ExpositionParser.parse(text()) }
}
