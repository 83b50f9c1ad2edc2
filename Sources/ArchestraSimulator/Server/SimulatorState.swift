import ArchestraAPI
import Foundation

/// The simulator's single owner of mutable state: the world, the fault controls and the request log.
///
/// Every request passes through ``handle(_:)``: record → admin shortcut → injected fault →
/// authentication → random failure → route. Waiting (latency, stalls) is left to the caller,
/// so the actor never sleeps while holding the state.
actor SimulatorState {
    private var world: SimulatedWorld
    private let initialOptions: SimulatorOptions
    private var apiKey: String?
    private var latency: Duration
    private var failureRate: Double
    /// Path prefix → fault; the longest matching prefix wins.
    private var faults: [String: SimulatedFault] = [:]
    private var log = RequestLog()
    /// Decides which requests fail under `failureRate` (separate from the world's generator so traffic stays reproducible).
    private var failureRandom: SplitMix64

    init(options: SimulatorOptions) {
        initialOptions = options
        apiKey = options.apiKey
        latency = options.latency
        failureRate = options.failureRate
        failureRandom = SplitMix64(seed: options.seed ^ 0xFA11)
        world = WorldSeeder.makeWorld(options: options, now: Self.clock())
    }

    /// Epoch seconds of the wall clock.
    static func clock() -> Double {
        Date().timeIntervalSince1970
    }

    // MARK: Requests

    func handle(_ request: SimRequest) -> SimResponse {
        if request.path == "/__sim" || request.path.hasPrefix("/__sim/") {
            return handleAdmin(request)
        }
        log.append(
            RecordedRequest(
                method: request.method, path: request.path, query: request.query,
                authorization: request.authorization, body: request.bodyText
            ))
        var response = respond(to: request)
        response.delay += latency
        if request.path != "/metrics" {
            // What the platform's own http_request_duration_seconds would have measured.
            let seconds = Double(response.delay.components.seconds) + Double(response.delay.components.attoseconds) / 1e18
            world.metrics.recordHTTP(method: request.method, path: request.path, status: response.status, delay: seconds)
        }
        return response
    }

    private func respond(to request: SimRequest) -> SimResponse {
        let fault = faults.filter { request.path.hasPrefix($0.key) }.max { $0.key.count < $1.key.count }?.value
        switch fault {
        case .status(let status)?:
            return APIError.forStatus(status).response
        case .malformedJSON?:
            return SimResponse(status: 200, body: Array(#"{"data":[{"id":"4f1c","name":"Trunc"#.utf8) + Array(",]}oops".utf8))
        case .truncatedBody?:
            var response = authenticatedResponse(to: request)
            response.delivery = .truncated
            return response
        case .stall(let duration)?:
            var response = authenticatedResponse(to: request)
            response.delay += duration
            return response
        case nil:
            return authenticatedResponse(to: request)
        }
    }

    private func authenticatedResponse(to request: SimRequest) -> SimResponse {
        if request.path == "/metrics", request.method == "GET" {
            return MetricsRoute.respond(to: request, secret: initialOptions.metricsSecret, metrics: world.metrics)
        }
        if APIRouter.requiresAuthentication(request.path) {
            if let apiKey, request.authorization != apiKey {
                return APIError.unauthenticated.response
            }
            if failureRate > 0, failureRandom.unit() < failureRate {
                return APIError.simulatedFailure.response
            }
        }
        return APIRouter.route(request, &world, now: Self.clock())
    }

    // MARK: Controls

    func setFailureRate(_ rate: Double) {
        failureRate = min(max(rate, 0), 1)
    }

    func setLatency(_ latency: Duration) {
        self.latency = max(latency, .zero)
    }

    func setAPIKey(_ key: String?) {
        apiKey = key
    }

    func setFault(_ fault: SimulatedFault?, forPathPrefix prefix: String) {
        faults[prefix] = fault
    }

    /// Clears faults, latency and failure rate, and restores the original API key.
    func resetControls() {
        faults.removeAll()
        latency = .zero
        failureRate = 0
        apiKey = initialOptions.apiKey
    }

    func insertAgent(_ record: JSONValue) {
        AgentInsertion.insert(record, into: &world, now: Self.clock())
    }

    func tickTraffic() {
        let now = Self.clock()
        TrafficGenerator.tick(&world, now: now)
        let interval = initialOptions.trafficInterval
        let period = interval > .zero ? Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18 : 1
        LogGenerator.tick(&world, now: now, period: period)
    }

    func heldLogCounts() -> (interactions: Int, toolCalls: Int) {
        (world.logs.interactions.count, world.logs.toolCalls.count)
    }

    func generateLogTraffic(count: Int) {
        LogGenerator.generate(&world, count: count, endingAt: Self.clock(), over: 1, chargeLimits: true)
    }

    func skipConnectorSyncPhase() {
        world.advanceConnectorSyncs(now: Self.clock(), skipPhase: true)
    }

    func recordedRequests() -> [RecordedRequest] {
        log.entries
    }

    func clearRecordedRequests() {
        log.removeAll()
    }
}
