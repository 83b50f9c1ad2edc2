import XCTest
import ArchestraAPI
import DashboardCore
import DashboardViews
import TerminalUI

/// `:logs` beyond the plain list: a refusal's detail, a paused follow, and model output kept off the terminal.
final class LogScreenTests: XCTestCase {
    func render(_ state: AppState, _ width: Int, _ height: Int, glyphs: GlyphSet = .unicode) -> ScreenBuffer {
        var sized = state
        sized.ui.screenWidth = width
        sized.ui.screenHeight = height
        return DashboardView.render(sized, width: width, height: height, glyphs: glyphs)
    }

    /// The refusal (the fourth row) opened with its full record.
    func refusalDetail(width: Int, height: Int) -> AppState {
        var state = SampleState.full(pane: .logs)
        state.ui.screenWidth = width
        state.ui.screenHeight = height
        state.setItem(LogsResource.record, "i-1", SampleLogs.refusalRecord, at: SampleState.time(1))
        for _ in 0..<3 { _ = state.reduce(.key(.character("j"))) }
        _ = state.reduce(.key(.enter))
        return state
    }

    func testRefusalDetailAtBothSizes() {
        for (width, height) in PaneGoldenTests.sizes {
            Golden.assert(
                render(refusalDetail(width: width, height: height), width, height).lines(), named: "logs-detail-\(width)x\(height)")
        }
    }

    func testAFoldedLineContinuesWithAnASCIIMarkWithoutUTF8() throws {
        var state = refusalDetail(width: 80, height: 24)
        let folded = try XCTUnwrap(state.ui.detail?.lines.firstIndex { $0.value.contains("↪") }, "80 columns fold a line")
        state.ui.detail?.scroll = max(0, folded - 1)
        let unicode = render(state, 80, 24).lines()
        let ascii = render(state, 80, 24, glyphs: .ascii).lines()
        let marked = unicode.indices.filter { unicode[$0].contains("↪") }
        XCTAssertFalse(marked.isEmpty, unicode.joined(separator: "\n"))
        for row in marked {
            let column = unicode[row].distance(from: unicode[row].startIndex, to: try XCTUnwrap(unicode[row].firstIndex(of: "↪")))
            XCTAssertEqual(Array(ascii[row])[column], ">", "the continuation mark in ASCII: \(ascii[row])")
        }
    }

    func testRefusalDetailSaysTheReasonTheBoundaryAndTheAskedToolCall() {
        let lines = refusalDetail(width: 160, height: 48).ui.detail?.lines ?? []
        let text = lines.map { "\($0.key) \($0.value)" }.joined(separator: "\n")
        XCTAssertTrue(text.contains("reason delete_repository is not allowed after untrusted data"), text)
        XCTAssertTrue(text.contains("tool github__read_issue"), text)
        XCTAssertTrue(text.contains("github__delete_repository {\"repo\":\"acme/legacy\"}"), text)
        XCTAssertTrue(text.contains("\"model\" : \"gpt-4o\""), text)
    }

    func testBodiesAndServerStringsNeverDrawEscapeSequences() {
        var state = refusalDetail(width: 160, height: 48)
        // A server string with raw control characters, as a hostile model output would put it in a reason.
        var record = SampleLogs.refusalRecord
        record.toolCallBlock = ToolCallBlock(reason: "stop\u{1b}[2J\u{1b}]0;pwned\u{07} now")
        state.setItem(LogsResource.record, "i-1", record, at: SampleState.time(1))
        _ = state.reduce(.key(.escape))
        _ = state.reduce(.key(.enter))
        var screens: [String] = []
        for _ in 0..<6 {
            screens.append(render(state, 160, 48).lines().joined(separator: "\n"))
            _ = state.reduce(.key(.pageDown))
        }
        let all = screens.joined(separator: "\n")
        XCTAssertTrue(all.contains("整理して"), all)
        for control in ["\u{1b}", "\u{07}", "\u{9b}"] {
            XCTAssertFalse(all.contains(control), "a control character reached the screen:\n\(all)")
        }
    }

    func testPausedLogCountsNewRowsInItsTitle() {
        var state = SampleState.full(pane: .logs)
        _ = state.reduce(.key(.character("j")))
        var feed = state[LogsResource.source].value?.feed ?? LogFeed()
        let newer = [
            SampleLogs.summary("i-6", secondsAgo: 0, profile: "a-1", preview: "newest"),
            SampleLogs.summary("i-5", secondsAgo: 1, profile: "a-2", preview: "newer"),
        ]
        feed.mergeNewest(LogPage(items: newer + SampleLogs.rows, style: .offset, total: 6))
        state[LogsResource.source].succeed(
            LogHeld(listing: LogListing(scope: nil, timeframe: state.timeframe), feed: feed), at: SampleState.now)
        _ = state.reduce(.tick(SampleState.now))
        Golden.assert(render(state, 80, 24).lines(), named: "logs-paused-80x24")
    }

    func testAPausedTitleReadsInASCIIToo() {
        var state = SampleState.full(pane: .logs)
        _ = state.reduce(.key(.character("j")))
        var feed = state[LogsResource.source].value?.feed ?? LogFeed()
        feed.mergeNewest(
            LogPage(items: [SampleLogs.summary("i-5", secondsAgo: 0, profile: "a-1", preview: "new")] + SampleLogs.rows, style: .offset))
        state[LogsResource.source].succeed(
            LogHeld(listing: LogListing(scope: nil, timeframe: state.timeframe), feed: feed), at: SampleState.now)
        _ = state.reduce(.tick(SampleState.now))
        let title = render(state, 80, 24, glyphs: .ascii).lines()[2]
        XCTAssertTrue(title.contains("1 new ^"), title)
    }
}
