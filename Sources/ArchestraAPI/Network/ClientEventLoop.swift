import NIOPosix

/// The event loop every client of this library does its networking on: one thread.
///
/// A console sends a few requests a second, so one loop is plenty. `HTTPClient.defaultEventLoopGroup`
/// (NIO's shared singleton) starts one thread per core instead: 2 on the benchmark machines, 16 or
/// more on a large jump host, each with its own stack, epoll set and malloc arena, and each woken by
/// its own timers. The group lives as long as the process, like the singleton it replaces.
enum ClientEventLoop {
    static let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
}
