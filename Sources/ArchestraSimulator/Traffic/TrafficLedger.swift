/// Writes traffic into the world: the usage history that statistics read and, for live traffic, the limits
/// and the Prometheus metrics.
enum TrafficLedger {
    /// Records `event` once. `chargeLimits` is off for the seeded history, which predates the limits'
    /// current windows (their seeded `modelUsage` stands for it) and the metrics' counters (which, as a
    /// platform's, start when the process does).
    static func record(_ event: TrafficEvent, in world: inout SimulatedWorld, chargeLimits: Bool) {
        world.usage.record(event.sample, key: event.key, at: event.time)
        if chargeLimits {
            LimitCharging.charge(&world, for: event)
            world.metrics.record(event, agent: world.agents[event.agent], tools: world.reachableTools)
        }
    }
}

extension SimulatedWorld {
    /// Tools of the MCP servers that are installed and running, by server name.
    var reachableTools: [(server: String, tool: String)] {
        mcpServers.filter { !$0.isDeleted && $0.document.text("localInstallationStatus") == "success" }.flatMap { server in
            let name = server.document.text("name") ?? server.id
            return server.tools.compactMap { tool in (tool.text("rawName") ?? tool.text("name")).map { (name, $0) } }
        }
    }
}
