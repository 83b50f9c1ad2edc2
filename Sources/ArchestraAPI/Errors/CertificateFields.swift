import Foundation
import SwiftASN1

/// The few fields of an X.509 certificate that explain a refused TLS connection, read from its DER bytes
/// (RFC 5280, section 4.1). Only reading, never verifying: NIOSSL has already decided, this names why.
///
/// A full X.509 library would bring a second copy of BoringSSL into the binary and minutes into every
/// build for five fields; SwiftASN1 does the parsing.
struct CertificateFields {
    var subject: String
    var issuer: String
    var notValidBefore: Date
    var notValidAfter: Date
    var dnsNames: [String] = []
    var ipAddresses: [[UInt8]] = []
    var commonNames: [String] = []

    init(derEncoded bytes: [UInt8]) throws {
        let certificate = try Self.children(of: DER.parse(bytes))
        guard let tbs = certificate.first else { throw ASN1Error.invalidASN1Object(reason: "empty certificate") }
        var fields = try Self.children(of: tbs)
        // version [0] EXPLICIT is absent from v1 certificates.
        if let first = fields.first, first.identifier == Self.contextTag(0) { fields.removeFirst() }
        // serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo, [1], [2], [3] extensions
        guard fields.count >= 6 else { throw ASN1Error.invalidASN1Object(reason: "short tbsCertificate") }
        issuer = try Self.names(fields[2]).text
        let subjectName = try Self.names(fields[4])
        subject = subjectName.text
        commonNames = subjectName.commonNames
        let validity = try Self.children(of: fields[3])
        guard validity.count == 2 else { throw ASN1Error.invalidASN1Object(reason: "validity") }
        notValidBefore = try Self.date(validity[0])
        notValidAfter = try Self.date(validity[1])
        if let extensions = fields.dropFirst(6).first(where: { $0.identifier == Self.contextTag(3) }) {
            try readAlternativeNames(in: extensions)
        }
    }

    private mutating func readAlternativeNames(in wrapper: ASN1Node) throws {
        guard let list = try Self.children(of: wrapper).first else { return }
        for item in try Self.children(of: list) {
            let parts = try Self.children(of: item)
            guard let id = parts.first, try ASN1ObjectIdentifier(derEncoded: id) == Self.subjectAlternativeName,
                let value = parts.last
            else { continue }
            let encoded = try ASN1OctetString(derEncoded: value)
            for name in try Self.children(of: DER.parse(encoded.bytes)) {
                guard case .primitive(let content) = name.content else { continue }
                if name.identifier == Self.contextTag(2) {
                    dnsNames.append(String(decoding: content, as: UTF8.self))
                } else if name.identifier == Self.contextTag(7) {
                    ipAddresses.append(Array(content))
                }
            }
        }
    }

    private static let subjectAlternativeName: ASN1ObjectIdentifier = [2, 5, 29, 17]
    private static let commonName: ASN1ObjectIdentifier = [2, 5, 4, 3]
    /// Short names as RFC 4514 writes them; other attributes are written by their dotted OID.
    private static let shortNames: [ASN1ObjectIdentifier: String] = [
        commonName: "CN", [2, 5, 4, 6]: "C", [2, 5, 4, 7]: "L", [2, 5, 4, 8]: "ST", [2, 5, 4, 10]: "O",
        [2, 5, 4, 11]: "OU", [2, 5, 4, 9]: "STREET", [0, 9, 2342, 19_200_300, 100, 1, 25]: "DC",
        [1, 2, 840, 113_549, 1, 9, 1]: "E",
    ]

    private static func contextTag(_ number: UInt) -> ASN1Identifier {
        ASN1Identifier(tagWithNumber: number, tagClass: .contextSpecific)
    }

    private static func children(of node: ASN1Node) throws -> [ASN1Node] {
        guard case .constructed(let nodes) = node.content else {
            throw ASN1Error.invalidASN1Object(reason: "expected a constructed value")
        }
        return Array(nodes)
    }

    /// A distinguished name, most specific part first (`CN=host,O=Example`), and its common names.
    private static func names(_ node: ASN1Node) throws -> (text: String, commonNames: [String]) {
        var parts: [String] = []
        var commonNames: [String] = []
        for relative in try children(of: node) {
            var attributes: [String] = []
            for attribute in try children(of: relative) {
                let pair = try children(of: attribute)
                guard pair.count == 2 else { continue }
                let type = try ASN1ObjectIdentifier(derEncoded: pair[0])
                let value = text(of: pair[1])
                if type == commonName { commonNames.append(value) }
                attributes.append("\(shortNames[type] ?? type.description)=\(escaped(value))")
            }
            parts.append(attributes.joined(separator: "+"))
        }
        return (parts.reversed().joined(separator: ","), commonNames)
    }

    private static func text(of node: ASN1Node) -> String {
        guard case .primitive(let bytes) = node.content else { return "#" + hex(node.encodedBytes) }
        switch node.identifier {
        case .utf8String, .printableString, .ia5String, .teletexString, .visibleString, .numericString:
            return String(decoding: bytes, as: UTF8.self)
        case .bmpString:
            let units = stride(from: bytes.startIndex, to: bytes.endIndex - 1, by: 2).map {
                UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1])
            }
            return String(decoding: units, as: UTF16.self)
        default:
            return "#" + hex(node.encodedBytes)
        }
    }

    private static func hex(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// RFC 4514 escaping, so a name holding a comma cannot read as two parts.
    private static func escaped(_ value: String) -> String {
        var result = ""
        for (index, character) in value.enumerated() {
            let special = ",+\"\\<>;".contains(character)
            let edge = (index == 0 && (character == " " || character == "#")) || (index == value.count - 1 && character == " ")
            if special || edge { result.append("\\") }
            result.append(character)
        }
        return result
    }

    private static func date(_ node: ASN1Node) throws -> Date {
        var parts = DateComponents()
        if node.identifier == .utcTime {
            let time = try UTCTime(derEncoded: node)
            parts = DateComponents(
                year: time.year, month: time.month, day: time.day, hour: time.hours, minute: time.minutes, second: time.seconds)
        } else {
            let time = try GeneralizedTime(derEncoded: node)
            parts = DateComponents(
                year: time.year, month: time.month, day: time.day, hour: time.hours, minute: time.minutes, second: time.seconds)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let date = calendar.date(from: parts) else { throw ASN1Error.invalidASN1Object(reason: "date") }
        return date
    }
}
