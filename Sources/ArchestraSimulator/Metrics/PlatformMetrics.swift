/// The metrics the simulated platform publishes on `/metrics`, with the platform's names and labels
/// (API notes §10). LLM figures move with the very traffic events the statistics count (see
/// ``TrafficLedger``): every request a statistic counts is one observation of
/// `llm_request_duration_seconds` (with its status code), and its tokens and cost add to
/// `llm_tokens_total` and `llm_cost_total`. Counters start at zero when the simulator starts, as a
/// platform's do: seeded history is not in them.
///
/// Latencies, failures and tool calls are drawn from a generator of its own, so adding metrics does not
/// change the traffic (or the statistics) of a seed.
struct PlatformMetrics: Sendable {
    var random = SplitMix64(seed: 0x3E7_121C5)

    var llmDuration = HistogramFamily(
        name: "llm_request_duration_seconds", help: "LLM request duration in seconds",
        bounds: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60])
    var llmTokens = ValueFamily(name: "llm_tokens_total", help: "Tokens used by LLM requests", type: "counter")
    var llmCost = ValueFamily(name: "llm_cost_total", help: "Cost of LLM requests in USD", type: "counter")
    var cacheTokens = ValueFamily(name: "llm_cache_tokens_total", help: "Cached tokens read or written", type: "counter")
    var cacheCost = ValueFamily(name: "llm_cache_cost_total", help: "Cost of cached tokens in USD", type: "counter")
    var cacheSavings = ValueFamily(name: "llm_cache_savings_total", help: "USD saved by prompt caching", type: "counter")
    var blockedTools = ValueFamily(name: "llm_blocked_tools_total", help: "Tool calls blocked by policies", type: "counter")
    var firstToken = HistogramFamily(
        name: "llm_time_to_first_token_seconds", help: "Time to first token in seconds",
        bounds: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10])
    var tokensPerSecond = HistogramFamily(
        name: "llm_tokens_per_second", help: "Output tokens per second of a response",
        bounds: [5, 10, 25, 50, 100, 200, 400])
    var toolCalls = ValueFamily(name: "mcp_tool_calls_total", help: "MCP tool calls", type: "counter")
    var toolDuration = HistogramFamily(
        name: "mcp_tool_call_duration_seconds", help: "MCP tool call duration in seconds",
        bounds: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10])
    var deployment = ValueFamily(name: "mcp_server_deployment_status", help: "MCP server deployment state (1 = current)", type: "gauge")
    var connectorSyncs = ValueFamily(name: "rag_connector_syncs_total", help: "Knowledge connector syncs", type: "counter")
    var documentsIngested = ValueFamily(name: "rag_documents_ingested_total", help: "Documents ingested", type: "counter")
    var embeddingBatches = ValueFamily(name: "rag_embedding_batches_total", help: "Embedding batches", type: "counter")
    var ragQueries = ValueFamily(name: "rag_queries_total", help: "Knowledge queries", type: "counter")
    var ragQueryDuration = HistogramFamily(
        name: "rag_query_duration_seconds", help: "Knowledge query duration in seconds",
        bounds: [0.05, 0.1, 0.25, 0.5, 1, 2.5])
    var tasksFailed = ValueFamily(name: "task_queue_tasks_failed_total", help: "Tasks that failed an attempt", type: "counter")
    var tasksDead = ValueFamily(name: "task_queue_tasks_dead_total", help: "Tasks that ran out of attempts", type: "counter")
    var tasksActive = ValueFamily(name: "task_queue_active_tasks", help: "Tasks running now", type: "gauge")
    var residentMemory = ValueFamily(name: "process_resident_memory_bytes", help: "Resident memory size in bytes", type: "gauge")
    var eventLoopLag = ValueFamily(name: "nodejs_eventloop_lag_seconds", help: "Lag of event loop in seconds", type: "gauge")
    var httpDuration = HistogramFamily(
        name: "http_request_duration_seconds", help: "HTTP request duration in seconds",
        bounds: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5])

    /// The page `GET /metrics` serves.
    func exposition() -> String {
        var text = ""
        for family in [
            llmTokens, llmCost, cacheTokens, cacheCost, cacheSavings, blockedTools, toolCalls, deployment,
            connectorSyncs, documentsIngested, embeddingBatches, ragQueries, tasksFailed, tasksDead, tasksActive,
            residentMemory, eventLoopLag,
        ] where !family.values.isEmpty {
            family.render(into: &text)
        }
        for family in [llmDuration, firstToken, tokensPerSecond, toolDuration, ragQueryDuration, httpDuration]
        where !family.series.isEmpty {
            family.render(into: &text)
        }
        return text
    }
}
