import Foundation
import ArchestraAPI

/// One thing the console polls, described once: what to ask the server, how often, and how an
/// answer becomes the value the panes draw.
///
/// - `Parameters`: what the request depends on (a page, a timeframe); a change replaces the request.
/// - `Fetched`: what the client returns.
/// - `Value`: what the state keeps (e.g. the pages around the selection, merged from fetched pages).
public struct SourceDescription<Parameters: Hashable & Sendable, Fetched: Sendable, Value: Sendable>: Sendable {
    public let id: SourceID
    /// What a person would call it in "no permission to read X".
    public let label: String
    public let cadence: Cadence
    /// Whether its figures belong to the statistics timeframe (cleared when it changes).
    public let followsTimeframe: Bool
    let parameters: @Sendable (AppState) -> Parameters
    let fetch: @Sendable (ArchestraClient, Parameters) async throws -> Fetched
    let merge: @Sendable (_ previous: Value?, _ fetched: Fetched, _ parameters: Parameters) -> Value
    /// Which service answers it: failures of another one (metrics) say nothing about the API.
    public let service: SourceService
    /// The API generation an answer reveals (the server's version, the proxies' listing), kept centrally.
    let reportsGeneration: (@Sendable (Value) -> APIGeneration?)?
    /// Whether an answer to parameters that are no longer current is still worth keeping.
    let keepsOutdatedAnswers: Bool
    /// Whether an answer is one that asking again cannot change while the connection lasts (a metrics
    /// source with nothing configured says so without a request): the source then rests until `r`,
    /// instead of costing a task, a state change and a scheduler step every second for nothing.
    let settles: (@Sendable (Fetched) -> Bool)?
    /// An answer that serves other sources too (one scrape of the metrics page feeds every metrics tab),
    /// handed to them as it is stored.
    let feeds: (@Sendable (inout AppState, Fetched, Date) -> Void)?

    public init(
        _ name: String, label: String, cadence: Cadence, followsTimeframe: Bool = false,
        keepsOutdatedAnswers: Bool = false,
        parameters: @escaping @Sendable (AppState) -> Parameters,
        fetch: @escaping @Sendable (ArchestraClient, Parameters) async throws -> Fetched,
        merge: @escaping @Sendable (Value?, Fetched, Parameters) -> Value,
        service: SourceService = .api,
        reportsGeneration: (@Sendable (Value) -> APIGeneration?)? = nil,
        settles: (@Sendable (Fetched) -> Bool)? = nil,
        feeds: (@Sendable (inout AppState, Fetched, Date) -> Void)? = nil
    ) {
        self.id = SourceID(name)
        self.label = label
        self.cadence = cadence
        self.followsTimeframe = followsTimeframe
        self.keepsOutdatedAnswers = keepsOutdatedAnswers
        self.parameters = parameters
        self.fetch = fetch
        self.merge = merge
        self.service = service
        self.reportsGeneration = reportsGeneration
        self.settles = settles
        self.feeds = feeds
    }

    /// The same description without types, for the registry and the scheduler.
    public var erased: AnySource {
        AnySource(self)
    }
}

extension SourceDescription where Fetched == Value {
    /// A source whose answer replaces the previous value.
    public init(
        _ name: String, label: String, cadence: Cadence, followsTimeframe: Bool = false,
        keepsOutdatedAnswers: Bool = false,
        parameters: @escaping @Sendable (AppState) -> Parameters,
        fetch: @escaping @Sendable (ArchestraClient, Parameters) async throws -> Fetched,
        service: SourceService = .api,
        reportsGeneration: (@Sendable (Value) -> APIGeneration?)? = nil,
        settles: (@Sendable (Fetched) -> Bool)? = nil
    ) {
        self.init(
            name, label: label, cadence: cadence, followsTimeframe: followsTimeframe,
            keepsOutdatedAnswers: keepsOutdatedAnswers, parameters: parameters, fetch: fetch,
            merge: { _, fetched, _ in fetched }, service: service, reportsGeneration: reportsGeneration, settles: settles)
    }
}

extension SourceDescription where Parameters == NoParameters, Fetched == Value {
    /// A source that always asks the same thing and keeps the latest answer.
    public init(
        _ name: String, label: String, cadence: Cadence,
        fetch: @escaping @Sendable (ArchestraClient) async throws -> Fetched,
        reportsGeneration: (@Sendable (Value) -> APIGeneration?)? = nil
    ) {
        self.init(
            name, label: label, cadence: cadence, parameters: { _ in NoParameters() },
            fetch: { client, _ in try await fetch(client) }, reportsGeneration: reportsGeneration)
    }
}

extension SourceDescription where Parameters == Timeframe, Fetched == Value {
    /// A statistics source: asked for the selected timeframe, cleared when it changes.
    public init(
        statistics name: String, label: String, cadence: Cadence = .statistics,
        fetch: @escaping @Sendable (ArchestraClient, Timeframe) async throws -> Fetched
    ) {
        self.init(
            name, label: label, cadence: cadence, followsTimeframe: true,
            parameters: { $0.timeframe }, fetch: fetch)
    }
}

/// Which service answers a source: the Archestra API, or another one (the platform's `/metrics`, a
/// Prometheus) whose failures never change the header's connection state.
public enum SourceService: Sendable, Equatable {
    case api, other
}

/// A ``SourceDescription`` without its types: what the registry lists and the scheduler runs. A class:
/// the scheduler walks every source at each step, and a copy is then one reference, not its closures.
public final class AnySource: Sendable, Hashable {
    public let id: SourceID
    public let label: String
    public let cadence: Cadence
    public let followsTimeframe: Bool
    /// Which service answers it (see ``SourceService``).
    public let service: SourceService
    let requestKey: @Sendable (AppState) -> RequestKey
    let fetch: @Sendable (ArchestraClient, RequestKey) async throws -> any Sendable
    /// Stores an answer and returns the value kept; nil when it was dropped because its parameters
    /// are no longer current.
    let store: @Sendable (inout AppState, any Sendable, RequestKey, Date) -> (any Sendable)?

    init<Parameters, Fetched, Value>(_ source: SourceDescription<Parameters, Fetched, Value>) {
        id = source.id
        label = source.label
        cadence = source.cadence
        followsTimeframe = source.followsTimeframe
        service = source.service
        requestKey = { RequestKey(source.parameters($0)) }
        fetch = { client, key in
            guard let parameters = key.parameters(as: Parameters.self) else {
                throw ArchestraError.invalidConfiguration("\(source.id): a request with parameters of another type")
            }
            return try await source.fetch(client, parameters)
        }
        store = { state, answer, key, time in
            guard let fetched = answer as? Fetched, let parameters = key.parameters(as: Parameters.self) else { return nil }
            guard source.keepsOutdatedAnswers || RequestKey(source.parameters(state)) == key else { return nil }
            let value = source.merge(state[source].value, fetched, parameters)
            state[source].succeed(value, at: time)
            if let settles = source.settles, settles(fetched) { state[source].status.isSettled = true }
            if let generation = source.reportsGeneration?(value) { state.generation = generation }
            source.feeds?(&state, fetched, time)
            return value
        }
    }

    /// What asking for this source now would request.
    public func request(in state: AppState) -> FetchRequest {
        FetchRequest(target: .source(id), key: requestKey(state))
    }

    public static func == (left: AnySource, right: AnySource) -> Bool { left.id == right.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
