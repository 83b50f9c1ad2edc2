import Foundation
import Hummingbird

/// Adapts Hummingbird requests to ``SimulatorState`` and its replies back to HTTP.
struct SimulatorResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let state: SimulatorState
    /// The path the API is served under (`""` = the root), as behind a reverse proxy.
    var pathPrefix: String = ""

    /// Largest request body read (agent documents are small; this only guards memory).
    static let maximumBodyBytes = 8 << 20

    func respond(to request: Request, context: Context) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: Self.maximumBodyBytes)
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters {
            query[String(key).removingPercentEncoding ?? String(key)] = String(value)
        }
        var rawPath = request.uri.path
        if !pathPrefix.isEmpty {
            guard rawPath.hasPrefix(pathPrefix + "/") else {
                // Like a reverse proxy that only forwards its prefix.
                return Self.httpResponse(APIError.notFound("Not Found: the API is under \(pathPrefix)").response)
            }
            rawPath.removeFirst(pathPrefix.count)
        }
        let simRequest = SimRequest(
            method: request.method.rawValue,
            path: rawPath.removingPercentEncoding ?? rawPath,
            query: query,
            authorization: request.headers[.authorization],
            body: Array(buffer: body)
        )
        let reply = await state.handle(simRequest)
        if reply.delay > .zero {
            try await Task.sleep(for: reply.delay)
        }
        return Self.httpResponse(reply)
    }

    static func httpResponse(_ reply: SimResponse) -> Response {
        // `setFault(.status(n))` is public: keep impossible codes from reaching HTTPTypes' precondition.
        let status = HTTPResponse.Status(code: (100...599).contains(reply.status) ? reply.status : 500)
        let headers: HTTPFields = [.contentType: reply.contentType]
        switch reply.delivery {
        case .complete:
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply.body)))
        case .truncated:
            // Promise the whole body, send half, then fail the write so the connection is closed mid-body.
            let half = ByteBuffer(bytes: reply.body.prefix(reply.body.count / 2))
            let body = ResponseBody(contentLength: reply.body.count) { writer in
                try await writer.write(half)
                throw TruncatedBodyError()
            }
            return Response(status: status, headers: headers, body: body)
        }
    }
}

/// Thrown on purpose to cut a response short.
struct TruncatedBodyError: Error {}
