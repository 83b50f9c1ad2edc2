import Foundation
import XCTest
@testable import archestra_tui

/// `archestra-tui info`: paths and server in use, where themes were found, and never a key.
final class InfoCommandTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("archestra-info-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    var environment: [String: String] {
        [
            "HOME": folder.path + "/home", "XDG_CONFIG_HOME": folder.path + "/config", "XDG_STATE_HOME": folder.path + "/state",
            "XDG_DATA_HOME": folder.path + "/data",
        ]
    }

    func report(
        _ arguments: [String], environment: [String: String]? = nil,
        executable: String? = nil
    ) throws -> (text: String, failed: Bool) {
        let command = try InfoCommand.parse(arguments)
        let result = command.report(
            environment: environment ?? self.environment,
            executablePath: executable ?? folder.path + "/bin/archestra-tui")
        return (result.lines.joined(separator: "\n"), result.failed)
    }

    func testPathsServerAndTheBuiltInThemeWhenNoThemesAreInstalled() throws {
        let (text, failed) = try report([])
        XCTAssertFalse(failed, text)
        XCTAssertTrue(text.contains("config file: \(folder.path)/config/archestra-tui/config.yaml (not present)"), text)
        XCTAssertTrue(text.contains("server:      http://localhost:9000 (from default)"), text)
        XCTAssertTrue(text.contains("API key:     none"), text)
        XCTAssertTrue(text.contains("network:     proxy none"), text)
        XCTAssertTrue(text.contains("theme:       default (built in)"), text)
        XCTAssertTrue(text.contains("themes:      no theme folder found; the built-in default theme is used"), text)
        XCTAssertTrue(text.contains("log:         \(folder.path)/state/archestra-tui/archestra-tui.log"), text)
        XCTAssertTrue(text.contains("audit log:   \(folder.path)/state/archestra-tui/audit.log"), text)
        XCTAssertTrue(text.contains("recovery:    \(folder.path)/state/archestra-tui/recovery"), text)
    }

    func testTheKeyIsNeverShownOnlyWhereItCameFrom() throws {
        let secret = "arch_secret_do_not_print_4242"
        var environment = self.environment
        environment["ARCHESTRA_API_KEY"] = secret
        environment["ARCHESTRA_BASE_URL"] = "https://archestra.example.com"
        let (text, _) = try report([], environment: environment)
        XCTAssertFalse(text.contains(secret), text)
        XCTAssertFalse(text.contains("4242"), "not even a part of the key: \(text)")
        XCTAssertTrue(text.contains("API key:     set, from ARCHESTRA_API_KEY (not shown)"), text)
        XCTAssertTrue(text.contains("server:      https://archestra.example.com (from ARCHESTRA_BASE_URL)"), text)
    }

    func testAKeyInTheConfigFileIsNamedByFileAndTheContextsAreListed() throws {
        let config = folder.appendingPathComponent("config/archestra-tui/config.yaml")
        try FileManager.default.createDirectory(at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
        try """
        currentContext: lab
        theme: high-contrast
        contexts:
          - name: prod
            baseURL: https://archestra.example.com
            readOnly: true
          - name: lab
            baseURL: http://10.1.2.3:9000
            apiKey: arch_in_file_777
        """.write(to: config, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: config.path)
        let prefixThemes = folder.appendingPathComponent("share/archestra-tui/themes")
        try FileManager.default.createDirectory(at: prefixThemes, withIntermediateDirectories: true)
        try "name = high-contrast\n".write(
            to: prefixThemes.appendingPathComponent("high-contrast.theme"), atomically: true, encoding: .utf8)

        let (text, failed) = try report([])
        XCTAssertFalse(failed, text)
        XCTAssertFalse(text.contains("arch_in_file_777"), text)
        XCTAssertTrue(text.contains("config file: \(config.path)\n"), text)
        XCTAssertTrue(text.contains("contexts:    prod [lab]"), text)
        XCTAssertTrue(text.contains("context:     lab\n"), text)
        XCTAssertTrue(text.contains("API key:     set, from \(config.path) (context lab) (not shown)"), text)
        XCTAssertTrue(text.contains("server:      http://10.1.2.3:9000 (from context lab in \(config.path))"), text)
        XCTAssertTrue(text.contains("theme:       high-contrast (\(prefixThemes.path)/high-contrast.theme)"), text)
        XCTAssertTrue(text.contains("themes:      \(prefixThemes.path) (install prefix): high-contrast"), text)

        let (prodText, _) = try report(["--context", "prod"])
        XCTAssertTrue(prodText.contains("context:     prod (read-only)"), prodText)
        XCTAssertTrue(prodText.contains("server:      https://archestra.example.com (from context prod in \(config.path))"), prodText)
        XCTAssertTrue(prodText.contains("API key:     none"), prodText)
    }

    /// Issue 21, item 13: `ARCHESTRA_BASE_URL` taking over a context's server is said, not hidden behind its name.
    func testAContextWhoseServerIsOverriddenIsMarkedAndTheOverrideShown() throws {
        let config = folder.appendingPathComponent("config/archestra-tui/config.yaml")
        try FileManager.default.createDirectory(at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
        try """
        currentContext: new
        contexts:
          - name: new
            baseURL: http://127.0.0.1:19000
        """.write(to: config, atomically: true, encoding: .utf8)
        var environment = self.environment
        environment["ARCHESTRA_BASE_URL"] = "http://127.0.0.1:19001"
        let (text, _) = try report([], environment: environment)
        XCTAssertTrue(text.contains("context:     new*\n"), text)
        XCTAssertTrue(
            text.contains("overridden:  server http://127.0.0.1:19001 from ARCHESTRA_BASE_URL, not the context's http://127.0.0.1:19000"),
            text)
        XCTAssertTrue(text.contains("server:      http://127.0.0.1:19001 (from ARCHESTRA_BASE_URL)"), text)

        // The same URL as the context's is no override.
        environment["ARCHESTRA_BASE_URL"] = "http://127.0.0.1:19000"
        let (same, _) = try report([], environment: environment)
        XCTAssertTrue(same.contains("context:     new\n"), same)
        XCTAssertFalse(same.contains("overridden:"), same)
    }

    func testAFavouriteThatIsNoPaneIsAWarning() throws {
        let config = folder.appendingPathComponent("config/archestra-tui/config.yaml")
        try FileManager.default.createDirectory(at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "favorites: [limits, lmits]\n".write(to: config, atomically: true, encoding: .utf8)
        let (text, failed) = try report([])
        XCTAssertFalse(failed, "a warning, not a failure: \(text)")
        XCTAssertTrue(
            text.contains("warning:     favorites: 'lmits' (for 2) is not a pane; 2 opens nothing (panes: overview, agents,"), text)
    }

    func testTheOldConfigFileIsNamedWithTheNewOne() throws {
        let old = folder.appendingPathComponent("config/archestra-tui/config")
        try FileManager.default.createDirectory(at: old.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "base_url = http://old:9000\n".write(to: old, atomically: true, encoding: .utf8)
        let (text, failed) = try report([])
        XCTAssertFalse(failed, "the old file is a warning, not a failure: \(text)")
        XCTAssertTrue(text.contains("warning:     \(old.path) is no longer read: move its settings to \(old.path).yaml (YAML: "), text)
        XCTAssertTrue(text.contains("server:      http://localhost:9000 (from default)"), "the old file's values are not used: \(text)")
    }

    func testAProblemIsReportedAndFailsTheCommand() throws {
        let (text, failed) = try report(["--theme", "no-such-theme"])
        XCTAssertTrue(failed)
        XCTAssertTrue(text.contains("theme:       ERROR theme 'no-such-theme' not found"), text)
        // The rest is still printed: that is what info is for.
        XCTAssertTrue(text.contains("log:         "), text)

        let open = folder.appendingPathComponent("open-config.yaml")
        try "contexts:\n  - name: a\n    apiKey: arch_x\n".write(to: open, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: open.path)
        let (openText, openFailed) = try report(["--config", open.path])
        XCTAssertTrue(openFailed)
        XCTAssertTrue(openText.contains("settings:    ERROR \(open.path) holds an API key but is readable by group or others"), openText)
    }
}
