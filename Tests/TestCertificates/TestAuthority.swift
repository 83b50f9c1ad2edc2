import Crypto
import Foundation
import SwiftASN1
import X509

/// A private certificate authority made at test time, and the certificates it signs.
///
/// Everything is PEM text, as operators hand it to `--ca-file`, `--client-cert` and the simulator.
public struct TestAuthority: Sendable {
    /// The CA's certificate (what `--ca-file` trusts).
    public let certificatePEM: String
    /// The CA's subject, e.g. `CN=Archestra Test CA,O=archestra-tui tests`.
    public let subject: String
    private let key: P256.Signing.PrivateKey
    private let name: DistinguishedName

    /// A certificate and its private key.
    public struct Issued: Sendable {
        public let certificatePEM: String
        public let privateKeyPEM: String
    }

    public init(commonName: String = "Archestra Test CA") throws {
        let key = P256.Signing.PrivateKey()
        let name = try DistinguishedName {
            CommonName(commonName)
            OrganizationName("archestra-tui tests")
        }
        let certificate = try Certificate(
            version: .v3, serialNumber: .init(), publicKey: .init(key.publicKey),
            notValidBefore: Date().addingTimeInterval(-3_600), notValidAfter: Date().addingTimeInterval(86_400 * 30),
            issuer: name, subject: name, signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil))
                Critical(KeyUsage(keyCertSign: true, cRLSign: true))
            },
            issuerPrivateKey: .init(key))
        self.key = key
        self.name = name
        self.subject = name.description
        self.certificatePEM = try certificate.serializeAsPEM().pemString
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
            commonName: commonName, dnsNames: dnsNames, ipAddresses: ipAddresses,
            notValidBefore: notValidBefore, notValidAfter: notValidAfter, usage: .serverAuth)
    }

    /// A client certificate for mutual TLS.
    public func clientCertificate(commonName: String = "operator") throws -> Issued {
        try issue(
            commonName: commonName, dnsNames: [], ipAddresses: [],
            notValidBefore: Date().addingTimeInterval(-3_600), notValidAfter: Date().addingTimeInterval(86_400),
            usage: .clientAuth)
    }

    /// A server certificate that signs itself (for localhost and 127.0.0.1), as a default install makes.
    public static func selfSigned(commonName: String = "localhost") throws -> Issued {
        let key = P256.Signing.PrivateKey()
        let name = try DistinguishedName { CommonName(commonName) }
        let certificate = try Certificate(
            version: .v3, serialNumber: .init(), publicKey: .init(key.publicKey),
            notValidBefore: Date().addingTimeInterval(-3_600), notValidAfter: Date().addingTimeInterval(86_400),
            issuer: name, subject: name, signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                // TLS servers need digitalSignature for ECDSA; a CA-style certificate would be refused.
                Critical(KeyUsage(digitalSignature: true))
                try ExtendedKeyUsage([.serverAuth])
                SubjectAlternativeNames([.dnsName("localhost"), .ipAddress(ASN1OctetString(contentBytes: [127, 0, 0, 1]))])
            },
            issuerPrivateKey: .init(key))
        return Issued(certificatePEM: try certificate.serializeAsPEM().pemString, privateKeyPEM: key.pemRepresentation)
    }

    private func issue(
        commonName: String, dnsNames: [String], ipAddresses: [String], notValidBefore: Date, notValidAfter: Date,
        usage: ExtendedKeyUsage.Usage
    ) throws -> Issued {
        let leafKey = P256.Signing.PrivateKey()
        let subject = try DistinguishedName { CommonName(commonName) }
        var alternativeNames: [GeneralName] = dnsNames.map { .dnsName($0) }
        for address in ipAddresses {
            let octets = address.split(separator: ".").compactMap { UInt8($0) }
            alternativeNames.append(.ipAddress(ASN1OctetString(contentBytes: ArraySlice(octets))))
        }
        let extensions = try Certificate.Extensions {
            Critical(BasicConstraints.notCertificateAuthority)
            Critical(KeyUsage(digitalSignature: true, keyEncipherment: true))
            try ExtendedKeyUsage([usage])
            if !alternativeNames.isEmpty {
                SubjectAlternativeNames(alternativeNames)
            }
        }
        let certificate = try Certificate(
            version: .v3, serialNumber: .init(), publicKey: .init(leafKey.publicKey),
            notValidBefore: notValidBefore, notValidAfter: notValidAfter,
            issuer: name, subject: subject, signatureAlgorithm: .ecdsaWithSHA256,
            extensions: extensions, issuerPrivateKey: .init(key))
        return Issued(certificatePEM: try certificate.serializeAsPEM().pemString, privateKeyPEM: leafKey.pemRepresentation)
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
