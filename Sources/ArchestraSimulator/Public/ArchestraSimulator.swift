import ArchestraAPI

/// An in-process HTTP server that behaves like the Archestra platform API (docs/api-notes.md).
///
/// ```swift
/// let simulator = ArchestraSimulator(options: .init())
/// let port = try await simulator.start()
/// // … talk to "http://127.0.0.1:\(port)" with `Authorization: arch_demo_key_0123456789` …
/// await simulator.stop()
/// ```
/// Records live as JSON, so tests can insert agents with unknown fields or hostile strings.
public final class ArchestraSimulator: Sendable {
    /// The options the simulator was created with.
    public let options: SimulatorOptions
    private let state: SimulatorState
    private let lifecycle = ServerLifecycle()

    /// Seeds the simulated organisation (deterministic per `options.seed`); nothing listens until ``start()``.
    public init(options: SimulatorOptions = .init()) {
        self.options = options
        self.state = SimulatorState(options: options)
    }

    /// Binds `options.host:options.port` (port 0 = any free port), serves in a background task and
    /// starts the traffic generator. Returns the bound port. Calling it again returns the same port.
    public func start() async throws -> Int {
        try await lifecycle.start(options: options, state: state)
    }

    /// Stops serving and generating traffic; the port is closed when this returns. Idempotent.
    public func stop() async {
        await lifecycle.stop()
    }

    /// `http://HOST:PORT[/prefix]` (`https` when serving TLS) of the running server (port 0 before ``start()``).
    public var baseURL: String {
        get async {
            "\(options.tls == nil ? "http" : "https")://\(options.host):\(await lifecycle.boundPort ?? 0)\(options.pathPrefix)"
        }
    }

    /// Answer this fraction (0…1) of `/api` requests with a simulated 500.
    public func setFailureRate(_ rate: Double) async {
        await state.setFailureRate(rate)
    }

    /// Delay every response by `latency`.
    public func setLatency(_ latency: Duration) async {
        await state.setLatency(latency)
    }

    /// Require this exact `Authorization` value from now on (`nil` = no authentication).
    public func setAPIKey(_ key: String?) async {
        await state.setAPIKey(key)
    }

    /// Inject `fault` for paths starting with `prefix` (`nil` removes it); the longest matching prefix wins.
    public func setFault(_ fault: SimulatedFault?, forPathPrefix prefix: String) async {
        await state.setFault(fault, forPathPrefix: prefix)
    }

    /// Store a raw agent document as given; only a missing `id`, `organizationId` and timestamps are filled in.
    /// A document with an existing id replaces that agent.
    public func insertAgent(_ record: JSONValue) async {
        await state.insertAgent(record)
    }

    /// Run one traffic-generator step now (statistics, `modelUsage` and reinstall progress move on).
    public func tickTraffic() async {
        await state.tickTraffic()
    }

    /// Move every connector sync in progress one phase on (`queued` → `running` → `success`/`failed`) as if
    /// its time had passed; otherwise syncs follow the wall clock alone (about four seconds).
    public func skipConnectorSyncPhase() async {
        await state.skipConnectorSyncPhase()
    }

    /// Log `count` LLM interactions now (and the tool calls some lead to), whatever ``SimulatorOptions/logRate`` says.
    public func generateLogTraffic(count: Int) async {
        await state.generateLogTraffic(count: count)
    }

    /// How many interactions and tool calls the simulator holds now (at most ``SimulatorOptions/logCapacity`` each).
    public var heldLogCounts: (interactions: Int, toolCalls: Int) {
        get async { await state.heldLogCounts() }
    }

    /// The last 1000 requests received, oldest first (`/__sim` admin requests excluded).
    public func recordedRequests() async -> [RecordedRequest] {
        await state.recordedRequests()
    }

    /// Forget the recorded requests.
    public func clearRecordedRequests() async {
        await state.clearRecordedRequests()
    }
}
