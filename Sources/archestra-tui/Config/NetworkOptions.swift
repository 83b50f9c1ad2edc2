import ArchestraAPI
import ArgumentParser

/// The command-line flags for private CAs, client certificates and proxies.
///
/// They fill one ``NetworkSettings`` value, which per-context settings can fill the same way later.
struct NetworkOptions: ParsableArguments {
    @Option(help: ArgumentHelp("PEM file of CA certificates to trust in addition to the system's (a private CA).", valueName: "path"))
    var caFile: String?

    @Option(help: ArgumentHelp("PEM client certificate for servers that require one (mutual TLS); needs --client-key.", valueName: "path"))
    var clientCert: String?

    @Option(help: ArgumentHelp("PEM private key of --client-cert.", valueName: "path"))
    var clientKey: String?

    @Option(
        help: ArgumentHelp(
            "HTTP proxy, http://[user:password@]host[:port]; overrides HTTPS_PROXY/HTTP_PROXY (NO_PROXY still applies).",
            valueName: "url"))
    var proxy: String?

    @Flag(help: "Ignore HTTPS_PROXY, HTTP_PROXY and ALL_PROXY: connect directly.")
    var noProxy = false

    func validate() throws {
        if proxy != nil, noProxy { throw ValidationError("--proxy and --no-proxy cannot be used together") }
        if (clientCert == nil) != (clientKey == nil) {
            throw ValidationError("--client-cert and --client-key go together (the certificate and its private key)")
        }
    }

    /// The settings for the connection; proxies come from `environment` unless a flag or the context says
    /// otherwise. Flags win over the context's `caFile`, `clientCert`, `clientKey` and `proxy`.
    func settings(insecure: Bool, environment: [String: String], context: ContextConfig? = nil) -> NetworkSettings {
        let proxyEnvironment = ProxyEnvironment(environment)
        let path = { (value: String?) in value.map { ConfigPaths.expandingTilde($0, environment: environment) } }
        let policy: ProxyPolicy
        if noProxy {
            policy = .none
        } else if let proxy {
            policy = .explicit(proxy, source: "--proxy", noProxy: proxyEnvironment.noProxy)
        } else if let proxy = context?.proxy, let name = context?.name {
            policy = .explicit(proxy, source: "context \(name)", noProxy: proxyEnvironment.noProxy)
        } else {
            policy = .environment(proxyEnvironment)
        }
        let certificate = clientCert == nil ? path(context?.clientCert) : clientCert
        let certificateKey = clientCert == nil ? path(context?.clientKey) : clientKey
        return NetworkSettings(
            caFile: caFile ?? path(context?.caFile), clientCertificateFile: certificate,
            clientKeyFile: certificateKey, allowInsecureTLS: insecure, proxy: policy)
    }
}
