import XCTest
import DashboardCore
import DashboardViews
import TerminalUI

/// What the `:` palette shows at 80x24: the matches in a box above the status line, the chosen
/// one highlighted, the dimmed completion on the status line.
final class PaletteScreenTests: XCTestCase {
    func render(_ state: AppState, glyphs: GlyphSet = .unicode) -> ScreenBuffer {
        var sized = state
        sized.ui.screenWidth = 80
        sized.ui.screenHeight = 24
        return DashboardView.render(sized, width: 80, height: 24, glyphs: glyphs)
    }

    func testAnEmptyQueryListsEveryPaneGroupedAboveTheStatusLine() {
        var state = SampleState.full(pane: .agents)
        state.ui.mode = .command("")
        let lines = render(state).lines()
        XCTAssertEqual(lines[22], ":")
        XCTAssertTrue(lines[21].hasPrefix("└"), "the box ends just above the status line: \(lines[21])")
        // The box grows upwards with each pane; it starts where its title is.
        guard let top = lines.firstIndex(where: { $0.hasPrefix("┌─ open a pane · Tab completes") }) else {
            return XCTFail(lines.joined(separator: "\n"))
        }
        let rows = lines[(top + 1)...20].map { $0 }
        XCTAssertTrue(rows[0].hasPrefix("│ :agents      a          Agents "), rows[0])
        XCTAssertTrue(rows[0].contains("resources    2"), rows[0])
        XCTAssertTrue(rows[6].hasPrefix("│ :teams       team       Teams "), rows[6])
        XCTAssertTrue(rows[7].hasPrefix("│ :connectors  connector  Connectors "), rows[7])
        XCTAssertTrue(rows[8].hasPrefix("│ :tools       tool       Tools "), rows[8])
        XCTAssertTrue(rows[9].hasPrefix("│ :overview    o          Overview "), rows[9])
        XCTAssertTrue(rows[9].contains("observation  1"), rows[9])
        // More entries than rows at 80x24: the arrows scroll, the highlighted row stays in view.
        var last = state
        last.ui.paletteChoice = CommandPalette.matches("").count - 1
        let scrolled = render(last).lines()
        XCTAssertTrue(scrolled[20].hasPrefix("│ :quit        q "), scrolled[20])
        let buffer = render(state)
        XCTAssertNotEqual(buffer[2, top + 1].style.role, .selection, "nothing is chosen before typing")
    }

    func testTypingNarrowsAndHighlightsTheBestMatchWithItsCompletion() {
        var state = SampleState.full(pane: .agents)
        state.ui.mode = .command("me")
        let buffer = render(state)
        let lines = buffer.lines()
        XCTAssertEqual(lines[22], ":metrics", "the best match completes, dimmed")
        XCTAssertEqual(buffer[3, 22].style.role, .muted)
        XCTAssertTrue(lines[18].hasPrefix("┌─ open a pane"), lines[18])
        XCTAssertTrue(lines[19].hasPrefix("│ :metrics  m  Metrics "), lines[19])
        XCTAssertEqual(buffer[2, 19].style.role, .selection, "the best match is highlighted")
        XCTAssertTrue(lines[20].hasPrefix("│ :theme "), lines[20])
        XCTAssertNotEqual(buffer[2, 20].style.role, .selection)

        state.ui.paletteChoice = 1
        let chosen = render(state)
        XCTAssertEqual(chosen[2, 20].style.role, .selection, "the arrows move the highlight")
        XCTAssertEqual(chosen.lines()[22], ":me", "no completion: the chosen row does not start with what is typed")
    }

    func testNothingMatchingSaysSoAndASCIITerminalsGetASCII() {
        var state = SampleState.full(pane: .agents)
        state.ui.mode = .command("zzz")
        XCTAssertTrue(render(state).lines()[20].hasPrefix("│ nothing matches :zzz (Esc closes, Backspace edits)"))
        state.ui.mode = .command("")
        let ascii = render(state, glyphs: .ascii).lines()
        XCTAssertTrue(ascii.contains { $0.hasPrefix("+- open a pane | Tab completes | ^ v choose") }, ascii.joined(separator: "\n"))
        XCTAssertTrue(ascii.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }, ascii.joined(separator: "\n"))
    }
}
