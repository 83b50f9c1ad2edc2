import Foundation
import NIOSSL
import Synchronization

/// Reads metrics over HTTP from the services ``MetricsSettings`` names: a `/metrics` page, and a
/// Prometheus-compatible query API. Not the Archestra REST API: its failures are its own.
///
/// Owned by ``ArchestraClient`` (as `client.metrics`) so the console's sources, which are handed the
/// client, reach it without another parameter.
public final class MetricsFetcher: Sendable {
    public let settings: MetricsSettings
    /// The page to scrape: `--metrics-url`, else (nothing configured) the platform's default endpoint.
    public let directURL: URL?
    /// Whether `directURL` is only the default guess, tried once.
    public let directIsGuess: Bool
    private let direct: MetricsEndpoint?
    private let prometheus: MetricsEndpoint?
    private let guess = Mutex(GuessState.untried)
    private let fallback = Mutex(DirectFallback())

    private enum GuessState {
        case untried, answered
        case absent(String)
    }

    /// What scraping the page gave.
    public enum DirectOutcome: Sendable {
        case page(Exposition, at: Date)
        /// Nothing is configured and the default endpoint did not answer: says how to configure one.
        case absent(String)
    }

    init(
        settings: MetricsSettings, baseURL: URL, tls: TLSConfiguration, network: NetworkSettings,
        timeout: TimeInterval, userAgent: String
    ) {
        self.settings = settings
        let guessed = settings.isConfigured ? nil : MetricsSettings.defaultDirectURL(forBaseURL: baseURL)
        directURL = settings.directURL ?? guessed
        directIsGuess = settings.directURL == nil && guessed != nil
        let sendsCertificate = network.clientCertificateFile != nil
        direct = directURL.map { url in
            MetricsEndpoint(
                url: url, token: settings.directToken, tls: tls, proxy: network.proxy,
                sendsClientCertificate: sendsCertificate, timeout: timeout, userAgent: userAgent)
        }
        prometheus = settings.prometheusURL.map { url in
            MetricsEndpoint(
                url: url, token: settings.prometheusToken, tls: tls, proxy: network.proxy,
                sendsClientCertificate: sendsCertificate, timeout: timeout, userAgent: userAgent)
        }
    }

    /// Whether a `/metrics` page is (or may be) scraped.
    public var hasDirect: Bool { direct != nil }
    /// Whether a Prometheus query API is configured.
    public var hasPrometheus: Bool { prometheus != nil }
    public var prometheusURL: URL? { prometheus?.url }

    // MARK: - Scraping

    /// Scrapes the page once, keeping only the samples named in `wanted` (nil keeps all).
    ///
    /// The platform's default endpoint, used when nothing is configured, is tried once: if it does not
    /// answer, this and every later call return ``DirectOutcome/absent(_:)`` without a request.
    public func scrape(keeping wanted: Set<String>? = nil) async throws -> DirectOutcome {
        guard let direct else { throw ArchestraError.invalidConfiguration("No metrics page is configured (--metrics-url)") }
        if directIsGuess, case .absent(let message) = guess.withLock({ $0 }) { return .absent(message) }
        do {
            let page = try await Self.read(direct, keeping: wanted)
            if directIsGuess { guess.withLock { $0 = .answered } }
            return .page(page, at: Date())
        } catch let error as ArchestraError where directIsGuess {
            let message = "No metrics at \(direct.url.absoluteString) (\(Self.gist(error))) — set --metrics-url or --prometheus-url"
            let absent = guess.withLock { state -> String? in
                switch state {
                case .untried:
                    state = .absent(message)
                    return message
                case .absent(let first):
                    return first  // two panes asked at once: the first answer stands
                case .answered:
                    return nil
                }
            }
            // Once it has answered, it fails like any configured source.
            guard let absent else { throw error }
            return .absent(absent)
        }
    }

    static func read(_ endpoint: MetricsEndpoint, keeping wanted: Set<String>?) async throws -> Exposition {
        let (status, body) = try await endpoint.get(accept: "text/plain;version=0.0.4;q=1,application/openmetrics-text;q=0.5,*/*;q=0.1")
        guard (200..<300).contains(status) else {
            throw failure(status: status, body: body, endpoint: endpoint, tokenFlag: "--metrics-token-env")
        }
        do {
            return try ExpositionParser.parse(body, keeping: wanted)
        } catch let error as ExpositionParseError {
            throw ArchestraError.decoding(endpoint: endpoint.endpoint(), detail: "not a Prometheus metrics page (\(error))")
        }
    }

