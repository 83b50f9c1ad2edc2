import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

final class LifecycleTests: XCTestCase {
    func testStartIsIdempotentAndStopClosesThePort() async throws {
        let simulator = ArchestraSimulator(
            options: {
                var options = SimulatorOptions()
                options.trafficInterval = .zero
                return options
            }())
        async let first = simulator.start()
        async let second = simulator.start()
        let ports = try await [first, second]
        XCTAssertEqual(ports[0], ports[1])
        XCTAssertGreaterThan(ports[0], 0)
        let url = await simulator.baseURL
        XCTAssertEqual(url, "http://127.0.0.1:\(ports[0])")

        let harness = SimulatorHarness(simulator: simulator, baseURL: url)
        let health = try await harness.get("/health")
        XCTAssertEqual(health.status, 200)

        await simulator.stop()
        await simulator.stop()
        // The first attempt may reuse the kept-alive connection the server just closed ("closed channel");
        // a new connection must then be refused.
        var errors: [String] = []
        for _ in 0..<2 {
            do {
                // AsyncHTTPClient keeps retrying a refused connection until the deadline, so keep it short.
                _ = try await harness.send(.GET, "/health", timeout: .milliseconds(300))
                XCTFail("the port should be closed after stop()")
            } catch {
                errors.append("\(error)")
                if errors.last?.contains("refused") == true { break }
            }
        }
        XCTAssertTrue(errors.last?.contains("refused") == true, "\(errors)")
    }

    func testBindingAnOccupiedPortThrows() async throws {
        let running = try await startSimulator()
        let port = try XCTUnwrap(Int(running.baseURL.split(separator: ":").last ?? ""))
        var options = SimulatorOptions()
        options.port = port
        options.trafficInterval = .zero
        let clash = ArchestraSimulator(options: options)
        do {
            _ = try await clash.start()
            XCTFail("binding \(port) twice should fail")
            await clash.stop()
        } catch {}
        let stillServing = try await running.get("/health")
        XCTAssertEqual(stillServing.status, 200)
    }

    func testBackgroundTrafficTicksOnItsOwn() async throws {
        let harness = try await startSimulator { $0.trafficInterval = .milliseconds(50) }
        let before = try await harness.json("/api/statistics/overview?timeframe=5m")
        try await Task.sleep(for: .milliseconds(400))
        let after = try await harness.json("/api/statistics/overview?timeframe=5m")
        XCTAssertGreaterThan(after["totalRequests"]?.doubleValue ?? 0, before["totalRequests"]?.doubleValue ?? 0)
    }
}
