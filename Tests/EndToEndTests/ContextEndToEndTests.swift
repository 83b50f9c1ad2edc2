import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Issue 11: two instances in config.yaml, a 1.2 and a 1.4 one; `:ctx` switches between them in one run.
final class ContextEndToEndTests: XCTestCase {
    func testCtxSwitchesBetweenA12AndA14ServerWithoutRestarting() async throws {
        var oldOptions = SimulatorFixture.stableOptions()
        oldOptions.generation = .v1_2
        oldOptions.apiKey = "arch_old_generation_key"
        var newOptions = SimulatorFixture.stableOptions()
        newOptions.generation = .v1_4
        newOptions.apiKey = "arch_new_generation_key"
        let old = try await SimulatorFixture(options: oldOptions)
        let new = try await SimulatorFixture(options: newOptions)

        let home = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("archestra-ctx-\(UUID().uuidString)")
        let folder = home.appendingPathComponent("archestra-tui")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let keyFile = folder.appendingPathComponent("new.key")
        try "arch_new_generation_key\n".write(to: keyFile, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: keyFile.path)
        try """
        currentContext: legacy
        refresh: 0.5
        contexts:
          - name: legacy
            baseURL: \(old.baseURL)
            apiKeyEnv: LEGACY_KEY
            readOnly: true
          - name: current
            baseURL: \(new.baseURL)
            apiKeyFile: \(keyFile.path)
          - name: broken
            baseURL: http://127.0.0.1:9
            apiKeyFile: \(folder.path)/missing.key
        """.write(to: folder.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)

        var environment = [
            "XDG_CONFIG_HOME": home.path, "LEGACY_KEY": "arch_old_generation_key",
            "XDG_STATE_HOME": TestFolders.state,
        ]
        for name in ["http_proxy", "https_proxy", "all_proxy", "no_proxy", "ARCHESTRA_API_KEY", "ARCHESTRA_BASE_URL"] {
            environment[name] = ""
            environment[name.uppercased()] = ""
        }
        let session = try TmuxSession(command: TmuxSession.quote(try Binaries.path("archestra-tui")), environment: environment)
        defer { session.kill() }

        // The first frame (context name, still connecting) comes before the server says its version.
        let legacy = try session.waitFor("the legacy context's 1.2 server") { $0.contains("[legacy]") && $0.contains("1.2") }
        XCTAssertTrue(legacy.contains("API 1.2") || legacy.contains("1.2"), legacy)
        try session.send("4")
        try session.waitFor("the 1.2 proxies are agents of type llm_proxy") { $0.contains("LLM Proxies") && $0.contains("default") }
        try session.waitFor(text: "read-only")

        // A context that cannot be opened leaves the console where it was.
        try session.type(":ctx broken")
        try session.send("Enter")
        let refused = try session.waitFor(text: "cannot switch to broken")
        XCTAssertTrue(refused.contains("[legacy]"), refused)

        await new.simulator.clearRecordedRequests()
        try session.type(":ctx current")
        try session.send("Enter")
        let current = try session.waitFor(text: "[current]")
        XCTAssertFalse(current.contains("[legacy]"), current)
        try session.waitFor("the 1.4 singleton proxy on the same pane") { $0.contains("API 1.4") && $0.contains("LLM Prox") }
        await old.simulator.clearRecordedRequests()
        await new.simulator.clearRecordedRequests()
        // Two polls of the new instance's pane: the old one's pollers, if still running, would have asked too.
        let pollsBy = Date().addingTimeInterval(15)
        while await new.simulator.recordedRequests().filter({ $0.path == "/api/llm-proxy" }).count < 2, Date() < pollsBy {
            try await Task.sleep(for: .milliseconds(100))
        }
        let oldAfter = await old.simulator.recordedRequests()
        XCTAssertEqual(oldAfter.map(\.path), [], "the old instance's pollers are stopped")
        let newRequests = await new.simulator.recordedRequests()
        XCTAssertFalse(newRequests.isEmpty)
        XCTAssertTrue(newRequests.allSatisfy { $0.authorization == "arch_new_generation_key" }, "the new context's key")
        XCTAssertTrue(newRequests.contains { $0.path == "/api/llm-proxy" }, newRequests.map(\.path).joined(separator: " "))

        try session.type(":ctx")
        try session.send("Enter")
        try session.waitFor(text: "contexts: legacy [current] broken")
        await old.shutdown()
        await new.shutdown()
    }

    /// Issue 21, item 11: a context whose key file is missing is a broken context, not a wrong command line.
    func testAContextThatCannotBeOpenedAtStartIsNamedAndExitsOne() throws {
        let home = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("archestra-ctx-\(UUID().uuidString)")
        let folder = home.appendingPathComponent("archestra-tui")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let missing = folder.appendingPathComponent("missing.key").path
        try """
        contexts:
          - name: fine
            baseURL: http://127.0.0.1:9
            apiKeyEnv: FINE_KEY
          - name: broken
            baseURL: http://127.0.0.1:9
            apiKeyFile: \(missing)
        """.write(to: folder.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)

        for arguments in [["--context", "broken"], ["dashboard", "--context", "broken"]] {
            let run = try CommandRun.run(
                try Binaries.path("archestra-tui"), arguments,
                environment: ["XDG_CONFIG_HOME": home.path, "TERM": "xterm"])
            XCTAssertEqual(run.status, 1, run.stderr)
            XCTAssertTrue(run.stderr.contains("context broken"), run.stderr)
            XCTAssertTrue(run.stderr.contains(missing) && run.stderr.contains("No such file"), run.stderr)
            XCTAssertFalse(run.stderr.lowercased().contains("usage:"), "not a command-line mistake: \(run.stderr)")
        }
    }

    /// Issue 21, item 13: the header does not claim a context whose server `ARCHESTRA_BASE_URL` replaced.
    func testTheHeaderMarksAContextWhoseServerTheEnvironmentReplaced() async throws {
        let fixture = try await SimulatorFixture()
        let home = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("archestra-ctx-\(UUID().uuidString)")
        let folder = home.appendingPathComponent("archestra-tui")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try """
        currentContext: new
        contexts:
          - name: new
            baseURL: http://127.0.0.1:9
        """.write(to: folder.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        var environment = [
            "XDG_CONFIG_HOME": home.path, "ARCHESTRA_BASE_URL": fixture.baseURL, "ARCHESTRA_API_KEY": fixture.apiKey,
            "XDG_STATE_HOME": NSTemporaryDirectory() + "archestra-e2e-state",
        ]
        for name in ["http_proxy", "https_proxy", "all_proxy", "no_proxy"] {
            environment[name] = ""
            environment[name.uppercased()] = ""
        }
        let session = try TmuxSession(command: TmuxSession.quote(try Binaries.path("archestra-tui")), environment: environment)
        defer { session.kill() }
        let screen = try session.waitFor("the header names the overridden context") { $0.contains("[new*] " + fixture.baseURL) }
        XCTAssertFalse(screen.contains("[new]"), screen)
        session.kill()
        await fixture.shutdown()
    }
}
