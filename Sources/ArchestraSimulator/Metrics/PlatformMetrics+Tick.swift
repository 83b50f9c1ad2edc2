/// What moves with the clock rather than with LLM traffic: deployments, connector syncs, the task
/// queue, the process, and the HTTP requests the simulator itself serves.
extension PlatformMetrics {
    static let deploymentStates = ["not_created", "pending", "running", "failed", "succeeded", "hibernated", "waking"]
    static let taskTypes = ["connector_sync", "embedding", "agent_run", "mcp_install"]

    /// The deployment state the platform would report for an installation status.
    static func deploymentState(installationStatus: String?) -> String {
        switch installationStatus {
        case "success": "running"
        case "pending", "discovering-tools": "pending"
        case "error": "failed"
        case "idle": "hibernated"
        default: "not_created"
        }
    }

    /// One generator step: `servers` are (name, installation status) of the installed MCP servers,
    /// `connectorTypes` the knowledge connectors' types.
    mutating func tick(servers: [(name: String, status: String?)], connectorTypes: [String]) {
        deployment.values.removeAll()
        for server in servers {
            let current = Self.deploymentState(installationStatus: server.status)
            for state in Self.deploymentStates {
                deployment.set(state == current ? 1 : 0, LabelSet([("server_name", server.name), ("state", state)]))
            }
        }
        for type in connectorTypes where random.unit() < 0.15 {
            // One connector type keeps failing, so a failed sync shows up.
            let fails = random.unit() < (type == "jira" ? 0.45 : 0.05)
            connectorSyncs.add(1, LabelSet([("connector_type", type), ("status", fails ? "failed" : "success")]))
            if !fails {
                let documents = Double(random.int(in: 1...20))
                documentsIngested.add(documents, LabelSet([]))
                embeddingBatches.add((documents / 8).rounded(.up), LabelSet([]))
            }
        }
        for type in Self.taskTypes {
            tasksActive.set(Double(random.int(in: 0...3)), LabelSet([("task_type", type)]))
            tasksFailed.add(random.unit() < 0.05 ? 1 : 0, LabelSet([("task_type", type)]))
            tasksDead.add(random.unit() < (type == "mcp_install" ? 0.02 : 0.003) ? 1 : 0, LabelSet([("task_type", type)]))
        }
        let memory = residentMemory.values[LabelSet([])] ?? 182_000_000
        residentMemory.set(min(420_000_000, max(150_000_000, memory + random.double(in: -2_000_000...2_400_000))), LabelSet([]))
        eventLoopLag.set(random.unit() < 0.05 ? random.double(in: 0.05...0.3) : random.double(in: 0.001...0.02), LabelSet([]))
    }

    /// One request the simulated API served, under its route (ids folded to `:id`); it took `delay`
    /// (injected latency) plus a few milliseconds of work.
    mutating func recordHTTP(method: String, path: String, status: Int, delay: Double) {
        let seconds = delay + random.double(in: 0.001...0.02)
        let route =
            "/"
            + path.split(separator: "/").map { segment in
                segment.count >= 16 || segment.contains(where: \.isNumber) ? ":id" : String(segment)
            }.joined(separator: "/")
        httpDuration.observe(seconds, LabelSet([("method", method), ("route", route), ("status_code", String(status))]))
    }
}
