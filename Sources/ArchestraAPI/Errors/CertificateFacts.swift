import Foundation
import SwiftASN1
import X509

/// What a server's certificate says, for messages about why it was refused.
public struct CertificateFacts: Sendable, Equatable {
    /// The subject, e.g. `CN=archestra.corp,O=Example`.
    public var subject: String
    /// Who signed it, e.g. `CN=Example Internal CA`.
    public var issuer: String
    /// The DNS names and IP addresses it is valid for (subject alternative names, else the common name).
    public var names: [String]
    public var notValidBefore: Date
    public var notValidAfter: Date

    public init(subject: String, issuer: String, names: [String], notValidBefore: Date, notValidAfter: Date) {
        self.subject = subject
        self.issuer = issuer
        self.names = names
        self.notValidBefore = notValidBefore
        self.notValidAfter = notValidAfter
    }

    /// Reads a DER-encoded certificate; `nil` when it cannot be parsed.
    public init?(derEncoded bytes: [UInt8]) {
        guard let certificate = try? Certificate(derEncoded: bytes) else { return nil }
        subject = certificate.subject.description
        issuer = certificate.issuer.description
        notValidBefore = certificate.notValidBefore
        notValidAfter = certificate.notValidAfter
        var names: [String] = []
        if let alternatives = try? certificate.extensions.subjectAlternativeNames {
            for name in alternatives {
                switch name {
                case .dnsName(let dns): names.append(dns)
                case .ipAddress(let octets): names.append(IPAddressBytes(bytes: Array(octets.bytes)).text)
                default: break
                }
            }
        }
        if names.isEmpty {
            // Old certificates carry the host name only as the common name.
            for rdn in certificate.subject {
                for attribute in rdn where attribute.type == .RDNAttributeType.commonName {
                    names.append(String(describing: attribute.value))
                }
            }
        }
        self.names = names
    }

    /// Signed by itself rather than by an authority.
    public var isSelfSigned: Bool { subject == issuer }

    /// Whether the certificate names `host` (wildcards cover one label, as in browsers).
    public func covers(host: String) -> Bool {
        var target = host.lowercased()
        if target.hasPrefix("["), target.hasSuffix("]") { target = String(target.dropFirst().dropLast()) }
        while target.hasSuffix(".") { target.removeLast() }
        if let address = IPAddressBytes(target) {
            return names.contains { IPAddressBytes($0) == address }
        }
        return names.contains { name in
            let pattern = name.lowercased()
            if pattern == target { return true }
            guard pattern.hasPrefix("*.") else { return false }
            let suffix = pattern.dropFirst(1)
            guard target.hasSuffix(suffix) else { return false }
            let label = target.dropLast(suffix.count)
            return !label.isEmpty && !label.contains(".")
        }
    }
}
