import Foundation
import XCTest

/// `archestra-sim` as a separate process: the announced line, serving, and a clean exit on SIGTERM.
final class SimulatorProcessTests: XCTestCase {
    private final class BundleMarker {}

    private func binary() throws -> String {
        let bundle = Bundle(for: BundleMarker.self).bundleURL
        let candidates = [bundle.deletingLastPathComponent(), bundle].map { $0.appendingPathComponent("archestra-sim").path }
        guard let found = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw XCTSkip("archestra-sim is not built next to the test bundle (run `swift build --build-tests`)")
        }
        return found
    }

    func testAnnouncesItsAddressServesAndExitsOnSIGTERM() async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary())
        process.arguments = [
            "--port", "0", "--agents", "5", "--knowledge-bases", "30", "--generation", "1.2", "--no-auth", "--traffic-interval", "0",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let line = try await firstLine(of: output.fileHandleForReading, within: .seconds(10))
        let prefix = "archestra-sim listening on http://127.0.0.1:"
        XCTAssertTrue(line.hasPrefix(prefix), line)
        let port = try XCTUnwrap(Int(line.dropFirst(prefix.count)), line)

        let harness = RemoteServer(baseURL: "http://127.0.0.1:\(port)")
        let ready = try await harness.get("/ready", authorization: nil)
        XCTAssertEqual(ready.json?["version"], .string("1.2.56"))
        let agents = try await harness.get("/api/agents", authorization: nil)
        XCTAssertEqual(agents.status, 200, "--no-auth serves /api without a key")
        XCTAssertEqual(agents.json?.page("total"), 7, "5 agents plus the two 1.2 LLM-proxy agents")
        let bases = try await harness.get("/api/knowledge-bases", authorization: nil)
        XCTAssertEqual(bases.json?.page("total"), 36, "30 generated knowledge bases plus the six seeded ones")
        let logs = try await harness.get("/api/interactions", authorization: nil)
        XCTAssertEqual(logs.json?.page("total"), 0, "no interactions are logged unless --log-rate asks")

        process.terminate()  // SIGTERM
        let clock = ContinuousClock()
        let start = clock.now
        while process.isRunning, clock.now - start < .seconds(5) {
            try await Task.sleep(for: .milliseconds(20))
        }
        XCTAssertFalse(process.isRunning)
        XCTAssertEqual(process.terminationStatus, 0)
    }

    func testLogOptionsSetTheRateThePagingAndTheCapacity() async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary())
        process.arguments = [
            "--port", "0", "--agents", "5", "--generation", "1.2", "--no-auth", "--traffic-interval", "0",
            "--log-rate", "3", "--log-capacity", "700", "--log-paging", "cursor",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let line = try await firstLine(of: output.fileHandleForReading, within: .seconds(10))
        let port = try XCTUnwrap(Int(line.split(separator: ":").last ?? ""), line)
        let harness = RemoteServer(baseURL: "http://127.0.0.1:\(port)")
        let interactions = try await harness.get("/api/interactions?limit=1", authorization: nil)
        XCTAssertEqual(interactions.json?.page("total"), 700, "five minutes at 3/s is 900, cut to the capacity")
        let calls = try await harness.get("/api/mcp-tool-calls?limit=1", authorization: nil)
        XCTAssertNotNil(calls.json?["pagination"]?["nextCursor"]?.stringValue, "cursor pages although the world is 1.2")
        process.terminate()
        process.waitUntilExit()

        let rejected = Process()
        rejected.executableURL = URL(fileURLWithPath: try binary())
        rejected.arguments = ["--log-paging", "sideways"]
        rejected.standardOutput = FileHandle.nullDevice
        rejected.standardError = FileHandle.nullDevice
        try rejected.run()
        rejected.waitUntilExit()
        XCTAssertNotEqual(rejected.terminationStatus, 0)
    }

    func testRejectsAnUnknownGeneration() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary())
        process.arguments = ["--generation", "2.0"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertNotEqual(process.terminationStatus, 0)
    }

    /// Reads until the first newline (the announcement is written unbuffered).
    private func firstLine(of handle: FileHandle, within limit: Duration) async throws -> String {
        let reader = Task.detached { () -> String in
            var bytes: [UInt8] = []
            while true {
                let chunk = handle.readData(ofLength: 1)
                guard let byte = chunk.first else { break }
                if byte == UInt8(ascii: "\n") { break }
                bytes.append(byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let timer = Task {
            try await Task.sleep(for: limit)
            reader.cancel()
        }
        defer { timer.cancel() }
        return await reader.value
    }
}
