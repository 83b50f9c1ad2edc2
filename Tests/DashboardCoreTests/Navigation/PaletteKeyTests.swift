import XCTest
@testable import DashboardCore

/// Keys in the `:` palette: typing narrows, arrows choose, Tab completes, Enter opens.
final class PaletteKeyTests: XCTestCase {
    func type(_ text: String, into state: inout AppState) {
        for character in text { _ = state.reduce(.key(.character(character))) }
    }

    func testAFewLettersAndEnterOpenTheBestFuzzyMatch() {
        var state = CoreFixture.state(pane: .overview)
        _ = state.reduce(.key(.character(":")))
        type("prx", into: &state)
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.pane, .proxies)
        XCTAssertEqual(state.ui.mode, .normal)
        XCTAssertNil(state.ui.flash)
    }

    func testArrowsAndCtrlNPChooseTheRowEnterOpensAndTypingResetsTheChoice() {
        var state = CoreFixture.state(pane: .overview)
        _ = state.reduce(.key(.character(":")))
        type("g", into: &state)  // gateways, agents, mcp, logs, kb
        XCTAssertEqual(state.ui.paletteHighlight(for: "g"), 0)
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.control("n")))
        XCTAssertEqual(state.ui.paletteHighlight(for: "g"), 2)
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.down))
        XCTAssertEqual(state.ui.paletteHighlight(for: "g"), 4, "stops at the last match")
        _ = state.reduce(.key(.control("p")))
        _ = state.reduce(.key(.control("p")))
        XCTAssertEqual(state.ui.paletteHighlight(for: "g"), 2)
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.pane, .mcp)

        _ = state.reduce(.key(.character(":")))
        type("g", into: &state)
        _ = state.reduce(.key(.down))
        type("a", into: &state)
        XCTAssertNil(state.ui.paletteChoice, "a changed query starts again from its best match")
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.pane, .gateways)
    }

    func testTabCompletesTheHighlightedRow() {
        var state = CoreFixture.state(pane: .overview)
        _ = state.reduce(.key(.character(":")))
        type("g", into: &state)
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.tab))
        XCTAssertEqual(state.ui.mode, .command("agents"))
    }

    func testAnExactAliasWinsOverTheHighlightAndTodaysCommandsStillRun() {
        var state = CoreFixture.state(pane: .overview)
        _ = state.reduce(.key(.character(":")))
        type("l", into: &state)
        _ = state.reduce(.key(.down))  // a fuzzy match is highlighted, but "l" is limits
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.pane, .limits)

        _ = state.reduce(.key(.character(":")))
        type("7d", into: &state)
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.timeframe, .week)

        _ = state.reduce(.key(.character(":")))
        type("theme nord", into: &state)
        let effects = state.reduce(.key(.enter))
        XCTAssertEqual(state.themes.requested, "nord", "\(effects)")
    }

    func testEnterOnAnEmptyPaletteDoesNothingUnlessARowWasChosen() {
        var state = CoreFixture.state(pane: .limits)
        _ = state.reduce(.key(.character(":")))
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.pane, .limits)
        XCTAssertEqual(state.ui.mode, .normal)
        XCTAssertNil(state.ui.flash)

        _ = state.reduce(.key(.character(":")))
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(
            state.ui.pane,
            CommandPalette.matches("").first.flatMap { match -> Pane? in
                if case .pane(let pane) = match.entry.target { return pane }
                return nil
            })
    }
}
