/// MCP tool calls by server and tool (calls/s, error %, p95) with each server's deployment state,
/// from `mcp_tool_calls_total`, `mcp_tool_call_duration_seconds` and `mcp_server_deployment_status`.
struct MCPMetrics: MetricsTabSpec {
    static let grouping = ["mcp_server_name", "tool_name"]
    let calls = MetricSelector("mcp_tool_calls_total", .rate, by: grouping + ["status"])
    let duration = MetricSelector("mcp_tool_call_duration_seconds_bucket", .buckets, by: grouping)
    let deployment = MetricSelector("mcp_server_deployment_status", .value, by: ["server_name", "state"])

    var selectors: [MetricSelector] { [calls, duration, deployment] }

    var columns: [MetricsColumn] {
        [
            MetricsColumn(ColumnSpec("Server / tool", sort: "n", min: 18, weight: 2, priority: 10), .name),
            MetricsColumn(ColumnSpec("State", sort: "s", min: 10, priority: 8), .kind),
            MetricsColumn(ColumnSpec("Calls/s", sort: "c", min: 7, priority: 9, right: true), .figure(.rate, .perSecond)),
            MetricsColumn(ColumnSpec("Err %", sort: "e", min: 6, priority: 9, right: true), .figure(.errorShare, .percent)),
            MetricsColumn(ColumnSpec("p95", sort: "9", min: 6, priority: 7, right: true), .figure(.p95, .seconds)),
        ]
    }

    func trendValue(_ row: MetricsRow) -> Double? { row[.rate] }

    var trendLines: [MetricsTrendLine] {
        [
            MetricsTrendLine(MetricSelector("mcp_tool_calls_total", .rate, by: Self.grouping)) { labels in
                Self.rowID(server: labels["mcp_server_name"] ?? "", tool: labels["tool_name"] ?? "")
            }
        ]
    }

    static func rowID(server: String, tool: String) -> String { "\(server)/\(tool)" }

    /// States that mean the server cannot serve calls.
    static let failedStates: Set<String> = ["failed", "error"]

    func rows(_ snapshot: MetricsSnapshot, target: String) -> [MetricsRow] {
        let states = Self.activeStates(snapshot[deployment])
        var rows: [MetricsRow] = snapshot.keys(calls, by: Self.grouping).map { key in
            let server = key["mcp_server_name"] ?? ""
            let tool = key["tool_name"] ?? ""
            var figures: [MetricFigure: Double] = [:]
            if snapshot.hasRates {
                let rate = snapshot.sum(calls, where: key)
                figures[.rate] = rate
                if rate > 0 { figures[.errorShare] = snapshot.sum(calls, where: key.merging(["status": "error"]) { $1 }) / rate }
                figures[.p95] = snapshot.quantile(0.95, duration, where: key)
            }
            return row(
                id: Self.rowID(server: server, tool: tool), name: "\(server) / \(tool)", state: states[server],
                figures: figures, labels: key)
        }
        // A server nobody called (or that cannot start) still shows, with its state.
        let called = Set(rows.compactMap { $0.labels["mcp_server_name"] })
        for (server, state) in states where !called.contains(server) {
            rows.append(
                row(
                    id: Self.rowID(server: server, tool: ""), name: "\(server) (no calls)", state: state,
                    figures: [:], labels: ["mcp_server_name": server]))
        }
        return rows.sorted { left, right in
            let leftFailed = Self.failedStates.contains(left.kind)
            let rightFailed = Self.failedStates.contains(right.kind)
            if leftFailed != rightFailed { return leftFailed }
            return WorstFirst.precedes(left, right, by: [.errorShare, .p95, .rate])
        }
    }

    func row(id: String, name: String, state: String?, figures: [MetricFigure: Double], labels: MetricLabels) -> MetricsRow {
        var level = FailureLevel.level(errorShare: figures[.errorShare], active: (figures[.rate] ?? 0) > 0)
        if let state, Self.failedStates.contains(state) { level = .danger }
        return MetricsRow(id: id, name: name, kind: state ?? "", figures: figures, level: level, labels: labels)
    }

    /// Each server's state: the `state` label whose gauge is set (1 for the active one).
    static func activeStates(_ groups: [MetricLabels: Double]) -> [String: String] {
        var best: [String: (state: String, value: Double)] = [:]
        for (labels, value) in groups where value > 0 {
            guard let server = labels["server_name"], let state = labels["state"] else { continue }
            if let current = best[server], current.value >= value { continue }
            best[server] = (state, value)
        }
        return best.mapValues(\.state)
    }
}
