import Foundation
import NIOCore

/// Asks an HTTP proxy for a `CONNECT` tunnel, then hands the channel to the handler made by `makeNext`
/// (used by the certificate probe; AsyncHTTPClient tunnels its own requests).
final class ProxyTunnelHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// The tunnel was refused; `status` is the proxy's answer (407 = credentials).
    struct Refused: Error { var status: Int }

    private let target: String
    private let proxyAuthorization: String?
    private let makeNext: () throws -> ChannelHandler
    private let onFailure: (Error) -> Void
    private var received: [UInt8] = []

    /// - Parameters:
    ///   - target: `host:port` of the server.
    ///   - proxyAuthorization: the whole `Proxy-Authorization` value, if any.
    init(
        target: String, proxyAuthorization: String?, makeNext: @escaping () throws -> ChannelHandler,
        onFailure: @escaping (Error) -> Void
    ) {
        self.target = target
        self.proxyAuthorization = proxyAuthorization
        self.makeNext = makeNext
        self.onFailure = onFailure
    }

    func channelActive(context: ChannelHandlerContext) {
        var request = "CONNECT \(target) HTTP/1.1\r\nHost: \(target)\r\n"
        if let proxyAuthorization { request += "Proxy-Authorization: \(proxyAuthorization)\r\n" }
        request += "\r\n"
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(string: request)), promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        received += buffer.readBytes(length: buffer.readableBytes) ?? []
        guard let end = Self.endOfHead(received) else {
            if received.count > 16_384 { fail(context, Refused(status: 0)) }
            return
        }
        let statusLine = String(decoding: received.prefix { $0 != UInt8(ascii: "\r") }, as: UTF8.self)
        let status = statusLine.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        guard (200..<300).contains(status) else {
            fail(context, Refused(status: status))
            return
        }
        do {
            let next = try makeNext()
            try context.pipeline.syncOperations.addHandler(next, position: ChannelPipeline.SynchronousOperations.Position.after(self))
            let leftover = Array(received[end...])
            if !leftover.isEmpty {
                context.fireChannelRead(wrapInboundOut(context.channel.allocator.buffer(bytes: leftover)))
            }
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
        } catch {
            fail(context, error)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        fail(context, error)
    }

    private func fail(_ context: ChannelHandlerContext, _ error: Error) {
        onFailure(error)
        context.close(promise: nil)
    }

    /// The index just past `\r\n\r\n`, if the head is complete.
    static func endOfHead(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 3..<bytes.count
        where bytes[index - 3] == 13 && bytes[index - 2] == 10 && bytes[index - 1] == 13 && bytes[index] == 10 {
            return index + 1
        }
        return nil
    }
}

extension ProxyEndpoint {
    /// `Basic base64(user:password)`, or `nil` without credentials.
    var basicAuthorization: String? {
        guard let username else { return nil }
        return "Basic " + Data("\(username):\(password ?? "")".utf8).base64EncodedString()
    }
}
