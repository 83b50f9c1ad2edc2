import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// Sends requests for `http://` servers through an HTTP proxy the way curl, wget and Go do: the whole
/// URL on the request line (`GET http://host:port/path HTTP/1.1`), to the proxy itself.
///
/// AsyncHTTPClient 1.37 opens a `CONNECT` tunnel for every proxied request, `http://` ones included
/// (`HTTPConnectionPool+Factory`, `makeHTTPProxyChannel`). A proxy with the usual rule "CONNECT only
/// to port 443" (Debian's squid ships it) refuses such a tunnel, so a plain-HTTP server is out of reach.
/// `https://` servers keep AsyncHTTPClient's tunnel.
///
/// One connection per request (`Connection: close`): simple, and a console's few requests a second
/// cost the proxy nothing to speak of.
struct ForwardProxyClient: Sendable {
    let proxy: ProxyEndpoint
    let group: EventLoopGroup

    /// What came back, body whole.
    struct Response: Sendable {
        var status: Int
        var headers: HTTPHeaders
        var body: [UInt8]
    }

    /// The body grew past the limit the caller set.
    struct TooBig: Error {}

    /// Sends one request and reads the whole answer.
    /// - Parameters:
    ///   - url: the server's absolute `http://` URL, query included.
    ///   - deadline: covers connecting, sending and the whole answer.
    ///   - maxBodySize: larger bodies fail with ``TooBig``.
    /// - Throws: NIO's connection errors (the proxy's), `HTTPClientError.deadlineExceeded`,
    ///   `.remoteConnectionClosed`, `.proxyAuthenticationRequired` (a 407), ``ProxyRefusal`` when the
    ///   proxy answered an error itself, ``TooBig``, or `CancellationError`.
    func execute(
        _ method: HTTPMethod, url: URL, headers: HTTPHeaders, body: [UInt8]?, deadline: NIODeadline,
        maxBodySize: Int
    ) async throws -> Response {
        let eventLoop = group.next()
        let answer = eventLoop.makePromise(of: Response.self)
        let head = requestHead(method, url: url, headers: headers, bodySize: body?.count)
        let bootstrap = ClientBootstrap(group: eventLoop)
            .connectTimeout(max(.milliseconds(1), deadline - .now()))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandler(ResponseCollector(answer: answer, maxBodySize: maxBodySize))
                }
            }
        let timer = eventLoop.scheduleTask(deadline: deadline) { answer.fail(HTTPClientError.deadlineExceeded) }
        defer { timer.cancel() }
        return try await withTaskCancellationHandler {
            let channel: Channel
            do {
                channel = try await bootstrap.connect(host: proxy.host, port: proxy.port).get()
            } catch {
                answer.fail(error)
                throw error
            }
            defer { channel.close(promise: nil) }
            channel.write(HTTPClientRequestPart.head(head), promise: nil)
            if let body, !body.isEmpty {
                channel.write(HTTPClientRequestPart.body(.byteBuffer(channel.allocator.buffer(bytes: body))), promise: nil)
            }
            channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
            let response = try await answer.futureResult.get()
            try Self.check(response, from: proxy)
            return response
        } onCancel: {
            answer.fail(CancellationError())
        }
    }

    /// The request line carries the whole URL; `Host` names the server, `Proxy-Authorization` goes to the proxy.
    func requestHead(_ method: HTTPMethod, url: URL, headers: HTTPHeaders, bodySize: Int?) -> HTTPRequestHead {
        var fields = headers
        if !fields.contains(name: "Host") {
            let host = url.host.map { $0.contains(":") ? "[\($0)]" : $0 } ?? ""
            fields.add(name: "Host", value: url.port.map { "\(host):\($0)" } ?? host)
        }
        if let authorization = proxy.basicAuthorization {
            fields.replaceOrAdd(name: "Proxy-Authorization", value: authorization)
        }
        fields.replaceOrAdd(name: "Connection", value: "close")
        if let bodySize {
            fields.replaceOrAdd(name: "Content-Length", value: String(bodySize))
        }
        return HTTPRequestHead(version: .http1_1, method: method, uri: url.absoluteString, headers: fields)
    }

    /// A 407 is always the proxy's; other errors are when the proxy marks the answer as its own.
    static func check(_ response: Response, from proxy: ProxyEndpoint) throws {
        if response.status == 407 { throw HTTPClientError.proxyAuthenticationRequired }
        if let refusal = ProxyRefusal(status: response.status, headers: response.headers) { throw refusal }
    }
}

/// Gathers one response on the event loop and hands it over whole.
private final class ResponseCollector: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart

    private let answer: EventLoopPromise<ForwardProxyClient.Response>
    private let maxBodySize: Int
    private var head: HTTPResponseHead?
    private var body: [UInt8] = []

    init(answer: EventLoopPromise<ForwardProxyClient.Response>, maxBodySize: Int) {
        self.answer = answer
        self.maxBodySize = maxBodySize
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let received):
            head = received
        case .body(var buffer):
            guard body.count + buffer.readableBytes <= maxBodySize else {
                answer.fail(ForwardProxyClient.TooBig())
                context.close(promise: nil)
                return
            }
            body += buffer.readBytes(length: buffer.readableBytes) ?? []
        case .end:
            guard let head else { return answer.fail(HTTPClientError.remoteConnectionClosed) }
            answer.succeed(.init(status: Int(head.status.code), headers: head.headers, body: body))
            context.close(promise: nil)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        answer.fail(error)
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        // Closed before the end of the answer (after it, the promise is already kept).
        answer.fail(HTTPClientError.remoteConnectionClosed)
        context.fireChannelInactive()
    }
}
