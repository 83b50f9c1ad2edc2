import Foundation

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
        guard let fields = try? CertificateFields(derEncoded: bytes) else { return nil }
        subject = fields.subject
        issuer = fields.issuer
        notValidBefore = fields.notValidBefore
        notValidAfter = fields.notValidAfter
        names = fields.dnsNames + fields.ipAddresses.map { IPAddressBytes(bytes: $0).text }
        // Old certificates carry the host name only as the common name.
        if names.isEmpty { names = fields.commonNames }
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
