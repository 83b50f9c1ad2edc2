import DequeModule

/// A fixed-capacity buffer that keeps the newest elements: appending to a full buffer drops
/// the oldest. Appends are O(1) and memory never grows past `capacity`, so a dashboard left
/// open for days keeps a flat footprint.
///
/// Indices run from 0 (oldest) to `count - 1` (newest).
public struct RingBuffer<Element: Sendable>: Sendable, RandomAccessCollection {
    /// The most elements kept (at least 1).
    public let capacity: Int
    private var storage: Deque<Element>

    /// An empty buffer; a capacity below 1 is raised to 1.
    public init(capacity: Int) {
        self.capacity = Swift.max(capacity, 1)
        storage = Deque(minimumCapacity: self.capacity)
    }

    /// A buffer holding the last `capacity` of `elements`, in order.
    public init(capacity: Int, elements: some Sequence<Element>) {
        self.init(capacity: capacity)
        for element in elements { append(element) }
    }

    /// Adds `element` as the newest, dropping the oldest when full.
    public mutating func append(_ element: Element) {
        if storage.count == capacity { storage.removeFirst() }
        storage.append(element)
    }

    /// Removes every element, keeping the capacity.
    public mutating func removeAll() {
        storage.removeAll(keepingCapacity: true)
    }

    /// Whether the next append will drop the oldest element.
    public var isFull: Bool { storage.count == capacity }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.count }

    /// The element `position` places after the oldest.
    public subscript(position: Int) -> Element {
        storage[position]
    }
}

extension RingBuffer: Equatable where Element: Equatable {
    /// Equal when both hold the same elements in the same order with the same capacity.
    public static func == (lhs: RingBuffer, rhs: RingBuffer) -> Bool {
        lhs.capacity == rhs.capacity && lhs.elementsEqual(rhs)
    }
}
