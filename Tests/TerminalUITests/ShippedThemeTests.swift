import Foundation
import XCTest
@testable import TerminalUI

/// Every shipped theme loads, and what it gives each role on 256- and 16-colour terminals is kept
/// in a golden file per theme (re-record with RECORD_GOLDENS=1 and read the diff).
final class ShippedThemeTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shipped = ["default", "light", "solarized-dark", "dracula", "nord", "high-contrast", "monochrome"]

    func load(_ name: String) throws -> Theme {
        try Theme.load(path: Self.root.appendingPathComponent("themes/\(name).theme").path)
    }

    func testEverySchemaRoleIsDocumentedAndEveryShippedThemeLoads() throws {
        let schema = try String(contentsOf: Self.root.appendingPathComponent("docs/themes.md"), encoding: .utf8)
        for role in ColorRole.allCases { XCTAssertTrue(schema.contains("`\(role.rawValue)`"), role.rawValue) }
        for name in Self.shipped {
            let theme = try load(name)
            XCTAssertEqual(theme.name, name)
        }
        XCTAssertEqual(try load("monochrome"), Theme.monochrome, "the file and the built-in NO_COLOR theme are the same")
    }

    /// "role  fg  bg  attributes" for a colour count.
    func palette(_ theme: Theme, colors: Int) -> String {
        ColorRole.allCases.map { role in
            let appearance = theme[role]
            let (foreground, background) = appearance.colors(forColorCount: colors)
            let attributes = [
                ("bold", TextAttributes.bold), ("dim", .dim), ("reverse", .reverse), ("underline", .underline), ("blink", .blink),
            ]
            .filter { appearance.attributes.contains($0.1) }.map(\.0).joined(separator: ",")
            return [role.rawValue, foreground.themeText, background.themeText, attributes]
                .map { $0.padding(toLength: 14, withPad: " ", startingAt: 0) }.joined().trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }

    func testEachThemeAt256And16Colours() throws {
        let folder = Self.root.appendingPathComponent("Tests/TerminalUITests/ThemeGolden")
        for name in Self.shipped {
            let theme = try load(name)
            for colors in [256, 16] {
                let text = palette(theme, colors: colors)
                let file = folder.appendingPathComponent("\(name)-\(colors).txt")
                if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
                    try text.write(to: file, atomically: true, encoding: .utf8)
                    continue
                }
                let expected = try String(contentsOf: file, encoding: .utf8)
                XCTAssertEqual(text, expected, "\(name) at \(colors) colours")
            }
        }
    }

    func testColoursDegradeToWhatTheTerminalShows() {
        let nordFrost = TerminalColor(themeText: "#88c0d0")
        XCTAssertEqual(nordFrost, .rgb(0x88, 0xc0, 0xd0))
        XCTAssertEqual(nordFrost?.degraded(toColorCount: TerminalColor.directColorCount), nordFrost)
        XCTAssertEqual(nordFrost?.degraded(toColorCount: 256), .indexed(110))
        XCTAssertEqual(nordFrost?.degraded(toColorCount: 16), .bright(.black), "a pale blue is nearest the grey")
        XCTAssertEqual(TerminalColor.rgb(200, 30, 30).degraded(toColorCount: 8), .named(.red))
        XCTAssertEqual(TerminalColor.indexed(196).degraded(toColorCount: 16), .bright(.red))
        XCTAssertEqual(TerminalColor.bright(.red).degraded(toColorCount: 8), .named(.red))
        XCTAssertEqual(TerminalColor.rgb(1, 2, 3).degraded(toColorCount: 0), .default)
        XCTAssertEqual(TerminalColor.rgb(0x0a, 0xbc, 0xde).themeText, "#0abcde")
    }
}
