import XCTest
import ArchestraAPI
import DashboardCore
@testable import DashboardViews
import TerminalUI

/// The overview's refusal figure beside the error rate: the hour's count, "since" a later time when the
/// rows read do not reach an hour back, and a quiet "n/a" (never an error line) when the logs cannot be read.
final class RefusalScreenTests: XCTestCase {
    func render(_ state: AppState, _ width: Int = 160, _ height: Int = 48) -> [String] {
        var sized = state
        sized.ui.screenWidth = width
        sized.ui.screenHeight = height
        return DashboardView.render(sized, width: width, height: height, glyphs: .unicode).lines()
    }

    func testTheHoursCountSitsBesideTheErrorRate() {
        let lines = render(SampleState.full(pane: .overview))
        XCTAssertTrue(lines[2].hasSuffix("p95 4.5s · 6.2% err · 2 refused in 1h"), lines[2])
        let narrow = render(SampleState.full(pane: .overview), 80, 24)
        XCTAssertTrue(narrow[2].hasPrefix("Overview last 24h "), "the title stays whole: \(narrow[2])")
        XCTAssertTrue(narrow[2].hasSuffix("6.2% err · 2 refused in 1h"), "the latency gives way first: \(narrow[2])")
    }

    func testACountThatDoesNotReachAnHourBackSaysSinceWhen() {
        var state = AppState(baseURL: "https://archestra.example.com", refreshInterval: 2, now: SampleState.now)
        state.ui.pane = .overview
        // More pages remain, and the three below the first are not read here: complete since the oldest row.
        SampleRefusals.load(into: &state, next: .offset(5))
        let since = SampleRefusals.rows.compactMap(\.createdAt).min() ?? SampleState.now
        let clock = RefusalSegments.clock(since, calendar: .current)
        let line = render(state)[2]
        XCTAssertTrue(line.hasSuffix("· 2 refused since \(clock)"), line)
    }

    func testLogsThatCannotBeReadLeaveTheFigureQuiet() {
        for status in [403, 404] {
            var state = SampleState.full(pane: .overview)
            state = AppState(baseURL: "https://archestra.example.com", refreshInterval: 2, now: SampleState.now)
            state.ui.pane = .overview
            let error = ArchestraError.http(status: status, type: nil, message: "Forbidden", endpoint: "GET /api/interactions/summaries")
            _ = state.reduce(.loaded(LoadResult(Refusals.source, in: state, .failure(error), finishedAt: SampleState.now)))
            let screen = render(state)
            XCTAssertTrue(screen[2].hasSuffix("· refusals n/a"), screen[2])
            XCTAssertFalse(screen.joined().contains("permission"), "no error line for the refusals: \(screen.joined(separator: "\n"))")
            XCTAssertFalse(screen.joined().contains("not available"), "\(status)")
        }
    }

    func testTheClockIsHoursAndMinutes() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        XCTAssertEqual(RefusalSegments.clock(Date(timeIntervalSince1970: 42 * 60 + 11 * 3_600 + 30), calendar: calendar), "11:42")
    }
}
