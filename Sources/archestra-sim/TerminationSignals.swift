import Dispatch
import Foundation

/// Waits for SIGINT or SIGTERM (the default handlers are replaced so the server can stop cleanly).
final class TerminationSignals {
    private let sources: [any DispatchSourceSignal]
    private let stream: AsyncStream<Int32>

    init() {
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        self.stream = stream
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
    }

    /// Returns once one of the signals arrived.
    func wait() async {
        for await _ in stream {
            return
        }
    }
}
