import Foundation

/// Reading the API generation off the version string a server reports.
extension APIGeneration {
    /// The first release with the `GET /api/llm-proxy` singleton (API notes §5.1).
    static let singletonProxyRelease = (major: 1, minor: 4)

    /// The generation a platform version speaks, or `nil` when `version` is not a version at all.
    ///
    /// Only `major.minor` counts: anything below 1.4 is `.v1_2` (1.3 servers still had
    /// `/api/llm-proxy/default`), 1.4 and later are `.v1_4`, and a pre-release such as `1.4.0-beta.1`
    /// counts as the release it leads to. A leading `v` and surrounding spaces are ignored.
    public static func forServerVersion(_ version: String) -> APIGeneration? {
        guard let (major, minor) = majorAndMinor(of: version) else { return nil }
        let release = singletonProxyRelease
        return (major, minor) < (release.major, release.minor) ? .v1_2 : .v1_4
    }

    /// `(major, minor)` of `1.4.0-beta.1`, `v1.2.9` or `2`; `nil` when the text does not start with a number.
    static func majorAndMinor(of version: String) -> (Int, Int)? {
        var text = Substring(version.trimmingCharacters(in: .whitespacesAndNewlines))
        if text.first == "v" || text.first == "V" { text = text.dropFirst() }
        let parts = text.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard let first = parts.first, let major = leadingNumber(first) else { return nil }
        if parts.count == 1 { return (major.value, 0) }
        guard major.rest.isEmpty, let minor = leadingNumber(parts[1]) else { return nil }
        return (major.value, minor.value)
    }

    /// The decimal number a component starts with and what follows it (`"0-beta"` → 0, `"-beta"`).
    private static func leadingNumber(_ component: Substring) -> (value: Int, rest: Substring)? {
        let digits = component.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9, let value = Int(digits) else { return nil }
        return (value, component.dropFirst(digits.count))
    }
}
