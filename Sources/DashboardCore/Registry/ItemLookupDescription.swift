import Foundation
import ArchestraAPI

/// A look-up made once per row (a knowledge base's health, the name of an agent a limit names):
/// asked only for rows on screen, a few at a time, and remembered for a while, failures included.
public struct ItemLookupDescription<Value: Sendable>: Sendable {
    public let id: SourceID
    public let label: String
    /// How long an answer is good for.
    public let refreshAfter: TimeInterval
    /// How long a failure is remembered before the row is asked for again.
    public let retryFailuresAfter: TimeInterval
    /// Requests under way at once, at most.
    public let concurrency: Int
    /// Answers remembered at most; the oldest go first.
    public let capacity: Int
    /// The rows that need an answer, most wanted first (the opened detail, then the rows on screen).
    let keys: @Sendable (AppState) -> [String]
    let fetch: @Sendable (ArchestraClient, String) async throws -> Value

    /// What a look-up remembers unless it says otherwise.
    public static var defaultCapacity: Int { 5_000 }

    public init(
        _ name: String, label: String, refreshAfter: TimeInterval, retryFailuresAfter: TimeInterval,
        concurrency: Int = 3, capacity: Int = Self.defaultCapacity, keys: @escaping @Sendable (AppState) -> [String],
        fetch: @escaping @Sendable (ArchestraClient, String) async throws -> Value
    ) {
        self.id = SourceID(name)
        self.label = label
        self.refreshAfter = refreshAfter
        self.retryFailuresAfter = retryFailuresAfter
        self.concurrency = max(1, concurrency)
        self.capacity = max(1, capacity)
        self.keys = keys
        self.fetch = fetch
    }

    public var erased: AnyItemLookup { AnyItemLookup(self) }
}

/// An ``ItemLookupDescription`` without its value type.
public struct AnyItemLookup: Sendable, Hashable {
    public let id: SourceID
    public let label: String
    public let refreshAfter: TimeInterval
    public let retryFailuresAfter: TimeInterval
    public let concurrency: Int
    public let capacity: Int
    let keys: @Sendable (AppState) -> [String]
    let fetch: @Sendable (ArchestraClient, String) async throws -> any Sendable

    init<Value>(_ lookup: ItemLookupDescription<Value>) {
        id = lookup.id
        label = lookup.label
        refreshAfter = lookup.refreshAfter
        retryFailuresAfter = lookup.retryFailuresAfter
        concurrency = lookup.concurrency
        capacity = lookup.capacity
        keys = lookup.keys
        fetch = { client, key in try await lookup.fetch(client, key) }
    }

    public static func == (left: AnyItemLookup, right: AnyItemLookup) -> Bool { left.id == right.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

extension AppState {
    /// The last answer of a look-up for one row, nil while unknown (or when it failed).
    public func item<Value>(_ lookup: ItemLookupDescription<Value>, _ key: String) -> Value? {
        sources.item(lookup.id, key: key)?.value as? Value
    }

    /// The failure of the last look-up for one row, if it failed.
    public func itemError<Value>(_ lookup: ItemLookupDescription<Value>, _ key: String) -> ArchestraError? {
        sources.item(lookup.id, key: key)?.error
    }

    /// Every answer of a look-up, by row.
    public func items<Value>(_ lookup: ItemLookupDescription<Value>) -> [String: Value] {
        sources.items(lookup.id).compactMapValues { $0.value as? Value }
    }

    /// Stores an answer for one row (tests and fixtures use this too).
    public mutating func setItem<Value>(_ lookup: ItemLookupDescription<Value>, _ key: String, _ value: Value, at time: Date) {
        sources.setItem(ItemSlot(value: value, error: nil, at: time), for: key, of: lookup.id, capacity: lookup.capacity)
    }

    mutating func storeItem(_ id: SourceID, key: String, outcome: Result<any Sendable, ArchestraError>, at time: Date) {
        let capacity = ResourceRegistry.lookup(id)?.capacity ?? ItemLookupDescription<String>.defaultCapacity
        switch outcome {
        case .success(let value):
            sources.setItem(ItemSlot(value: value, error: nil, at: time), for: key, of: id, capacity: capacity)
        case .failure(let error):
            // The last good answer stays; the failure is remembered so the row is not asked again at once.
            let previous = sources.item(id, key: key)?.value
            sources.setItem(ItemSlot(value: previous, error: error, at: time), for: key, of: id, capacity: capacity)
        }
    }
}
