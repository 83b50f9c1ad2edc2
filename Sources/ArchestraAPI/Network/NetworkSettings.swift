/// How the client reaches one server: trust, client certificate and proxy.
///
/// One value per connection so that flags now, and per-context settings later, fill the same thing.
public struct NetworkSettings: Sendable, Equatable {
    /// A PEM file of CA certificates trusted in addition to the system's (`--ca-file`).
    public var caFile: String?
    /// A PEM certificate (chain) presented to servers that ask for one (`--client-cert`).
    public var clientCertificateFile: String?
    /// The PEM private key of ``clientCertificateFile`` (`--client-key`).
    public var clientKeyFile: String?
    /// Skip certificate verification (`--insecure`): self-signed test servers only.
    public var allowInsecureTLS: Bool
    /// Which proxy, if any.
    public var proxy: ProxyPolicy

    public init(
        caFile: String? = nil,
        clientCertificateFile: String? = nil,
        clientKeyFile: String? = nil,
        allowInsecureTLS: Bool = false,
        proxy: ProxyPolicy = .none
    ) {
        self.caFile = caFile
        self.clientCertificateFile = clientCertificateFile
        self.clientKeyFile = clientKeyFile
        self.allowInsecureTLS = allowInsecureTLS
        self.proxy = proxy
    }
}
