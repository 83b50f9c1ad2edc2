import Foundation

/// Names one resource's slice of state and the type it holds. Declared `static let` next to the
/// resource that owns it; the registry checks that no two slices share an id.
public struct SliceKey<Value: Sendable>: Sendable, Hashable {
    public let id: String
    let initial: @Sendable () -> Value

    public init(_ id: String, initial: @escaping @Sendable () -> Value) {
        self.id = id
        self.initial = initial
    }

    public static func == (left: SliceKey, right: SliceKey) -> Bool { left.id == right.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// Every resource's own state, by slice id, as one value inside `AppState`. A slice never
/// written holds its initial value.
public struct ResourceSlices: Sendable {
    private var storage: [String: any Sendable] = [:]

    public init() {}

    public subscript<Value>(key: SliceKey<Value>) -> Value {
        get { storage[key.id] as? Value ?? key.initial() }
        set { storage[key.id] = newValue }
    }

    /// Changes a slice in place: taken out while it changes, so its arrays are not copied.
    mutating func update<Value, Result>(_ key: SliceKey<Value>, _ body: (inout Value) -> Result) -> Result {
        var value = storage.removeValue(forKey: key.id) as? Value ?? key.initial()
        defer { storage[key.id] = value }
        return body(&value)
    }
}
