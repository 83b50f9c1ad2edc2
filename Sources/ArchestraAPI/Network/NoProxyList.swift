import Foundation

/// The hosts that bypass the proxy, read as curl reads `NO_PROXY`.
///
/// Comma-separated entries, each matched without regard to case:
/// - `*` alone matches every host;
/// - a name matches that host and every host under it (`corp.example` matches `api.corp.example`,
///   not `notcorp.example`); a leading `.` or `*.` is ignored;
/// - an IP address matches that address; `10.0.0.0/8` (CIDR) matches a range; a server given by
///   address is matched only this way, never by name suffix;
/// - `name:port` (or `[v6]:port`) matches only that port.
public struct NoProxyList: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        var name: String
        var port: Int?
        var prefixBits: Int?
    }

    let matchesEverything: Bool
    let entries: [Entry]
    /// The list as given, for messages.
    public let text: String

    public init(_ text: String) {
        self.text = text
        var everything = false
        var entries: [Entry] = []
        for raw in text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }) {
            let item = raw.lowercased()
            if item == "*" {
                everything = true
            } else if let entry = Self.entry(item) {
                entries.append(entry)
            }
        }
        matchesEverything = everything
        self.entries = entries
    }

    /// Whether nothing is listed.
    public var isEmpty: Bool { !matchesEverything && entries.isEmpty }

    /// Whether a request to `host:port` goes direct.
    public func matches(host: String, port: Int) -> Bool {
        if matchesEverything { return true }
        var target = host.lowercased()
        if target.hasPrefix("["), target.hasSuffix("]") { target = String(target.dropFirst().dropLast()) }
        while target.hasSuffix(".") { target.removeLast() }
        let targetAddress = IPAddressBytes(target)
        return entries.contains { entry in
            if let wanted = entry.port, wanted != port { return false }
            if let bits = entry.prefixBits {
                guard let network = IPAddressBytes(entry.name), let targetAddress else { return false }
                return network.sharesPrefix(with: targetAddress, bits: bits)
            }
            if let address = IPAddressBytes(entry.name) {
                return address == targetAddress
            }
            // An IP address is matched as an address only, never as the tail of a name.
            if targetAddress != nil { return target == entry.name }
            return target == entry.name || target.hasSuffix("." + entry.name)
        }
    }

    private static func entry(_ item: String) -> Entry? {
        var name = Substring(item)
        var port: Int?
        if name.hasPrefix("[") {
            // [v6] or [v6]:port
            guard let close = name.firstIndex(of: "]") else { return nil }
            let rest = name[name.index(after: close)...]
            if rest.hasPrefix(":") { port = Int(rest.dropFirst()) }
            name = name[name.index(after: name.startIndex)..<close]
        } else if name.filter({ $0 == ":" }).count == 1, let colon = name.firstIndex(of: ":") {
            // One colon is host:port; more are a bare IPv6 address.
            port = Int(name[name.index(after: colon)...])
            guard port != nil else { return nil }
            name = name[..<colon]
        }
        var prefixBits: Int?
        if let slash = name.firstIndex(of: "/") {
            guard let bits = Int(name[name.index(after: slash)...]) else { return nil }
            prefixBits = bits
            name = name[..<slash]
        }
        if name.hasPrefix("*.") { name = name.dropFirst(2) } else if name.hasPrefix(".") { name = name.dropFirst() }
        while name.hasSuffix(".") { name = name.dropLast() }
        guard !name.isEmpty else { return nil }
        return Entry(name: String(name), port: port, prefixBits: prefixBits)
    }
}

/// The bytes of an IPv4 or IPv6 address written as text.
struct IPAddressBytes: Equatable {
    let bytes: [UInt8]

    init?(_ text: String) {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            bytes = withUnsafeBytes(of: &v4) { Array($0) }
            return
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            bytes = withUnsafeBytes(of: &v6) { Array($0) }
            return
        }
        return nil
    }

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Whether the first `bits` bits agree (addresses of different families never do).
    func sharesPrefix(with other: IPAddressBytes, bits: Int) -> Bool {
        guard bytes.count == other.bytes.count, bits >= 0, bits <= bytes.count * 8 else { return false }
        for index in 0..<bytes.count {
            let remaining = bits - index * 8
            if remaining <= 0 { return true }
            let mask: UInt8 = remaining >= 8 ? 0xff : ~(0xff >> UInt8(remaining))
            if bytes[index] & mask != other.bytes[index] & mask { return false }
        }
        return true
    }

    /// `127.0.0.1` or the shortest IPv6 form.
    var text: String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let family = bytes.count == 4 ? AF_INET : AF_INET6
        let written = bytes.withUnsafeBytes { raw in
            inet_ntop(family, raw.baseAddress, &buffer, socklen_t(buffer.count))
        }
        guard written != nil else { return bytes.map(String.init).joined(separator: ".") }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
