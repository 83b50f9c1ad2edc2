/// A fixed-capacity buffer that forgets its oldest element when full, so a long-running simulator's
/// logs take bounded memory.
struct RingBuffer<Element: Sendable>: Sendable {
    let capacity: Int
    private var storage: [Element] = []
    /// Index of the oldest element once the storage is full.
    private var start = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        storage.reserveCapacity(min(self.capacity, 4_096))
    }

    var count: Int { storage.count }
    var isEmpty: Bool { storage.isEmpty }

    mutating func append(_ element: Element) {
        if storage.count < capacity {
            storage.append(element)
        } else {
            storage[start] = element
            start = (start + 1) % capacity
        }
    }

    /// The element `offset` places from the newest (0 = newest).
    subscript(newest offset: Int) -> Element {
        storage[(start + storage.count - 1 - offset) % storage.count]
    }

    /// Every element, newest first.
    var newestFirst: some Sequence<Element> {
        (0..<storage.count).lazy.map { self[newest: $0] }
    }
}
