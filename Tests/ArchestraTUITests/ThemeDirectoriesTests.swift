import Foundation
import XCTest
@testable import archestra_tui

/// Shipped themes are found beside the binary, under its install prefix and in your own data folder;
/// without any, the built-in default is used.
final class ThemeDirectoriesTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("archestra-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes a theme file whose `name` line says where it is, so a test can tell which copy was loaded.
    func writeTheme(_ name: String, in relativeFolder: String, label: String) throws {
        let themes = folder.appendingPathComponent(relativeFolder)
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try "name = \(label)\nheader = fg:red bg:default bold\n"
            .write(to: themes.appendingPathComponent("\(name).theme"), atomically: true, encoding: .utf8)
    }

    var emptyDataHome: [String: String] {
        ["XDG_DATA_HOME": folder.appendingPathComponent("data").path, "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path]
    }

    func testInstallPrefixIsFoundFromTheBinaryInBin() throws {
        try writeTheme("high-contrast", in: "prefix/share/archestra-tui/themes", label: "from-prefix")
        let directories = ThemeDirectories(executablePath: folder.path + "/prefix/bin/archestra-tui", environment: emptyDataHome)
        XCTAssertEqual(directories.found, [.init(path: folder.path + "/prefix/share/archestra-tui/themes", origin: "install prefix")])
        let resolved = try ThemeLoader.load(name: "high-contrast", directories: directories)
        XCTAssertEqual(resolved.theme.name, "from-prefix")
        XCTAssertEqual(resolved.source, folder.path + "/prefix/share/archestra-tui/themes/high-contrast.theme")
    }

    func testAnUnpackedReleaseFindsThemesNextToTheBinary() throws {
        try writeTheme("high-contrast", in: "release/themes", label: "beside")
        let directories = ThemeDirectories(executablePath: folder.path + "/release/archestra-tui", environment: emptyDataHome)
        XCTAssertEqual(directories.found.map(\.origin), ["next to the binary"])
        XCTAssertEqual(try ThemeLoader.load(name: "high-contrast", directories: directories).theme.name, "beside")
    }

    func testYourOwnThemesComeFirstAndFollowXDGDataHome() throws {
        try writeTheme("high-contrast", in: "prefix/share/archestra-tui/themes", label: "shipped")
        try writeTheme("high-contrast", in: "data/archestra-tui/themes", label: "mine")
        let directories = ThemeDirectories(executablePath: folder.path + "/prefix/bin/archestra-tui", environment: emptyDataHome)
        XCTAssertEqual(directories.found.map(\.origin), ["your own", "install prefix"])
        XCTAssertEqual(try ThemeLoader.load(name: "high-contrast", directories: directories).theme.name, "mine")
    }

    func testDataHomeDefaultsToLocalShareUnderHome() {
        let directories = ThemeDirectories(executablePath: nil, environment: ["HOME": "/home/ops"])
        XCTAssertEqual(
            directories.candidates,
            [
                .init(path: "/home/ops/.config/archestra-tui/themes", origin: "your own"),
                .init(path: "/home/ops/.local/share/archestra-tui/themes", origin: "your own"),
            ])
    }

    func testThemesBesideTheConfigFileOverrideShippedOnesByName() throws {
        try writeTheme("nord", in: "prefix/share/archestra-tui/themes", label: "shipped")
        try writeTheme("nord", in: "config/archestra-tui/themes", label: "mine")
        let directories = ThemeDirectories(executablePath: folder.path + "/prefix/bin/archestra-tui", environment: emptyDataHome)
        XCTAssertEqual(
            directories.found.map(\.path),
            [
                folder.path + "/config/archestra-tui/themes",
                folder.path + "/prefix/share/archestra-tui/themes",
            ])
        XCTAssertEqual(try ThemeLoader.load(name: "nord", directories: directories).theme.name, "mine")
        XCTAssertEqual(ThemeLoader.names(directories: directories), ["default", "monochrome", "nord"])
    }

    func testWithoutThemeFoldersTheBuiltInDefaultIsUsedAndANamedThemeIsAnError() throws {
        let directories = ThemeDirectories(executablePath: folder.path + "/bin/archestra-tui", environment: emptyDataHome)
        XCTAssertEqual(directories.found, [])
        let resolved = try ThemeLoader.load(name: nil, directories: directories)
        XCTAssertEqual(resolved.theme, .default)
        XCTAssertEqual(resolved.source, "built in")
        XCTAssertThrowsError(try ThemeLoader.load(name: "high-contrast", directories: directories)) { error in
            XCTAssertTrue("\(error)".contains("theme 'high-contrast' not found"), "\(error)")
            XCTAssertTrue("\(error)".contains(self.folder.path + "/share/archestra-tui/themes"), "\(error)")
        }
    }

    func testAPathIsReadAsGiven() throws {
        try writeTheme("mine", in: "elsewhere", label: "by-path")
        let directories = ThemeDirectories(executablePath: nil, environment: emptyDataHome)
        let path = folder.path + "/elsewhere/mine.theme"
        XCTAssertEqual(try ThemeLoader.load(name: path, directories: directories).theme.name, "by-path")
    }

    /// The themes this checkout ships are found from the debug build, as `swift run` uses them.
    func testTheCheckoutsThemesAreFoundFromTheBuildFolder() throws {
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let directories = ThemeDirectories(
            executablePath: checkout.path + "/.build/x86_64-unknown-linux-gnu/debug/archestra-tui",
            environment: emptyDataHome)
        XCTAssertEqual(directories.found, [.init(path: checkout.path + "/themes", origin: "source checkout")])
        XCTAssertEqual(
            ThemeDirectories.themeNames(in: checkout.path + "/themes"),
            ["default", "dracula", "high-contrast", "light", "monochrome", "nord", "solarized-dark"])
    }
}
