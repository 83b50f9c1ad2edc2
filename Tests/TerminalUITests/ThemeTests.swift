import XCTest
import TerminalUI

final class ThemeTests: XCTestCase {
    private var themesDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes")
    }

    func testDefaultThemeFileMatchesTheBuiltInTheme() throws {
        let path = themesDirectory.appendingPathComponent("default.theme").path
        // Parsing on top of the monochrome theme proves the file sets every role itself.
        XCTAssertEqual(try Theme.load(path: path, base: .monochrome), .default)
    }

    func testHighContrastThemeSetsEveryRole() throws {
        let path = themesDirectory.appendingPathComponent("high-contrast.theme").path
        let onMonochrome = try Theme.load(path: path, base: .monochrome)
        let onDefault = try Theme.load(path: path, base: .default)
        XCTAssertEqual(onMonochrome, onDefault)
        XCTAssertEqual(onMonochrome.name, "high-contrast")
        XCTAssertEqual(onMonochrome[.danger].foreground, .bright(.red))
        XCTAssertEqual(onMonochrome[.danger].attributes, [.bold, .underline])
    }

    func testThemeTextRoundTrips() throws {
        XCTAssertEqual(try Theme.parse(Theme.default.themeText, base: .monochrome), .default)
        XCTAssertEqual(try Theme.parse(Theme.monochrome.themeText, base: .default), .monochrome)
    }

    func testParsesSettingsCommentsAndInheritsMissingRoles() throws {
        let theme = try Theme.parse(
            """
            # my theme
            name = ops wall   # trailing comment
              Danger = fg:bright-red bg:0 bold blink fg256:196 bg256:52\r

            ok = fg:33
            """)
        XCTAssertEqual(theme.name, "ops wall")
        XCTAssertEqual(
            theme[.danger],
            RoleAppearance(
                foreground: .bright(.red), background: .indexed(0),
                foreground256: 196, background256: 52, attributes: [.bold, .blink]))
        XCTAssertEqual(theme[.ok], RoleAppearance(foreground: .indexed(33)))
        XCTAssertEqual(theme[.header], Theme.default[.header])
        XCTAssertEqual(try Theme.parse("").name, "custom")
    }

    func testErrorsNameTheLine() {
        assertError("# comment\n\nnormal fg:red", line: 3, message: "expected 'role = settings'")
        assertError("ok = fg:green\nshiny = bold", line: 2, message: "unknown role 'shiny'")
        assertError("ok = fg:pink", line: 1, message: "unknown colour 'pink'")
        assertError("ok = fg:256", line: 1, message: "unknown colour '256'")
        assertError("\n\nok = fg256:300", line: 3, message: "fg256 needs a number 0-255, got '300'")
        assertError("ok = bg256:", line: 1, message: "bg256 needs a number 0-255, got ''")
        assertError("ok = sparkly", line: 1, message: "unknown setting 'sparkly'")
        assertError("ok = size:3", line: 1, message: "unknown setting 'size'")
        assertError("ok =   # nothing", line: 1, message: "no settings given")
        assertError("ok = bold\nwarning = bold\nok = dim", line: 3, message: "'ok' is already set on line 1")
        assertError("name =", line: 1, message: "empty theme name")
        assertError("name = a\nname = b", line: 2, message: "name is set twice")
    }

    func testErrorDescription() {
        XCTAssertEqual(ThemeError(line: 4, message: "unknown role 'x'").description, "line 4: unknown role 'x'")
    }

    func testColoursDegradeWithTheTerminal() {
        let danger = Theme.default[.danger]
        XCTAssertEqual(danger.colors(forColorCount: 256).foreground, .indexed(196))
        XCTAssertEqual(danger.colors(forColorCount: 16).foreground, .named(.red))
        let muted = Theme.default[.muted]
        XCTAssertEqual(muted.colors(forColorCount: 16).foreground, .bright(.black))
        XCTAssertEqual(muted.colors(forColorCount: 8).foreground, .named(.black))
        XCTAssertEqual(muted.colors(forColorCount: 0).foreground, .default)
        XCTAssertEqual(TerminalColor.indexed(200).degraded(toColorCount: 16), .bright(.magenta), "the nearest basic colour, not none")
        XCTAssertEqual(TerminalColor.indexed(9).degraded(toColorCount: 16), .indexed(9))
        XCTAssertEqual(TerminalColor.bright(.red).paletteIndex, 9)
        XCTAssertEqual(TerminalColor.default.paletteIndex, -1)
    }

    func testMonochromeUsesAttributesOnly() {
        for role in ColorRole.allCases {
            XCTAssertEqual(Theme.monochrome[role].foreground, .default, role.rawValue)
            XCTAssertEqual(Theme.monochrome[role].background, .default, role.rawValue)
            XCTAssertNil(Theme.monochrome[role].foreground256, role.rawValue)
        }
        XCTAssertEqual(Theme.monochrome[.danger].attributes, [.bold, .reverse])
        XCTAssertEqual(Theme.monochrome[.critical].attributes, [.bold, .reverse])
        XCTAssertEqual(Theme.monochrome[.selection].attributes, .reverse)
        XCTAssertEqual(Theme.monochrome[.stale].attributes, .dim)
        XCTAssertEqual(Theme.monochrome[.header].attributes, .bold)
        XCTAssertEqual(
            Theme.monochrome.appearance(of: CellStyle(.critical, [.reverse, .blink])).attributes,
            [.bold, .reverse, .blink])
    }

    func testBuiltInByName() {
        XCTAssertEqual(Theme.builtIn(named: "Monochrome"), .monochrome)
        XCTAssertEqual(Theme.builtIn(named: "default"), .default)
        XCTAssertNil(Theme.builtIn(named: "solarized"))
    }

    func testGlyphSetForCodeset() {
        XCTAssertEqual(GlyphSet.forCodeset("UTF-8"), .unicode)
        XCTAssertEqual(GlyphSet.forCodeset("utf8"), .unicode)
        XCTAssertEqual(GlyphSet.forCodeset("ANSI_X3.4-1968"), .ascii)
        XCTAssertEqual(GlyphSet.forCodeset(""), .ascii)
        XCTAssertTrue(GlyphSet.unicode.usesBraille)
        XCTAssertFalse(GlyphSet.ascii.usesBraille)
        XCTAssertEqual(GlyphSet.ascii.sparkLevels.count, 8)
        XCTAssertEqual(GlyphSet.unicode.sparkLevels.count, 8)
        XCTAssertEqual(GlyphSet.unicode.gaugePartials.count, 7)
    }

    private func assertError(_ text: String, line: Int, message: String, file: StaticString = #filePath, lineNumber: UInt = #line) {
        XCTAssertThrowsError(try Theme.parse(text), file: file, line: lineNumber) { error in
            XCTAssertEqual(error as? ThemeError, ThemeError(line: line, message: message), file: file, line: lineNumber)
        }
    }
}
