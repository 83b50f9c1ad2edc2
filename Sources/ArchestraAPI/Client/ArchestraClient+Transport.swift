import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// A response whose body has been read.
struct RawResponse: Sendable {
    var status: Int
    var body: [UInt8]

    var isSuccess: Bool { (200..<300).contains(status) }
}

extension ArchestraClient {
    /// Sends one request and reads the whole (capped) body. Non-2xx statuses are returned, not thrown.
    ///
    /// The body is gathered on the event loop (``ResponseAccumulator``) and handed over once, instead of
    /// streamed to this task piece by piece: one thread hand-off per answer, which a console polling
    /// every second all day notices. The deadline covers the whole answer, body included.
    func perform(
        _ method: HTTPMethod, _ path: String, query: [URLQueryItem] = [], body: [UInt8]? = nil
    ) async throws -> RawResponse {
        let endpoint = "\(method.rawValue) \(configuration.baseURL.path)\(path)"
        var headers = HTTPHeaders()
        headers.add(name: "Accept", value: "application/json")
        headers.add(name: "User-Agent", value: configuration.userAgent)
        if let key = configuration.apiKey, !key.isEmpty {
            headers.add(name: "Authorization", value: key.raw)
        }
        if body != nil {
            headers.add(name: "Content-Type", value: "application/json")
        }
        let started = ContinuousClock.now
        let timeout = TimeAmount.milliseconds(Int64((configuration.timeout * 1_000).rounded(.up)))
        do {
            if let forwardProxy {
                guard let target = URL(string: url(path, query: query)) else { throw HTTPClientError.invalidURL }
                let response = try await forwardProxy.execute(
                    method, url: target, headers: headers, body: body, deadline: .now() + timeout,
                    maxBodySize: configuration.maxResponseBytes)
                logger.debug("\(endpoint) -> \(response.status) via the proxy in \(Self.milliseconds(since: started)) ms")
                return RawResponse(status: response.status, body: response.body)
            }
            let request = try HTTPClient.Request(
                url: url(path, query: query), method: method, headers: headers,
                body: body.map { .bytes($0) })
            let accumulator = ResponseAccumulator(request: request, maxBodySize: configuration.maxResponseBytes)
            let task = httpClient.execute(
                request: request, delegate: accumulator, eventLoop: .indifferent,
                deadline: .now() + timeout, logger: nil)
            let response = try await withTaskCancellationHandler {
                try await task.futureResult.get()
            } onCancel: {
                task.cancel()
            }
            let status = Int(response.status.code)
            logger.debug("\(endpoint) -> \(status) in \(Self.milliseconds(since: started)) ms")
            return RawResponse(status: status, body: response.body.map { Array($0.readableBytesView) } ?? [])
        } catch is ResponseAccumulator.ResponseTooBigError, is ForwardProxyClient.TooBig {
            throw ArchestraError.decoding(
                endpoint: endpoint, detail: "the response is larger than \(Self.byteCount(configuration.maxResponseBytes))"
            )
        } catch {
            if Task.isCancelled || Self.isCancellation(error) { throw CancellationError() }
            let failure = await diagnoser.explain(TransportFailure(classifying: error, context: failureContext))
            logger.debug("\(endpoint) -> \(failure) after \(Self.milliseconds(since: started)) ms")
            throw ArchestraError.transport(failure, endpoint: endpoint)
        }
    }

    /// Sends a request and returns its JSON body, throwing ``ArchestraError`` for non-2xx or non-JSON answers.
    func json(_ method: HTTPMethod, _ path: String, query: [URLQueryItem] = [], body: [UInt8]? = nil) async throws -> JSONValue {
        let response = try await perform(method, path, query: query, body: body)
        let endpoint = "\(method.rawValue) \(configuration.baseURL.path)\(path)"
        guard response.isSuccess else {
            throw ArchestraError.fromResponse(status: response.status, body: response.body, endpoint: endpoint)
        }
        return try Self.parseJSON(response.body, endpoint: endpoint)
    }

    /// GETs one record.
    func record<Record: LenientDecodable>(_ path: String, query: [URLQueryItem] = [], as type: Record.Type = Record.self) async throws
        -> Record
    {
        try decodeRecord(try await json(.GET, path, query: query), endpoint: "GET \(configuration.baseURL.path)\(path)")
    }

