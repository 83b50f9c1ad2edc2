import Foundation

/// Where the console reads metrics: the platform's own Prometheus endpoint (`/metrics`, scraped
/// directly) and/or a Prometheus-compatible query API, each with an optional bearer token.
///
/// One value, so that flags now and per-context settings later fill the same thing.
public struct MetricsSettings: Sendable, Equatable {
    /// The port the platform's web process serves `/metrics` on (`ARCHESTRA_METRICS_PORT`'s default).
    public static let platformMetricsPort = 9050

    /// `--metrics-url`: a `/metrics` page scraped at the refresh interval.
    public var directURL: URL?
    /// Sent to `directURL` (the platform's `ARCHESTRA_METRICS_SECRET`).
    public var directToken: BearerToken?
    /// `--prometheus-url`: the base of a query API (`…/api/v1/query` is appended).
    public var prometheusURL: URL?
    public var prometheusToken: BearerToken?
    /// `--metrics-rate-window`: how far back live rates look, over direct scrapes and in Prometheus'
    /// `rate()`. A minute by default; shorter follows changes sooner but reads noisier.
    public var rateWindow: TimeInterval = MetricsSettings.defaultRateWindow

    public static let defaultRateWindow: TimeInterval = 60

    public init(
        directURL: URL? = nil, directToken: BearerToken? = nil, prometheusURL: URL? = nil,
        prometheusToken: BearerToken? = nil, rateWindow: TimeInterval = MetricsSettings.defaultRateWindow
    ) {
        self.directURL = directURL
        self.directToken = directToken
        self.prometheusURL = prometheusURL
        self.prometheusToken = prometheusToken
        self.rateWindow = rateWindow
    }

    /// Checks and normalises the URLs of flags or a config file.
    /// - Throws: ``ArchestraError/invalidConfiguration(_:)`` naming the flag.
    public init(
        directURL: String?, directToken: BearerToken? = nil, prometheusURL: String?,
        prometheusToken: BearerToken? = nil, rateWindow: TimeInterval = MetricsSettings.defaultRateWindow
    ) throws {
        guard rateWindow.isFinite, (2...3_600).contains(rateWindow) else {
            throw ArchestraError.invalidConfiguration(
                "Invalid --metrics-rate-window \(rateWindow): expected seconds from 2 to 3600")
        }
        self.init(
            directURL: try directURL.map { try Self.url($0, flag: "--metrics-url", keepsPath: true) },
            directToken: directToken,
            prometheusURL: try prometheusURL.map { try Self.url($0, flag: "--prometheus-url", keepsPath: false) },
            prometheusToken: prometheusToken, rateWindow: rateWindow.rounded())
    }

    /// Whether a metrics source was named (else the platform's default endpoint is tried once).
    public var isConfigured: Bool { directURL != nil || prometheusURL != nil }

    /// Where the web process of the platform at `baseURL` serves its metrics: its host, port 9050, `/metrics`.
    public static func defaultDirectURL(forBaseURL baseURL: URL) -> URL? {
        guard let host = baseURL.host else { return nil }
        var components = URLComponents()
        components.scheme = "http"
        components.host = host
        components.port = platformMetricsPort
        components.path = "/metrics"
        return components.url
    }

    /// One line each for help screens and the log; never a token.
    public var summary: [String] {
        var lines: [String] = []
        if let directURL { lines.append("metrics \(directURL.absoluteString)" + (directToken.map { " (\($0))" } ?? "")) }
        if let prometheusURL { lines.append("prometheus \(prometheusURL.absoluteString)" + (prometheusToken.map { " (\($0))" } ?? "")) }
        return lines
    }

    static func url(_ text: String, flag: String, keepsPath: Bool) throws -> URL {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard var components = URLComponents(string: trimmed),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty, components.fragment == nil,
            components.user == nil, components.password == nil
        else {
            throw ArchestraError.invalidConfiguration(
                "Invalid \(flag) \"\(trimmed)\": expected http(s)://host[:port][/path]")
        }
        components.scheme = scheme
        if !keepsPath || components.path.isEmpty {
            var path = components.path
            while path.hasSuffix("/") { path.removeLast() }
            components.path = keepsPath && path.isEmpty ? "/metrics" : path
        }
        guard let url = components.url else {
            throw ArchestraError.invalidConfiguration("Invalid \(flag) \"\(trimmed)\"")
        }
        return url
    }
}
