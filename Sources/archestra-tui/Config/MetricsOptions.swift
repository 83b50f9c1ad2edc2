import ArchestraAPI
import ArgumentParser

/// The command-line flags for metrics: the platform's `/metrics` page, a Prometheus, and the names of
/// the environment variables holding their bearer tokens (tokens never go on the command line, where
/// `ps` shows them).
///
/// They fill one ``MetricsSettings`` value, which per-context settings can fill the same way later.
struct MetricsOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The platform's Prometheus endpoint, scraped at the refresh interval (default: the base URL's host, port 9050, /metrics, tried once).",
            valueName: "url"))
    var metricsURL: String?

    @Option(
        help: ArgumentHelp(
            "Environment variable holding the bearer token of --metrics-url (the platform's ARCHESTRA_METRICS_SECRET).",
            valueName: "name"))
    var metricsTokenEnv: String?

    @Option(
        help: ArgumentHelp(
            "A Prometheus-compatible query API (Prometheus, Thanos, Mimir, VictoriaMetrics) for history and the fleet.",
            valueName: "url"))
    var prometheusURL: String?

    @Option(help: ArgumentHelp("Environment variable holding the bearer token of --prometheus-url.", valueName: "name"))
    var prometheusTokenEnv: String?

    @Option(help: ArgumentHelp("Seconds live metrics rates look back over (default 60; 2 to 3600).", valueName: "seconds"))
    var metricsRateWindow: Double = MetricsSettings.defaultRateWindow

    func validate() throws {
        if metricsTokenEnv != nil, metricsURL == nil {
            throw ValidationError("--metrics-token-env goes with --metrics-url")
        }
        if prometheusTokenEnv != nil, prometheusURL == nil {
            throw ValidationError("--prometheus-token-env goes with --prometheus-url")
        }
    }

    /// The settings, tokens read from `environment`; flags win over the context's `metricsURL`,
    /// `prometheusURL` and `prometheusTokenEnv`.
    /// - Throws: a message naming the flag when a URL is malformed or a named variable is unset or empty.
    func settings(environment: [String: String], context: ContextConfig? = nil) throws -> MetricsSettings {
        let prometheus = prometheusURL ?? context?.prometheusURL
        let prometheusTokenName = prometheusURL == nil ? context?.prometheusTokenEnv : prometheusTokenEnv
        let tokenFlag = prometheusURL == nil && context?.prometheusTokenEnv != nil ? "prometheusTokenEnv" : "--prometheus-token-env"
        return try MetricsSettings(
            directURL: metricsURL ?? context?.metricsURL,
            directToken: try Self.token(metricsTokenEnv, flag: "--metrics-token-env", environment),
            prometheusURL: prometheus,
            prometheusToken: try Self.token(prometheusTokenName, flag: tokenFlag, environment),
            rateWindow: metricsRateWindow)
    }

    static func token(_ name: String?, flag: String, _ environment: [String: String]) throws -> BearerToken? {
        guard let name else { return nil }
        guard let token = BearerToken(environment[name] ?? "", source: "$" + name) else {
            throw ValidationError("\(flag) \(name): the environment variable \(name) is unset or empty")
        }
        return token
    }
}
