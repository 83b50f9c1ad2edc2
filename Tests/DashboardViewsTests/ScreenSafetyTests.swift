import XCTest
import ArchestraAPI
import DashboardCore
import DashboardViews
import TerminalUI

/// Sizes, hostile text and ASCII terminals: the screen must never crash or leak raw bytes.
final class ScreenSafetyTests: XCTestCase {
    func text(_ buffer: ScreenBuffer) -> String { buffer.lines().joined(separator: "\n") }

    func testTinySizesNeverCrash() {
        // One sample state per pane, made once: building it costs more than drawing it.
        let states = Pane.allCases.map { SampleState.full(pane: $0) }
        for (width, height) in [(0, 0), (1, 1), (10, 3), (59, 15), (59, 40), (200, 15), (-3, -1)] {
            for sample in states {
                var state = sample
                state.ui.mode = .help
                let buffer = DashboardView.render(state, width: width, height: height, glyphs: .unicode)
                XCTAssertEqual(buffer.width, max(0, width))
                XCTAssertEqual(buffer.height, max(0, height))
            }
        }
    }

    func testTooSmallScreenSaysWhatIsNeeded() {
        let buffer = DashboardView.render(SampleState.full(), width: 59, height: 15, glyphs: .unicode)
        XCTAssertTrue(text(buffer).contains("terminal too small (need 60x16)"))
        let tiny = DashboardView.render(SampleState.full(), width: 10, height: 3, glyphs: .unicode)
        XCTAssertTrue(tiny.lines()[1].hasPrefix("terminal"))
    }

    func testEverySizeFromMinimumUpLaysOutEveryPane() {
        // One sample state per pane, made once: building it costs more than drawing it.
        let states = Pane.allCases.map { SampleState.full(pane: $0) }
        for width in stride(from: 60, through: 130, by: 7) {
            for height in [16, 17, 23, 31] {
                for (pane, sample) in zip(Pane.allCases, states) {
                    var state = sample
                    state.ui.screenWidth = width
                    state.ui.screenHeight = height
                    let buffer = DashboardView.render(state, width: width, height: height, glyphs: .unicode)
                    XCTAssertTrue(buffer.lines()[0].contains("connected"), "\(pane) \(width)x\(height)")
                }
            }
        }
    }

    func testEscapeSequencesInNamesAreNeutralised() {
        let buffer = DashboardView.render(SampleState.full(pane: .agents), width: 80, height: 24, glyphs: .unicode)
        let screen = text(buffer)
        XCTAssertFalse(screen.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        XCTAssertTrue(screen.contains("evil"))
    }

    func testAsciiModeDrawsOnlyAsciiExceptServerNames() {
        let serverText = SampleState.agents.map(\.name).joined() + SampleState.agentStatistics.map(\.agentName).joined()
        let allowed = Set(serverText.unicodeScalars.filter { !$0.isASCII })
        for pane in Pane.allCases {
            let sample = SampleState.full(pane: pane)
            for (width, height) in [(80, 24), (160, 48)] {
                var state = sample
                state.ui.screenWidth = width
                state.ui.screenHeight = height
                for mode in [InputMode.normal, .help] {
                    state.ui.mode = mode
                    let screen = text(DashboardView.render(state, width: width, height: height, glyphs: .ascii))
                    let foreign = screen.unicodeScalars.filter { !$0.isASCII && !allowed.contains($0) }
                    XCTAssertTrue(foreign.isEmpty, "\(pane) \(mode) \(width)x\(height): \(String(String.UnicodeScalarView(foreign)))")
                }
            }
        }
    }

    func testOurOwnMessagesOnTheStatusLineAreFoldedToAscii() {
        var state = SampleState.full(pane: .agents)
        state.ui.flash = "contexts: [prod] staging — :ctx NAME switches… ≥90 %"
        let screen = DashboardView.render(state, width: 100, height: 24, glyphs: .ascii).lines()
        XCTAssertTrue(
            screen.contains { $0.hasPrefix("contexts: [prod] staging - :ctx NAME switches... >=90 %") }, screen.joined(separator: "\n"))
    }

    func testOurOwnWordingInTableCellsIsFoldedToAscii() {
        var state = SampleState.full(pane: .limits)
        // $1 spent in the 20 hours since the last reset of a $100 daily cap: "≈$1.20 at reset".
        let spent = ModelUsage(model: "a", tokensIn: 1, tokensOut: 1, cost: 1)
        state.limits.succeed(
            [
                UsageLimit(
                    id: "w1", entityType: .organization, entityId: "org", limitType: .tokenCost, limitValue: 100,
                    cleanupInterval: CleanupInterval(rawValue: "24h"),
                    lastCleanup: ISO8601.string(from: state.now.addingTimeInterval(-20 * 3600)),
                    modelUsage: [spent])
            ], at: state.now)
        let unicode = DashboardView.render(state, width: 120, height: 30, glyphs: .unicode).lines()
        let ascii = DashboardView.render(state, width: 120, height: 30, glyphs: .ascii).lines()
        let forecasts = unicode.filter { $0.contains("≈$") }
        XCTAssertFalse(forecasts.isEmpty, "the sample has a limit forecast to stay within its cap:\n" + unicode.joined(separator: "\n"))
        XCTAssertEqual(ascii.filter { $0.contains("~$") }.count, forecasts.count, ascii.joined(separator: "\n"))
        XCTAssertFalse(ascii.contains { $0.contains("?$") }, "no placeholder where our own wording was")
    }
}
