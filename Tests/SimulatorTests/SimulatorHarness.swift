import ArchestraAPI
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import XCTest

@testable import ArchestraSimulator

/// The demo key the simulator requires by default.
let demoKey = "arch_demo_key_0123456789"

/// One HTTP exchange with the simulator, over real loopback HTTP.
struct HTTPResult {
    var status: Int
    var body: String
    var headers: [String: String]

    /// The body as JSON, or `nil` when it is not JSON.
    var json: JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(body.utf8))
    }

    /// `error.type` of a contract error body.
    var errorType: String? { json?["error"]?["type"]?.stringValue }
    var errorMessage: String? { json?["error"]?["message"]?.stringValue }
}

/// Something served over loopback HTTP that tests talk to with AsyncHTTPClient.
protocol LoopbackServer {
    var baseURL: String { get }
}

/// A server in another process, known only by its address.
struct RemoteServer: LoopbackServer {
    let baseURL: String
}

/// Starts a simulator on a free port and talks to it with AsyncHTTPClient.
struct SimulatorHarness: LoopbackServer {
    let simulator: ArchestraSimulator
    let baseURL: String

    static func start(_ configure: (inout SimulatorOptions) -> Void = { _ in }) async throws -> SimulatorHarness {
        var options = SimulatorOptions()
        options.trafficInterval = .zero
        configure(&options)
        let simulator = ArchestraSimulator(options: options)
        _ = try await simulator.start()
        return SimulatorHarness(simulator: simulator, baseURL: await simulator.baseURL)
    }

    func stop() async {
        await simulator.stop()
    }
}

extension LoopbackServer {
    /// Sends a request; `authorization` defaults to the demo key (pass `nil` to send none).
    func send(
        _ method: HTTPMethod, _ path: String, body: String? = nil, authorization: String? = demoKey,
        timeout: TimeAmount = .seconds(10)
    ) async throws -> HTTPResult {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        if let authorization {
            request.headers.add(name: "Authorization", value: authorization)
        }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: timeout)
        let buffer = try await response.body.collect(upTo: 64 << 20)
        var headers: [String: String] = [:]
        for header in response.headers {
            headers[header.name.lowercased()] = header.value
        }
        return HTTPResult(status: Int(response.status.code), body: String(buffer: buffer), headers: headers)
    }

    func get(_ path: String, authorization: String? = demoKey) async throws -> HTTPResult {
        try await send(.GET, path, authorization: authorization)
    }

    /// GET that must answer 200 with JSON.
    func json(_ path: String, file: StaticString = #filePath, line: UInt = #line) async throws -> JSONValue {
        let result = try await get(path)
        XCTAssertEqual(result.status, 200, "GET \(path): \(result.body.prefix(300))", file: file, line: line)
        return try XCTUnwrap(result.json, "GET \(path) did not return JSON", file: file, line: line)
    }
}

extension LoopbackServer {
    /// GET that must answer 200 with a bare JSON array.
    func jsonArray(_ path: String, file: StaticString = #filePath, line: UInt = #line) async throws -> [JSONValue] {
        let value = try await json(path, file: file, line: line)
        return try XCTUnwrap(value.arrayValue, "GET \(path) is not an array", file: file, line: line)
    }
}

extension JSONValue {
    /// The `data` items of a paginated envelope.
    var dataItems: [JSONValue] { self["data"]?.arrayValue ?? [] }

    /// A `pagination` member as a number.
    func page(_ key: String) -> Double? { self["pagination"]?[key]?.doubleValue }
}

extension XCTestCase {
    /// Starts a simulator (traffic generator off unless configured) that is stopped when the test ends.
    func startSimulator(_ configure: (inout SimulatorOptions) -> Void = { _ in }) async throws -> SimulatorHarness {
        let harness = try await SimulatorHarness.start(configure)
        addTeardownBlock { await harness.stop() }
        return harness
    }
}
