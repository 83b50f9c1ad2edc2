/// The last `capacity` requests, oldest first (a fixed-size ring).
struct RequestLog: Sendable {
    let capacity: Int
    private var storage: [RecordedRequest] = []
    private var next = 0

    init(capacity: Int = 1_000) {
        self.capacity = capacity
    }

    mutating func append(_ request: RecordedRequest) {
        if storage.count < capacity {
            storage.append(request)
        } else {
            storage[next] = request
        }
        next = (next + 1) % capacity
    }

    var entries: [RecordedRequest] {
        storage.count < capacity ? storage : Array(storage[next...] + storage[..<next])
    }

    mutating func removeAll() {
        storage.removeAll()
        next = 0
    }
}
