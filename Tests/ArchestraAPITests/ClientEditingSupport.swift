import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// A simulator (traffic generator off) and a client talking to it, for the editing tests.
struct EditingFixture {
    let simulator: ArchestraSimulator
    let client: ArchestraClient

    static func start(_ configure: (inout SimulatorOptions) -> Void = { _ in }) async throws -> EditingFixture {
        var options = SimulatorOptions()
        options.trafficInterval = .zero
        configure(&options)
        let simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        let client = ArchestraClient(
            configuration: try ClientConfiguration(
                baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init), timeout: 5))
        return EditingFixture(simulator: simulator, client: client)
    }

    func stop() async {
        await client.shutdown()
        await simulator.stop()
    }

    /// The body of the last `method` request to `path` the simulator received, parsed.
    func lastBody(_ method: String, _ path: String) async -> JSONValue? {
        let request = await simulator.recordedRequests().last { $0.method == method && $0.path == path }
        return request?.body.flatMap { try? JSONValue.parse(Data($0.utf8)) }
    }

    /// Runs `call`, which must fail with an `ArchestraError`, and returns that error.
    func failure<Value>(_ call: () async throws -> Value, file: StaticString = #filePath, line: UInt = #line) async -> ArchestraError? {
        do {
            _ = try await call()
            XCTFail("expected the server to refuse", file: file, line: line)
        } catch let error as ArchestraError {
            return error
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
        }
        return nil
    }
}

extension XCTestCase {
    /// Starts an ``EditingFixture`` that is stopped when the test ends.
    func startEditing(_ configure: (inout SimulatorOptions) -> Void = { _ in }) async throws -> EditingFixture {
        let fixture = try await EditingFixture.start(configure)
        addTeardownBlock { await fixture.stop() }
        return fixture
    }
}
