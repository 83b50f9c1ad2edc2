import Foundation
import Synchronization
import ArchestraAPI

/// A server's log in memory, newest first, that answers pages in the style asked: offset pages with a total,
/// or cursor pages whose cursor is the id of the last row sent. It counts the requests and can fail the next ones.
final class FakeLog: Sendable {
    private struct Inner {
        var rows: [MCPToolCall] = []
        var serial = 0
        var requests: [LogPageRequest] = []
        var failures: [ArchestraError] = []
        var failAt: (request: Int, error: ArchestraError)?
    }

    let style: LogPagingStyle
    private let inner = Mutex(Inner())

    init(style: LogPagingStyle) {
        self.style = style
    }

    /// Logs `count` new rows, the last one newest; returns their ids in that order.
    @discardableResult
    func add(_ count: Int) -> [String] {
        inner.withLock { inner in
            (0..<count).map { _ in
                inner.serial += 1
                let id = "call-\(inner.serial)"
                // Only `id` is required: the row is read as the client reads the server's.
                let row = (try? MCPToolCall(json: .object(["id": .string(id), "mcpServerName": .string("github")])))
                if let row { inner.rows.insert(row, at: 0) }
                return id
            }
        }
    }

    /// The next requests fail with these errors, in order.
    func fail(with errors: [ArchestraError]) {
        inner.withLock { $0.failures += errors }
    }

    /// After `count` more answers, the next request fails with `error`.
    func fail(_ error: ArchestraError, afterAnswering count: Int) {
        inner.withLock { $0.failAt = ($0.requests.count + count, error) }
    }

    var requests: [LogPageRequest] { inner.withLock { $0.requests } }

    /// The answer to one request, as the server would give it.
    func page(_ request: LogPageRequest) throws -> LogPage<MCPToolCall> {
        try inner.withLock { inner in
            inner.requests.append(request)
            if !inner.failures.isEmpty { throw inner.failures.removeFirst() }
            if let failAt = inner.failAt, failAt.request == inner.requests.count - 1 { throw failAt.error }
            let start: Int
            switch request.position {
            case .newest: start = 0
            case .offset(let offset): start = offset
            case .cursor(let id): start = (inner.rows.firstIndex { $0.id == id } ?? inner.rows.count - 1) + 1
            }
            let end = min(inner.rows.count, start + request.limit)
            let items = start < end ? Array(inner.rows[start..<end]) : []
            let more = end < inner.rows.count
            switch style {
            case .offset:
                return LogPage(items: items, style: .offset, total: inner.rows.count, next: more ? .offset(end) : nil)
            case .cursor:
                return LogPage(items: items, style: .cursor, next: more ? items.last.map { .cursor($0.id) } : nil)
            }
        }
    }
}
