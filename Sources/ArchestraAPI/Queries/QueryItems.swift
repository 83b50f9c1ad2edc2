import Foundation

/// Builds query items, leaving out parameters that are not set.
struct QueryItemsBuilder {
    private(set) var items: [URLQueryItem] = []

    mutating func add(_ name: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        items.append(URLQueryItem(name: name, value: value))
    }

    mutating func add(_ name: String, _ value: Int?) {
        add(name, value.map(String.init))
    }

    /// Booleans travel as the strings `true` / `false`.
    mutating func add(_ name: String, _ value: Bool?) {
        add(name, value.map { $0 ? "true" : "false" })
    }

    /// Arrays travel comma-separated.
    mutating func add(_ name: String, csv values: [String]?) {
        guard let values, !values.isEmpty else { return }
        add(name, values.joined(separator: ","))
    }
}

/// Something that becomes the query string of a request.
public protocol QueryParameters: Sendable {
    /// The parameters that are set, in a stable order.
    var queryItems: [URLQueryItem] { get }
}