    /// Reads and updates whether Prometheus stands in for a failing page; shared by every tab's source.
    public func withFallback<Result: Sendable>(_ body: (inout DirectFallback) -> Result) -> Result {
        fallback.withLock { body(&$0) }
    }

    // MARK: - Prometheus

    /// `GET /api/v1/query`: the value of `promql` now.
    public func query(_ promql: String) async throws -> PromQLResult {
        guard let prometheus else { throw ArchestraError.invalidConfiguration("No Prometheus is configured (--prometheus-url)") }
        return try await Self.ask(prometheus, "/api/v1/query", query: [("query", promql)])
    }

    /// `GET /api/v1/query_range`: `promql` from `start` to `end`, one point per `step` seconds.
    public func queryRange(_ promql: String, start: Date, end: Date, step: TimeInterval) async throws -> PromQLResult {
        guard let prometheus else { throw ArchestraError.invalidConfiguration("No Prometheus is configured (--prometheus-url)") }
        return try await Self.ask(
            prometheus, "/api/v1/query_range",
            query: [
                ("query", promql), ("start", Self.seconds(start.timeIntervalSince1970)),
                ("end", Self.seconds(end.timeIntervalSince1970)), ("step", Self.seconds(max(1, step))),
            ])
    }

    static func ask(_ endpoint: MetricsEndpoint, _ path: String, query: [(String, String)]) async throws -> PromQLResult {
        let (status, body) = try await endpoint.get(path, query: query, accept: "application/json")
        if status == 401 || status == 403 || status == 404 {
            throw failure(status: status, body: body, endpoint: endpoint, tokenFlag: "--prometheus-token-env", path: path)
        }
        do {
            return try PromQLDecoding.decode(status: status, body: body, endpoint: endpoint.endpoint(path))
        } catch ArchestraError.http(let status, let type, let message, let place) where (400..<500).contains(status) && status != 429 {
            // A rejected query will not pass on retry: say what Prometheus said, not "check the values entered".
            throw ArchestraError.invalidConfiguration(
                "Prometheus rejected a query (\(status)\(type.map { " " + $0 } ?? "")): \(message) on \(place)")
        }
    }

    /// 401/403/404 from a metrics service, in words that point at the right flag (the API's own wording
    /// for these statuses is about the API key).
    static func failure(status: Int, body: [UInt8], endpoint: MetricsEndpoint, tokenFlag: String, path: String = "") -> ArchestraError {
        let place = endpoint.endpoint(path)
        switch status {
        case 401, 403:
            let advice =
                endpoint.token == nil
                ? "it needs a bearer token: \(tokenFlag) NAME reads one from $NAME"
                : "it refused the \(endpoint.token?.description ?? "token")"
            return .invalidConfiguration("\(status) on \(place) — \(advice)")
        case 404:
            return .invalidConfiguration("Nothing at \(place) (404) — check the URL")
        default:
            return .http(status: status, type: nil, message: PromQLDecoding.statusText(status, body: body), endpoint: place)
        }
    }

    /// A few words for "No metrics at … (connection refused)".
    public static func gist(_ error: ArchestraError) -> String {
        switch error {
        case .transport(.other(let detail), _): String(detail.prefix { $0 != "—" }).trimmingCharacters(in: .whitespaces)
        case .transport(.timeout, _): "timed out"
        case .transport(let failure, _): failure.headline ?? "no connection"
        case .http(let status, _, _, _): "HTTP \(status)"
        case .decoding: "not a metrics page"
        case .invalidConfiguration(let text): String(text.prefix(60))
        }
    }

    static func seconds(_ value: Double) -> String {
        String(format: "%.3f", value)
    }

    public func shutdown() async {
        await direct?.shutdown()
        await prometheus?.shutdown()
    }

    deinit {
        // A forgotten shutdown would trip AsyncHTTPClient's debug check; close without blocking.
        direct?.client.shutdown { _ in }
        prometheus?.client.shutdown { _ in }
    }
}