    /// Sends a JSON body and decodes the answer as one record.
    func send<Record: LenientDecodable>(
        _ method: HTTPMethod, _ path: String, body: some Encodable, as type: Record.Type = Record.self
    ) async throws -> Record {
        let endpoint = "\(method.rawValue) \(configuration.baseURL.path)\(path)"
        let bytes: [UInt8]
        do {
            bytes = Array(try JSONEncoder().encode(body))
        } catch {
            throw ArchestraError.invalidConfiguration("Could not encode the request body for \(endpoint): \(error)")
        }
        return try decodeRecord(try await json(method, path, body: bytes), endpoint: endpoint)
    }

    /// GETs a bare array, dropping elements that are not records.
    func list<Record: LenientDecodable>(_ path: String, query: [URLQueryItem] = [], as type: Record.Type = Record.self) async throws
        -> [Record]
    {
        let value = try await json(.GET, path, query: query)
        guard let elements = value.arrayValue else {
            throw ArchestraError.decoding(endpoint: "GET \(configuration.baseURL.path)\(path)", detail: "expected a JSON array")
        }
        return LenientList<Record>(elements).items
    }

    /// GETs a `{data, pagination}` page.
    func page<Record: LenientDecodable>(_ path: String, query: [URLQueryItem], as type: Record.Type = Record.self) async throws -> Page<
        Record
    > {
        let value = try await json(.GET, path, query: query)
        do {
            return try Page<Record>(envelope: value)
        } catch {
            throw ArchestraError.decoding(endpoint: "GET \(configuration.baseURL.path)\(path)", detail: "\(error)")
        }
    }

    /// Sends a DELETE; any 2xx counts as done whatever the body says.
    func delete(_ path: String) async throws {
        let response = try await perform(.DELETE, path)
        guard response.isSuccess else {
            throw ArchestraError.fromResponse(
                status: response.status, body: response.body, endpoint: "DELETE \(configuration.baseURL.path)\(path)"
            )
        }
    }

    func decodeRecord<Record: LenientDecodable>(_ value: JSONValue, endpoint: String) throws -> Record {
        do {
            return try Record(json: value)
        } catch {
            throw ArchestraError.decoding(endpoint: endpoint, detail: "\(error)")
        }
    }

    static func parseJSON(_ body: [UInt8], endpoint: String) throws -> JSONValue {
        do {
            return try JSONValue.parse(Data(body))
        } catch {
            let preview = String(decoding: body.prefix(80), as: UTF8.self)
                .replacingOccurrences(of: "\n", with: " ")
            let detail = body.isEmpty ? "the body is empty, expected JSON" : "the body is not JSON (starts with \"\(preview)\")"
            throw ArchestraError.decoding(endpoint: endpoint, detail: detail)
        }
    }

    /// The full URL of `path` (which starts with `/`) with a strictly percent-encoded query.
    func url(_ path: String, query: [URLQueryItem]) -> String {
        var text = configuration.baseURL.absoluteString + path
        if !query.isEmpty {
            text +=
                "?"
                + query.map { item in
                    Self.encodeQueryComponent(item.name) + "=" + Self.encodeQueryComponent(item.value ?? "")
                }.joined(separator: "&")
        }
        return text
    }

    /// `/segment/segment` with each id escaped so `/`, `?` or `#` in an id cannot change the route.
    static func path(_ segments: String...) -> String {
        segments.map { "/" + escapePathSegment($0) }.joined()
    }

    static func escapePathSegment(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: unreservedCharacters) ?? segment
    }

    static func encodeQueryComponent(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: queryValueCharacters) ?? text
    }

    private static let unreservedCharacters = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
    )
    /// Unreserved plus `,` and `:`, which keep csv lists and label filters readable and are safe in a query.
    private static let queryValueCharacters = unreservedCharacters.union(CharacterSet(charactersIn: ",:"))

    private static func milliseconds(since start: ContinuousClock.Instant) -> Int64 {
        let elapsed = ContinuousClock.now - start
        return elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000
    }

    static func byteCount(_ bytes: Int) -> String {
        let mebibyte = 1024 * 1024
        if bytes >= mebibyte, bytes % mebibyte == 0 { return "\(bytes / mebibyte) MiB" }
        return "\(bytes) bytes"
    }

    private static func isCancellation(_ error: Error) -> Bool {
        if error is CancellationError { return true }
        if let clientError = error as? HTTPClientError, clientError == .cancelled { return true }
        return false
    }
}
