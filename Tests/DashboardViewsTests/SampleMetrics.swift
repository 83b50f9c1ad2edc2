import Foundation
import ArchestraAPI
import DashboardCore

/// Metrics for screen tests: two scrapes of a platform page, 2 s apart, fed through the live sources
/// as the console would, and a Prometheus answer for the fleet.
enum SampleMetrics {
    static let target = "archestra.example.com:9050"

    /// The page after `scrape` scrapes: counters grow a little faster each time, so trends have a shape.
    static func page(step scrape: Double) -> String {
        let step = scrape + (scrape * scrape / 4).rounded(.down)
        func llm(_ provider: String, _ model: String, agent: String, ok: Double, failed: Double, latencyBucket: Int) -> String {
            let labels =
                #"provider="\#(provider)",model="\#(model)",agent_id="id-\#(agent)",agent_name="\#(agent)",agent_type="agent",source="api""#
            var text = ""
            for (status, count) in [("200", 1_000 + ok * step), ("500", 10 + failed * step)] {
                let bounds = ["0.5", "1", "2.5", "5"]
                for (index, bound) in bounds.enumerated() {
                    text +=
                        "llm_request_duration_seconds_bucket{\(labels),status_code=\"\(status)\",le=\"\(bound)\"} \(index >= latencyBucket ? count : 0)\n"
                }
                text += "llm_request_duration_seconds_bucket{\(labels),status_code=\"\(status)\",le=\"+Inf\"} \(count)\n"
                text += "llm_request_duration_seconds_count{\(labels),status_code=\"\(status)\"} \(count)\n"
            }
            text += "llm_time_to_first_token_seconds_bucket{\(labels),le=\"0.5\"} \(500 + ok * step)\n"
            text += "llm_time_to_first_token_seconds_bucket{\(labels),le=\"+Inf\"} \(500 + ok * step)\n"
            text += "llm_tokens_total{\(labels),type=\"input\"} \(90_000 + ok * step * 900)\n"
            text += "llm_tokens_total{\(labels),type=\"output\"} \(20_000 + ok * step * 150)\n"
            text += "llm_cost_total{\(labels)} \(12 + ok * step * 0.002)\n"
            return text
        }
        var text = "# TYPE llm_request_duration_seconds histogram\n"
        text += llm("openai", "gpt-4o-mini", agent: "support-bot", ok: 8, failed: 0, latencyBucket: 1)
        text += llm("gemini", "gemini-2.5-pro", agent: "researcher", ok: 3, failed: 1, latencyBucket: 3)
        text += llm("anthropic", "claude-sonnet-4-5", agent: "launcher", ok: 4, failed: 0, latencyBucket: 2)
        let agentLabels = #"agent_id="id-support-bot",agent_name="support-bot",agent_type="agent""#
        text +=
            "mcp_tool_calls_total{\(agentLabels),mcp_server_name=\"github\",tool_name=\"search_issues\",status=\"success\"} \(50 + 4 * step)\n"
        text += "mcp_tool_calls_total{\(agentLabels),mcp_server_name=\"github\",tool_name=\"search_issues\",status=\"error\"} \(2 + step)\n"
        text +=
            "mcp_tool_calls_total{\(agentLabels),mcp_server_name=\"slack\",tool_name=\"post_message\",status=\"success\"} \(20 + 2 * step)\n"
        text +=
            "mcp_tool_call_duration_seconds_bucket{\(agentLabels),mcp_server_name=\"github\",tool_name=\"search_issues\",status=\"success\",le=\"1\"} \(52 + 5 * step)\n"
        text +=
            "mcp_tool_call_duration_seconds_bucket{\(agentLabels),mcp_server_name=\"github\",tool_name=\"search_issues\",status=\"success\",le=\"+Inf\"} \(52 + 5 * step)\n"
        for (server, state) in [("github", "running"), ("slack", "running"), ("postgres", "failed")] {
            for candidate in ["running", "failed", "pending"] {
                text += "mcp_server_deployment_status{server_name=\"\(server)\",state=\"\(candidate)\"} \(candidate == state ? 1 : 0)\n"
            }
        }
        text += "rag_connector_syncs_total{connector_type=\"jira\",status=\"success\"} \(10 + step)\n"
        text += "rag_connector_syncs_total{connector_type=\"jira\",status=\"failed\"} \(4 + step)\n"
        text += "rag_connector_syncs_total{connector_type=\"github\",status=\"success\"} \(30 + 2 * step)\n"
        text += "rag_queries_total \(100 + 3 * step)\n"
        text += "rag_documents_ingested_total \(900 + 20 * step)\n"
        for (type, failed, dead, active) in [("embedding", 3.0, 1.0, 2.0), ("connector_sync", 1.0, 0.0, 1.0)] {
            text += "task_queue_tasks_failed_total{task_type=\"\(type)\"} \(failed)\n"
            text += "task_queue_tasks_dead_total{task_type=\"\(type)\"} \(dead)\n"
            text += "task_queue_active_tasks{task_type=\"\(type)\"} \(active)\n"
        }
        text += "process_resident_memory_bytes \(182_000_000 + step * 100_000)\n"
        text += "nodejs_eventloop_lag_seconds 0.0042\n"
        text +=
            "http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/agents\",status_code=\"200\",le=\"0.05\"} \(400 + 6 * step)\n"
        text +=
            "http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/agents\",status_code=\"200\",le=\"+Inf\"} \(400 + 6 * step)\n"
        text += "http_request_duration_seconds_count{method=\"GET\",route=\"/api/agents\",status_code=\"200\"} \(400 + 6 * step)\n"
        return text
    }

    /// Loads every tab's live figures into `state`: six scrapes 2 s apart, the last one second before `SampleState.now`.
    static func load(into state: inout AppState) {
        for tab in MetricsTab.allCases where tab != .fleet {
            let source = MetricsSources.live(tab)
            for step in 0..<6 {
                let time = SampleState.time(11 - 2 * Double(step))
                guard let exposition = try? ExpositionParser.parse(page(step: Double(step))) else { continue }
                _ = state.reduce(
                    .loaded(
                        LoadResult(
                            source, in: state, .success(.scrape(exposition, at: time, target: target)),
                            finishedAt: time)))
            }
        }
        var fleet = MetricsSnapshot()
        let up = MetricSelector("up", .value, by: ["job", "instance"])
        let requests = MetricSelector("llm_request_duration_seconds_count", .rate, by: ["job", "instance", "status_code"])
        let cost = MetricSelector("llm_cost_total", .rate, by: ["job", "instance"])
        fleet.groups[up] = [
            ["job": "archestra", "instance": "web-1:9050"]: 1, ["job": "archestra", "instance": "web-2:9050"]: 1,
            ["job": "archestra", "instance": "web-3:9050"]: 0,
        ]
        fleet.groups[requests] = [
            ["job": "archestra", "instance": "web-1:9050", "status_code": "200"]: 6,
            ["job": "archestra", "instance": "web-2:9050", "status_code": "200"]: 4,
            ["job": "archestra", "instance": "web-2:9050", "status_code": "429"]: 1,
        ]
        fleet.groups[cost] = [
            ["job": "archestra", "instance": "web-1:9050"]: 0.004, ["job": "archestra", "instance": "web-2:9050"]: 0.003,
        ]
        let loaded = SampleState.time(1)
        _ = state.reduce(
            .loaded(
                LoadResult(
                    MetricsSources.live(.fleet), in: state,
                    .success(.prometheus(fleet, at: loaded, url: "http://prometheus:9090")), finishedAt: loaded)))
    }
}
