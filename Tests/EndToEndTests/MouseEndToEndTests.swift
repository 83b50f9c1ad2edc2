import Foundation
import XCTest

/// Issue 11: with `--mouse`, a click selects a row or a pane tab and the wheel scrolls; without it the
/// terminal keeps its own selection (the same bytes do nothing).
final class MouseEndToEndTests: XCTestCase {
    /// An SGR (1006) mouse report, as xterm and tmux send it: button, 1-based column and row.
    func click(_ session: TmuxSession, button: Int = 0, column: Int, row: Int) throws {
        try session.type("\u{1B}[<\(button);\(column);\(row)M")
        if button < 64 { try session.type("\u{1B}[<\(button);\(column);\(row)m") }
    }

    /// The line the selection highlight (reverse video) is on.
    func selectedLine(_ session: TmuxSession) throws -> String? {
        try session.screenWithEscapes().split(separator: "\n").first { $0.contains("\u{1B}[7m") }.map(String.init)
    }

    func testClicksSelectRowsAndPanesAndTheWheelScrolls() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(extraArguments: "--mouse")
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("2")
        let screen = try session.waitFor(text: "Agents 1-")
        let lines = screen.components(separatedBy: "\n")
        guard let headerRow = lines.firstIndex(where: { $0.hasPrefix("Name ") }) else { return XCTFail(screen) }
        let fourth = lines[headerRow + 4]
        let name = String(fourth.prefix(20)).trimmingCharacters(in: .whitespaces)
        try click(session, column: 5, row: headerRow + 5)
        try session.waitFor("the clicked row is selected") { _ in (try? self.selectedLine(session))??.contains(name) == true }

        try click(session, button: 65, column: 5, row: headerRow + 5)
        try click(session, button: 65, column: 5, row: headerRow + 5)
        try session.waitFor("the wheel moved the selection down") { _ in
            (try? self.selectedLine(session))??.contains(name) == false
        }

        guard let tabs = lines.firstIndex(where: { $0.contains("7 Limits") }),
            let column = lines[tabs].range(of: "7 Limits").map({ lines[tabs].distance(from: lines[tabs].startIndex, to: $0.lowerBound) })
        else { return XCTFail(screen) }
        try click(session, column: column + 3, row: tabs + 1)
        try session.waitFor(text: "Usage Limits")
        await fixture.shutdown()
    }

    func testWithoutTheFlagTheTerminalKeepsItsMouse() async throws {
        let fixture = try await SimulatorFixture()
        let plain = try fixture.console()
        defer { plain.kill() }
        try plain.waitFor(text: "connected")
        XCTAssertEqual(
            try plain.display("#{mouse_any_flag}#{mouse_standard_flag}#{mouse_sgr_flag}"), "000\n",
            "no mouse reporting asked for: the terminal's own selection and copy keep working")
        let mouse = try fixture.console(extraArguments: "--mouse")
        defer { mouse.kill() }
        try mouse.waitFor(text: "connected")
        XCTAssertEqual(try mouse.display("#{mouse_standard_flag}#{mouse_sgr_flag}"), "11\n")
        await fixture.shutdown()
    }
}
