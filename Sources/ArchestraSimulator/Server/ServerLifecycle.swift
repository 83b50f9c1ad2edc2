import Hummingbird
import Logging
import NIOCore
import NIOPosix

/// Starts and stops the Hummingbird server and the traffic task.
actor ServerLifecycle {
    /// One event-loop thread serves every simulator in the process (lowest CPU; the load is tiny).
    static let eventLoopGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    private var serverTask: Task<Void, Never>?
    private var trafficTask: Task<Void, Never>?
    private(set) var boundPort: Int?

    /// Binds, starts serving `state` in a background task, and returns the bound port.
    func start(host: String, port: Int, trafficInterval: Duration, state: SimulatorState) async throws -> Int {
        if let boundPort { return boundPort }
        let (events, continuation) = AsyncStream<Result<Int, any Error>>.makeStream()
        let application = Application(
            responder: SimulatorResponder(state: state),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                continuation.yield(.success(channel.localAddress?.port ?? port))
            },
            eventLoopGroupProvider: .shared(Self.eventLoopGroup),
            logger: Logger(label: "archestra-sim", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        serverTask = Task {
            do {
                try await application.run()
            } catch {
                continuation.yield(.failure(error))
            }
            continuation.finish()
        }
        var result: Result<Int, any Error> = .failure(SimulatorError.serverStoppedBeforeBinding)
        for await event in events {
            result = event
            break
        }
        let bound = try result.get()
        boundPort = bound
        if trafficInterval > .zero {
            trafficTask = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: trafficInterval)
                    if Task.isCancelled { break }
                    await state.tickTraffic()
                }
            }
        }
        return bound
    }

    /// Cancels the server and traffic tasks and waits for them (the port is closed afterwards). Idempotent.
    func stop() async {
        trafficTask?.cancel()
        serverTask?.cancel()
        await trafficTask?.value
        await serverTask?.value
        trafficTask = nil
        serverTask = nil
        boundPort = nil
    }
}

/// Failures of ``ArchestraSimulator/start()``.
public enum SimulatorError: Error, Sendable, Equatable {
    /// The server task ended before it reported a bound port.
    case serverStoppedBeforeBinding
}
