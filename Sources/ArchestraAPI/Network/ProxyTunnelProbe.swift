import NIOCore
import NIOPosix

/// Asks a proxy for a `CONNECT` tunnel only to read its status line, then hangs up.
///
/// AsyncHTTPClient reports a refused tunnel as `invalidProxyResponse`, without the status; a 403 (the
/// proxy's rules) and a 502 (the server is down) call for different advice.
enum ProxyTunnelProbe {
    struct TimedOut: Error {}

    /// The status `proxy` answers `CONNECT target` with, or `nil` when it gave none in time.
    static func status(of proxy: ProxyEndpoint, target: String, timeout: TimeAmount, group: EventLoopGroup) async -> Int? {
        let eventLoop = group.next()
        let answer = eventLoop.makePromise(of: Int.self)
        let bootstrap = ClientBootstrap(group: eventLoop)
            .connectTimeout(timeout)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let tunnel = ProxyTunnelHandler(
                        target: target, proxyAuthorization: proxy.basicAuthorization,
                        makeNext: {
                            answer.succeed(200)
                            return Idle()
                        },
                        onFailure: { error in
                            if let refused = error as? ProxyTunnelHandler.Refused, refused.status != 0 {
                                answer.succeed(refused.status)
                            } else {
                                answer.fail(error)
                            }
                        })
                    try channel.pipeline.syncOperations.addHandler(tunnel)
                }
            }
        let timer = eventLoop.scheduleTask(in: timeout) { answer.fail(TimedOut()) }
        defer { timer.cancel() }
        do {
            let channel = try await bootstrap.connect(host: proxy.host, port: proxy.port).get()
            defer { channel.close(promise: nil) }
            channel.closeFuture.whenComplete { _ in answer.fail(TimedOut()) }
            return try await answer.futureResult.get()
        } catch {
            answer.fail(error)
            return nil
        }
    }

    /// Stands in for TLS once the tunnel is open: the probe wanted the status only.
    private final class Idle: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
    }
}
