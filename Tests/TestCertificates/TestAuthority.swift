import Foundation

/// A private certificate authority made at test time, and the certificates it signs.
///
/// Everything is PEM text, as operators hand it to `--ca-file`, `--client-cert` and the simulator. The
/// certificates are made by the `openssl` command, as an operator would make them: the console reads them
/// with its own parser, so a test that reads them back checks that parser against a second implementation.
public struct TestAuthority: Sendable {
    /// The CA's certificate (what `--ca-file` trusts).
    public let certificatePEM: String
    /// The CA's subject as the console writes it, most specific part first.
    public let subject: String
    private let keyPEM: String

    /// A certificate and its private key.
    public struct Issued: Sendable {
        public let certificatePEM: String
        public let privateKeyPEM: String
    }

    public init(commonName: String = "Archestra Test CA") throws {
        let issued = try OpenSSLRun.selfSigned(
            subject: "/CN=\(commonName)/O=archestra-tui tests",
            extensions: ["basicConstraints = critical, CA:TRUE", "keyUsage = critical, keyCertSign, cRLSign"],
            notValidBefore: Date().addingTimeInterval(-3_600), notValidAfter: Date().addingTimeInterval(86_400 * 30))
        certificatePEM = issued.certificatePEM
        keyPEM = issued.privateKeyPEM
        subject = "CN=\(commonName),O=archestra-tui tests"
    }

    /// A server certificate for `dnsNames` and `ipAddresses` (dotted IPv4), valid between the two dates.
    public func serverCertificate(
        commonName: String = "archestra.test",
        dnsNames: [String] = ["localhost"],
        ipAddresses: [String] = ["127.0.0.1"],
        notValidBefore: Date = Date().addingTimeInterval(-3_600),
        notValidAfter: Date = Date().addingTimeInterval(86_400 * 30)
    ) throws -> Issued {
        try issue(
            commonName: commonName, alternativeNames: dnsNames.map { "DNS:\($0)" } + ipAddresses.map { "IP:\($0)" },
            notValidBefore: notValidBefore, notValidAfter: notValidAfter, usage: "serverAuth")
    }

    /// A client certificate for mutual TLS.
    public func clientCertificate(commonName: String = "operator") throws -> Issued {
        try issue(
            commonName: commonName, alternativeNames: [],
            notValidBefore: Date().addingTimeInterval(-3_600), notValidAfter: Date().addingTimeInterval(86_400),
            usage: "clientAuth")
    }

    /// A server certificate that signs itself (for localhost and 127.0.0.1), as a default install makes.
    public static func selfSigned(commonName: String = "localhost") throws -> Issued {
        try OpenSSLRun.selfSigned(
            subject: "/CN=\(commonName)",
            // TLS servers need digitalSignature for ECDSA; a CA-style certificate would be refused.
            extensions: [
                "keyUsage = critical, digitalSignature", "extendedKeyUsage = serverAuth",
                "subjectAltName = DNS:localhost, IP:127.0.0.1",
            ],
            notValidBefore: Date().addingTimeInterval(-3_600), notValidAfter: Date().addingTimeInterval(86_400))
    }

    private func issue(
        commonName: String, alternativeNames: [String], notValidBefore: Date, notValidAfter: Date, usage: String
    ) throws -> Issued {
        var extensions = [
            "basicConstraints = critical, CA:FALSE", "keyUsage = critical, digitalSignature, keyEncipherment",
            "extendedKeyUsage = \(usage)",
        ]
        if !alternativeNames.isEmpty { extensions.append("subjectAltName = " + alternativeNames.joined(separator: ", ")) }
        return try OpenSSLRun.signed(
            subject: "/CN=\(commonName)", extensions: extensions, notValidBefore: notValidBefore, notValidAfter: notValidAfter,
            authority: (certificatePEM, keyPEM))
    }
}

/// A folder of PEM files for flags such as `--ca-file`, removed by ``remove()``.
public struct PEMFolder: Sendable {
    public let path: String

    public init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("archestra-pem-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` in the folder (mode 600) and returns its path.
    @discardableResult
    public func write(_ text: String, as name: String) throws -> String {
        let file = path + "/" + name
        guard FileManager.default.createFile(atPath: file, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return file
    }

    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
