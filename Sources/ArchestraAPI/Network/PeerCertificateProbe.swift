import NIOCore
import NIOPosix
import NIOSSL

/// Starts a TLS handshake with the server only to read the certificates it presents, then hangs up.
///
/// Used after a handshake failed, to say why in words (issuer, names, dates) and to find out whether
/// a port spoken to in plain HTTP actually speaks TLS.
enum PeerCertificateProbe {
    struct TimedOut: Error {}
    struct ClosedEarly: Error {}

    /// The chain the server presents (leaf first), or `nil` when no TLS handshake got that far.
    static func presentedChain(
        host: String, port: Int, proxy: ProxyEndpoint?, timeout: TimeAmount, group: EventLoopGroup
    ) async -> [NIOSSLCertificate]? {
        guard let context = try? NIOSSLContext(configuration: .makeClientConfiguration()) else { return nil }
        let eventLoop = group.next()
        let chainPromise = eventLoop.makePromise(of: [NIOSSLCertificate].self)
        // Server Name Indication takes names only.
        let serverName: String? = IPAddressBytes(host) == nil ? host : nil
        let makeTLSHandler: @Sendable () throws -> ChannelHandler = {
            let capture: NIOSSLCustomVerificationCallback = { certificates, verdict in
                chainPromise.succeed(certificates)
                // The chain is all we came for.
                verdict.succeed(NIOSSLVerificationResult.failed)
            }
            return try NIOSSLClientHandler(context: context, serverHostname: serverName, customVerificationCallback: capture)
        }
        let authorization = proxy?.basicAuthorization
        let target = (host.contains(":") ? "[\(host)]" : host) + ":\(port)"
        let bootstrap = ClientBootstrap(group: eventLoop)
            .connectTimeout(timeout)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if proxy != nil {
                        let tunnel = ProxyTunnelHandler(
                            target: target, proxyAuthorization: authorization, makeNext: makeTLSHandler,
                            onFailure: { chainPromise.fail($0) })
                        try channel.pipeline.syncOperations.addHandler(tunnel)
                    } else {
                        try channel.pipeline.syncOperations.addHandler(try makeTLSHandler())
                    }
                }
            }
        let timer = eventLoop.scheduleTask(in: timeout) { chainPromise.fail(TimedOut()) }
        defer { timer.cancel() }
        do {
            let channel = try await bootstrap.connect(host: proxy?.host ?? host, port: proxy?.port ?? port).get()
            channel.closeFuture.whenComplete { _ in chainPromise.fail(ClosedEarly()) }
            defer { channel.close(promise: nil) }
            return try await chainPromise.futureResult.get()
        } catch {
            chainPromise.fail(error)
            return nil
        }
    }
}
