import Foundation
import XCTest

/// Issue 4 end to end: sizes, signals, hang-ups, odd terminals, locales and NO_COLOR.
final class TerminalFaultEndToEndTests: XCTestCase {
    /// The console's process: the child of the shell tmux started in the pane
    /// (`env` replaces itself with the binary). `pgrep -f` would match its own shell.
    func consolePID(_ session: TmuxSession) throws -> Int32? {
        guard let shell = try session.panePID() else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("archestra-child-\(shell).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try TmuxSession.shell("pgrep -x -P \(shell) archestra-tui > \(file.path)")
        return (try? String(contentsOf: file, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Alive and not a zombie: a process that has exited stays visible to `kill(pid, 0)` until
    /// its new parent reaps it, which can take a while here.
    func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != nil && state != "Z" && state != "X"
    }

    func testResizeStormDownToOneByOneNeverCrashes() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console()
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("7")
        for (width, height) in [(1, 1), (200, 60), (10, 3), (2, 50), (80, 24), (59, 15), (1, 1), (300, 100), (40, 10), (120, 40)] {
            try session.resize(width: width, height: height)
            try await Task.sleep(for: .milliseconds(50))
        }
        try session.resize(width: 59, height: 15)
        try session.waitFor(text: "too small", timeout: 5)
        try session.resize(width: 120, height: 40)
        let screen = try session.waitFor(text: "Usage Limits", timeout: 5)
        XCTAssertFalse(screen.contains("EXITED"), screen)
        await fixture.shutdown()
    }

    func testHangUpEndsTheProgramWithinASecond() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console()
        try session.waitFor(text: "connected")
        let pid = try XCTUnwrap(try consolePID(session), "the console's process")
        XCTAssertTrue(isRunning(pid))
        session.kill()  // the pty closes: SIGHUP, then reads fail
        let deadline = Date().addingTimeInterval(1)
        while isRunning(pid), Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
        XCTAssertFalse(isRunning(pid), "still running after a hang-up")
        await fixture.shutdown()
    }

    func testTerminateRestoresTheTerminal() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console()
        defer { session.kill() }
        try session.waitFor(text: "connected")
        let pid = try XCTUnwrap(try consolePID(session), "the console's process")
        kill(pid, SIGTERM)
        let screen = try session.waitFor(text: "EXITED:0", timeout: 3)
        XCTAssertFalse(screen.contains("Usage limits worst first"), "the dashboard screen is gone after exit:\n\(screen)")
        await fixture.shutdown()
    }

    func testDumbTerminalGetsAClearError() async throws {
        let fixture = try await SimulatorFixture()
        let binary = try Binaries.path("archestra-tui")
        let session = try TmuxSession(
            command: "\(TmuxSession.quote(binary)) --base-url \(fixture.baseURL)",
            environment: ["TERM": "dumb", "ARCHESTRA_API_KEY": fixture.apiKey])
        defer { session.kill() }
        let screen = try session.waitFor(text: "EXITED:", timeout: 5)
        XCTAssertTrue(screen.contains("terminal type 'dumb'"), screen)
        XCTAssertFalse(screen.contains("EXITED:0"), "a failure exit code")
        await fixture.shutdown()
    }

    func testUnknownTerminalTypeAndMissingTTYGiveClearErrors() async throws {
        let fixture = try await SimulatorFixture()
        let binary = try Binaries.path("archestra-tui")
        let unknown = try TmuxSession(
            command: "\(TmuxSession.quote(binary)) --base-url \(fixture.baseURL)",
            environment: ["TERM": "no-such-terminal-xyz", "ARCHESTRA_API_KEY": fixture.apiKey])
        defer { unknown.kill() }
        let screen = try unknown.waitFor(text: "EXITED:", timeout: 5)
        XCTAssertTrue(screen.contains("'no-such-terminal-xyz' is unknown"), screen)
        // stdin at end of file (not a terminal): a message and an exit, never a spinning loop.
        let detached = try TmuxSession(
            command: "\(TmuxSession.quote(binary)) --base-url \(fixture.baseURL) < /dev/null",
            environment: ["ARCHESTRA_API_KEY": fixture.apiKey])
        defer { detached.kill() }
        let message = try detached.waitFor(text: "EXITED:", timeout: 5)
        XCTAssertTrue(message.contains("needs an interactive terminal"), message)
        await fixture.shutdown()
    }

