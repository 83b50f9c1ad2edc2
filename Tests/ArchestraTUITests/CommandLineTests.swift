import ArgumentParser
import XCTest
@testable import archestra_tui

/// The root command: the dashboard runs when no subcommand is named; `--version` says what was built.
final class CommandLineTests: XCTestCase {
    func testNoSubcommandMeansTheDashboard() throws {
        let command = try ArchestraTUICommand.parseAsRoot(["--demo", "--refresh", "0.5"])
        let dashboard = try XCTUnwrap(command as? DashboardCommand)
        XCTAssertTrue(dashboard.demo)
        XCTAssertEqual(dashboard.settingsOptions.refresh, 0.5)
    }

    func testDashboardCanBeNamed() throws {
        let command = try ArchestraTUICommand.parseAsRoot(["dashboard", "--read-only"])
        XCTAssertEqual((command as? DashboardCommand)?.readOnly, true)
    }

    func testInfoTakesTheSameSettingsFlags() throws {
        let command = try ArchestraTUICommand.parseAsRoot(["info", "--base-url", "https://a.example", "--theme", "x"])
        let info = try XCTUnwrap(command as? InfoCommand)
        XCTAssertEqual(info.settingsOptions.baseURL, "https://a.example")
        XCTAssertEqual(info.settingsOptions.theme, "x")
    }

    func testVersionNamesVersionCommitAndAPIGenerations() {
        let text = VersionText.make(version: "1.2.3", commit: "0123456789ab")
        XCTAssertEqual(
            text,
            """
            archestra-tui 1.2.3
            commit: 0123456789ab
            API generations: 1.2 (Archestra before 1.4), 1.4 (Archestra 1.4 and later)
            """)
        XCTAssertEqual(ArchestraTUICommand.configuration.version, VersionText.make())
    }

    func testADevelopmentBuildSaysSo() {
        XCTAssertTrue(VersionText.make().contains("commit: unknown (development build)"), VersionText.make())
    }
}
