import ArchestraAPI

/// How an ``ArchestraSimulator`` is seeded and how it behaves on the wire.
public struct SimulatorOptions: Sendable {
    /// Interface to bind; loopback by default.
    public var host: String = "127.0.0.1"
    /// TCP port; `0` picks a free one (read it from ``ArchestraSimulator/start()``).
    public var port: Int = 0
    /// Which API generation to imitate.
    ///
    /// `.v1_2`: LLM proxies are agents of type `llm_proxy` (two, one `isDefault`), listed by
    /// `GET /api/agents?agentType=llm_proxy`, with `GET /api/llm-proxy/default`; `GET /api/llm-proxy` is 404.
    /// `.v1_4`: the `GET /api/llm-proxy` singleton; `/api/llm-proxy/default` is 404 and the
    /// `llm_proxy` agent-type filter is rejected with 400 (the backing rows stay hidden from agent lists).
    ///
    /// The 1.2 world also reports version `1.2.56`, serves `/api/optimization-rules` (404 on 1.4), and
    /// has Terraform-era limits: entity types organization, team and agent only, no per-limit
    /// `cleanupInterval` (the organisation carries `limitCleanupInterval`), entity changeable by `PATCH`.
    public var generation: APIGeneration = .v1_4
    /// Agents visible in `GET /api/agents` under 1.4 (the two LLM-proxy rows come on top). Up to 100 000.
    public var agentCount: Int = 48
    /// Generated knowledge bases beyond the six seeded ones (for trying a large organisation). Up to 100 000.
    public var knowledgeBaseCount: Int = 0
    /// The exact `Authorization` value every `/api` route requires; `nil` turns authentication off.
    public var apiKey: String? = "arch_demo_key_0123456789"
    /// Delay added before every response.
    public var latency: Duration = .zero
    /// Fraction (0…1) of `/api` requests answered with a simulated 500.
    public var failureRate: Double = 0
    /// Traffic-generator period; `.zero` disables the background generator (call ``ArchestraSimulator/tickTraffic()``).
    public var trafficInterval: Duration = .seconds(1)
    /// Serve HTTPS with this certificate instead of plain HTTP.
    public var tls: SimulatorTLS?
    /// Serve the API under this path (e.g. `/archestra`), as a reverse proxy would; other paths answer 404.
    public var pathPrefix: String = ""
    /// Seed of every generated name, id and traffic sample.
    public var seed: UInt64 = 42
    /// When set, `GET /metrics` wants `Authorization: Bearer <secret>`, as a platform with
    /// `ARCHESTRA_METRICS_SECRET` does; `nil` serves it openly (the platform's default).
    public var metricsSecret: String?
    /// LLM interactions per second the traffic generator logs (with the MCP tool calls some lead to); `0`
    /// logs none. Each tick makes `logRate ×` ``trafficInterval`` of them (one second's worth when the
    /// background generator is off and ticks come from ``ArchestraSimulator/tickTraffic()``), and the seed
    /// includes five minutes of such history. Logged calls count in the statistics too.
    public var logRate: Double = 0
    /// The most interactions (and, separately, tool calls) the simulator keeps; older ones are forgotten.
    public var logCapacity: Int = 2_000
    /// How `/api/interactions/sessions` and `/api/mcp-tool-calls` page; `nil` follows ``generation``
    /// (offset for 1.2, cursor for 1.4). Interactions page by offset either way.
    public var logPaging: LogPagingStyle?

    /// Options with the defaults documented on each property.
    public init() {}
}