    func testNonUTF8LocaleUsesASCIIGlyphs() async throws {
        let fixture = try await SimulatorFixture()
        let binary = try Binaries.path("archestra-tui")
        let session = try TmuxSession(
            command: "\(TmuxSession.quote(binary)) --base-url \(fixture.baseURL)",
            environment: ["LANG": "C", "LC_ALL": "C", "ARCHESTRA_API_KEY": fixture.apiKey])
        defer { session.kill() }
        let screen = try session.waitFor(text: "connected", timeout: 10)
        // The first frame comes before the limits: wait for the gauges themselves, not only their heading.
        let chartOrGauge = try session.waitFor("the limit gauges", timeout: 5) { $0.contains("Usage limits") && $0.contains("#") }
        let glyphs = chartOrGauge.unicodeScalars.filter { (0x2500...0x28FF).contains($0.value) }
        XCTAssertTrue(
            glyphs.isEmpty, "no box, block or braille glyphs under LANG=C: \(String(String.UnicodeScalarView(glyphs)))\n\(screen)")
        XCTAssertTrue(chartOrGauge.contains("#"), "gauges are drawn with ASCII")
        await fixture.shutdown()
    }

    func testNonUTF8LocaleDrawsServerTextAsAlignedPlaceholders() async throws {
        let fixture = try await SimulatorFixture()
        let agents = try await fixture.client.allAgents()
        let wide = try XCTUnwrap(agents.first { $0.name == "客服助手" }, "the simulator seeds a CJK agent name")
        let binary = try Binaries.path("archestra-tui")
        let session = try TmuxSession(
            command: "\(TmuxSession.quote(binary)) --base-url \(fixture.baseURL)",
            environment: ["LANG": "C", "LC_ALL": "C", "ARCHESTRA_API_KEY": fixture.apiKey],
            width: 120, height: 70)
        defer { session.kill() }
        try session.waitFor(text: "connected", timeout: 10)
        try session.send("2")
        let screen = try session.waitFor("the agents list", timeout: 10) { $0.contains("Agents 1-") && $0.contains("Support Triage") }
        let foreign = screen.unicodeScalars.filter { !$0.isASCII }
        XCTAssertTrue(
            foreign.isEmpty,
            "only ASCII reaches a C-locale terminal, not raw bytes: \(String(String.UnicodeScalarView(foreign)))\n\(screen)")
        let lines = screen.split(separator: "\n").map(String.init)
        // Four CJK characters, two columns each: eight placeholders, and the Type column where every row has it.
        let row = try XCTUnwrap(lines.first { $0.hasPrefix("????????") }, "\(wide.name) drawn as placeholders:\n\(screen)")
        let header = try XCTUnwrap(lines.first { $0.hasPrefix("Name ") })
        let typeColumn = try XCTUnwrap(header.range(of: "Type")).lowerBound.utf16Offset(in: header)
        XCTAssertEqual(row.dropFirst(typeColumn).prefix(5), "agent", "columns stay aligned:\n\(screen)")
        await fixture.shutdown()
    }

    func testNoColorSendsNoColourCodes() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(extraArguments: "")
        defer { session.kill() }
        try session.waitFor(text: "connected")
        let coloured = try session.screenWithEscapes()
        XCTAssertTrue(
            coloured.range(of: "\u{1B}\\[[0-9;]*3[0-9]", options: .regularExpression) != nil
                || coloured.contains("38;5"), "with colour allowed there are colour codes")

        let plain = try TmuxSession(
            command: "\(TmuxSession.quote(try Binaries.path("archestra-tui"))) --base-url \(fixture.baseURL)",
            environment: ["NO_COLOR": "1", "ARCHESTRA_API_KEY": fixture.apiKey])
        defer { plain.kill() }
        try plain.waitFor(text: "connected")
        let escapes = try plain.screenWithEscapes()
        let colourCodes = escapes.range(
            of: "\u{1B}\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+|9[0-7])[;m]", options: .regularExpression)
        XCTAssertNil(colourCodes, "NO_COLOR: no foreground/background colour codes")
        await fixture.shutdown()
    }

    func testLogFileHasNoKeyAndTheScreenNeverShowsIt() async throws {
        let fixture = try await SimulatorFixture()
        let state = NSTemporaryDirectory() + "archestra-e2e-log-\(fixture.port)"
        let binary = try Binaries.path("archestra-tui")
        let session = try TmuxSession(
            command: "\(TmuxSession.quote(binary)) --base-url \(fixture.baseURL) --log-level debug",
            environment: ["ARCHESTRA_API_KEY": fixture.apiKey, "XDG_STATE_HOME": state])
        defer { session.kill() }
        let screen = try session.waitFor(text: "connected")
        try session.send("q")
        try session.waitFor(text: "EXITED:0", timeout: 5)
        let log = try String(contentsOfFile: state + "/archestra-tui/archestra-tui.log", encoding: .utf8)
        XCTAssertTrue(log.contains("starting"), log)
        XCTAssertFalse(log.contains(fixture.apiKey), "the key is not logged")
        XCTAssertFalse(screen.contains(fixture.apiKey))
        let requests = await fixture.simulator.recordedRequests()
        XCTAssertFalse(
            requests.contains { $0.path.contains(fixture.apiKey) || $0.query.values.contains(fixture.apiKey) },
            "the key is never in a URL")
        let mode = try FileManager.default.attributesOfItem(atPath: state + "/archestra-tui/archestra-tui.log")[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        await fixture.shutdown()
    }
}
