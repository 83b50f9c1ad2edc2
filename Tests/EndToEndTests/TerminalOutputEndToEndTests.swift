import Foundation
import XCTest

/// What a console left open sends its terminal: each frame in one write, so over SSH a frame is one
/// packet and the terminal (or tmux) handles one burst, not a write per row.
final class TerminalOutputEndToEndTests: XCTestCase {
    func testEachIdleFrameGoesOutInOneWrite() async throws {
        guard let strace = ["/usr/bin/strace", "/bin/strace"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("strace is not installed (`apt-get install strace`; .ci/run installs it)")
        }
        let fixture = try await SimulatorFixture()
        let trace = NSTemporaryDirectory() + "archestra-e2e-writes-\(UUID().uuidString).txt"
        let session = try fixture.console(refresh: 1, commandPrefix: "\(strace) -f -qq -ttt -e trace=write -e signal=none -o \(trace)")
        defer {
            session.kill()
            try? FileManager.default.removeItem(atPath: trace)
        }
        try session.waitFor(text: "connected")
        // Past the first seconds, when answers are drawn as they come: left alone it draws on its clock tick,
        // so the console has settled once a second passes with at most two writes.
        let settleBy = Date().addingTimeInterval(15)
        var previous = Self.terminalWrites(trace)
        while Date() < settleBy {
            try await Task.sleep(for: .seconds(1))
            let now = Self.terminalWrites(trace)
            defer { previous = now }
            if now - previous <= 2 { break }
        }
        // The writes of three seconds of the trace's own clock: wait until it holds a write past the window.
        let start = Self.terminalWriteTimes(trace).last ?? 0
        let windowEnd = start + 3
        _ = try session.waitFor("the trace to pass the three-second window") { _ in
            (Self.terminalWriteTimes(trace).last ?? 0) > windowEnd
        }
        let writes = Self.terminalWriteTimes(trace).filter { $0 > start && $0 <= windowEnd }.count
        XCTAssertGreaterThanOrEqual(writes, 1, "the trace sees the frames of the clock tick")
        // About one frame a second; a frame split by rows was about ten writes.
        XCTAssertLessThanOrEqual(writes, 5, "\(writes) writes to the terminal in 3 s")
        await fixture.shutdown()
    }

    /// `write(1, …)` calls in an strace log (`-f` puts the thread id first).
    static func terminalWrites(_ path: String) -> Int {
        terminalWriteTimes(path).count
    }

    /// When each `write(1, …)` happened, in seconds since 1970 (`-ttt` writes the time before the call).
    static func terminalWriteTimes(_ path: String) -> [Double] {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { $0.contains("write(1,") }.compactMap { line in
            line.split(separator: " ").lazy.compactMap { Double($0) }.first { $0 > 1_000_000 }
        }
    }
}
