import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// Starts and stops the Hummingbird server and the traffic task.
actor ServerLifecycle {
    /// One event-loop thread serves every simulator in the process (lowest CPU; the load is tiny).
    static let eventLoopGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    private var serverTask: Task<Void, Never>?
    private var serviceGroup: ServiceGroup?
    private var trafficTask: Task<Void, Never>?
    /// The start in progress, so a second caller waits for it instead of binding again.
    private var startup: Task<Int, any Error>?
    private(set) var boundPort: Int?

    /// Binds, starts serving `state` in a background task, and returns the bound port.
    /// Concurrent or repeated calls share the one server.
    func start(options: SimulatorOptions, state: SimulatorState) async throws -> Int {
        if let boundPort { return boundPort }
        if let startup { return try await startup.value }
        let startup = Task { try await self.launch(options: options, state: state) }
        self.startup = startup
        defer { self.startup = nil }
        return try await startup.value
    }

    private func launch(options: SimulatorOptions, state: SimulatorState) async throws -> Int {
        let port = options.port
        let trafficInterval = options.trafficInterval
        let (events, continuation) = AsyncStream<Result<Int, any Error>>.makeStream()
        let serverBuilder: HTTPServerBuilder =
            try options.tls.map { try .tls(.http1(), tlsConfiguration: $0.serverConfiguration()) } ?? .http1()
        let application = Application(
            responder: SimulatorResponder(state: state, pathPrefix: options.pathPrefix),
            server: serverBuilder,
            configuration: .init(address: .hostname(options.host, port: port), serverName: nil),
            onServerRunning: { channel in
                continuation.yield(.success(channel.localAddress?.port ?? port))
            },
            eventLoopGroupProvider: .shared(Self.eventLoopGroup),
            logger: Logger(label: "archestra-sim", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let group = ServiceGroup(
            configuration: .init(
                services: [application], gracefulShutdownSignals: [], cancellationSignals: [],
                logger: Logger(label: "archestra-sim", factory: { _ in SwiftLogNoOpLogHandler() })
            ))
        let server = Task {
            do {
                try await group.run()
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
        let bound: Int
        do {
            bound = try result.get()
        } catch {
            server.cancel()
            await server.value
            throw error
        }
        serverTask = server
        serviceGroup = group
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

    /// Stops traffic, shuts the server down gracefully (idle keep-alive connections are closed) and, if
    /// requests are still running after ``shutdownGrace``, cancels them. The port is closed when this returns. Idempotent.
    func stop() async {
        trafficTask?.cancel()
        await trafficTask?.value
        trafficTask = nil
        if let serviceGroup, let serverTask {
            await serviceGroup.triggerGracefulShutdown()
            let deadline = Task {
                try? await Task.sleep(for: Self.shutdownGrace)
                serverTask.cancel()
            }
            await serverTask.value
            deadline.cancel()
        }
        serverTask = nil
        serviceGroup = nil
        boundPort = nil
    }

    /// How long in-flight requests (for example stalled ones) may keep the server alive during ``stop()``.
    static let shutdownGrace: Duration = .milliseconds(500)
}

/// Failures of ``ArchestraSimulator/start()``.
public enum SimulatorError: Error, Sendable, Equatable {
    /// The server task ended before it reported a bound port.
    case serverStoppedBeforeBinding
}
