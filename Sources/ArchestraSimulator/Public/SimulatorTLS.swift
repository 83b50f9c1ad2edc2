import Foundation
import NIOSSL

/// The certificate an ``ArchestraSimulator`` serves HTTPS with, and optionally the authority whose
/// client certificates it demands (mutual TLS).
public struct SimulatorTLS: Sendable {
    /// The server certificate, then any intermediates, in PEM.
    public var certificateChainPEM: String
    /// The server certificate's private key in PEM.
    public var privateKeyPEM: String
    /// When set, clients must present a certificate signed by this CA (PEM).
    public var clientCertificateAuthorityPEM: String?

    public init(certificateChainPEM: String, privateKeyPEM: String, clientCertificateAuthorityPEM: String? = nil) {
        self.certificateChainPEM = certificateChainPEM
        self.privateKeyPEM = privateKeyPEM
        self.clientCertificateAuthorityPEM = clientCertificateAuthorityPEM
    }

    /// Reads the PEM files (as `archestra-sim --tls-cert --tls-key [--tls-client-ca]` does).
    public init(certificateFile: String, keyFile: String, clientCertificateAuthorityFile: String? = nil) throws {
        let read: (String) throws -> String = { path in try String(contentsOfFile: path, encoding: .utf8) }
        self.init(
            certificateChainPEM: try read(certificateFile), privateKeyPEM: try read(keyFile),
            clientCertificateAuthorityPEM: try clientCertificateAuthorityFile.map(read))
    }

    /// The NIOSSL server configuration.
    func serverConfiguration() throws -> TLSConfiguration {
        let chain = try NIOSSLCertificate.fromPEMBytes(Array(certificateChainPEM.utf8))
        let key = try NIOSSLPrivateKey(bytes: Array(privateKeyPEM.utf8), format: .pem)
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        // Stopping should not wait NIOSSL's default 5 s for clients' close_notify (tests stop servers often).
        configuration.shutdownTimeout = .milliseconds(200)
        if let clientCertificateAuthorityPEM {
            let authorities = try NIOSSLCertificate.fromPEMBytes(Array(clientCertificateAuthorityPEM.utf8))
            configuration.trustRoots = .certificates(authorities)
            // Clients have no host name to check; the chain must lead to the authority.
            configuration.certificateVerification = .noHostnameVerification
        }
        return configuration
    }
}
