import XCTest
import ArchestraAPI
@testable import DashboardCore

/// The refusal watch: the history at start is counted and never rung, each new refusal rings once (coalesced
/// in bursts, named by agent and tool) only when refusal notifications are on, and the overview's count says
/// since when it is complete.
final class RefusalWatchTests: XCTestCase {
    /// A console started at `CoreFixture.now`, looking at `pane`, whose server made 40 interactions in the
    /// 40 s before (two of them refused).
    func start(pane: Pane = .agents, notify: Bool = true, topics: Set<NotificationTopic> = Set(NotificationTopic.allCases)) -> (
        AppState, RefusalServer
    ) {
        var state = CoreFixture.state(pane: pane)
        state.notifications = NotificationOutbox(isEnabled: notify, topics: topics)
        let server = RefusalServer(newest: 40, refused: [7, 30], start: CoreFixture.now.addingTimeInterval(-40))
        state.watch(server, at: CoreFixture.now)
        return (state, server)
    }

    func testTheHistoryAtStartIsCountedAndNeverRings() {
        let (state, _) = start()
        XCTAssertEqual(state.notifications.pending, [], "refusals from before the console started do not ring")
        XCTAssertEqual(Refusals.figure(state), .counted(RefusalTally(count: 2, since: nil)), "the server's rows end within the hour")
    }

    func testARefusalArrivingRingsOnceNamingTheAgentAndTheTool() {
        var (state, server) = start()
        server.add(upTo: 42, refused: [42])
        state.watch(server, at: CoreFixture.now.addingTimeInterval(2))
        XCTAssertEqual(state.notifications.pending.map(\.title), ["Guardrail refused a tool call"])
        XCTAssertEqual(state.notifications.pending.map(\.body), ["bot-0: github__delete_repo"])
        state.watch(server, at: CoreFixture.now.addingTimeInterval(4))
        _ = state.reduce(.tick(CoreFixture.now.addingTimeInterval(60)))
        XCTAssertEqual(state.notifications.pending.count, 1, "each refusal rings once")
        XCTAssertEqual(Refusals.figure(state), .counted(RefusalTally(count: 3, since: nil)))
    }

    func testTheAgentIsNamedAsTheLogsNameIt() {
        var (state, server) = start()
        _ = state.reduce(
            .itemLoaded(ItemResult(lookup: LogsResource.agentNames.id, key: "a-0", outcome: .success("Support Bot"), finishedAt: state.now))
        )
        server.add(upTo: 42, refused: [42])
        state.watch(server, at: CoreFixture.now.addingTimeInterval(2))
        XCTAssertEqual(state.notifications.pending.map(\.body), ["Support Bot: github__delete_repo"])
    }

    func testNothingRingsWhenNotificationsAreOffOrPickOnlyLimits() {
        for (notify, topics) in [(false, Set(NotificationTopic.allCases)), (true, [NotificationTopic.limits])] {
            var (state, server) = start(notify: notify, topics: topics)
            server.add(upTo: 42, refused: [41, 42])
            state.watch(server, at: CoreFixture.now.addingTimeInterval(2))
            _ = state.reduce(.tick(CoreFixture.now.addingTimeInterval(60)))
            XCTAssertEqual(state.notifications.pending, [], "notify \(notify), topics \(topics)")
            XCTAssertEqual(Refusals.figure(state), .counted(RefusalTally(count: 4, since: nil)), "counted all the same")
        }
    }

    func testABurstRingsOnceAndWhatFollowsWaitsForTheQuietPeriod() {
        var (state, server) = start()
        server.add(upTo: 50, refused: Set(41...45))
        state.watch(server, at: CoreFixture.now.addingTimeInterval(2))
        XCTAssertEqual(state.notifications.pending.map(\.title), ["Guardrails refused 5 tool calls"])
        XCTAssertEqual(
            state.notifications.pending.first?.body,
            "bot-0: github__delete_repo, bot-2: github__delete_repo, bot-1: github__delete_repo, and 2 more", "the newest first")
        server.add(upTo: 52, refused: [51, 52])
        state.watch(server, at: CoreFixture.now.addingTimeInterval(4))
        _ = state.reduce(.tick(CoreFixture.now.addingTimeInterval(20)))
        XCTAssertEqual(state.notifications.pending.count, 1, "within the quiet period, nothing more rings")
        _ = state.reduce(.tick(CoreFixture.now.addingTimeInterval(2 + RefusalAlerts.quietPeriod)))
        XCTAssertEqual(state.notifications.pending.map(\.title), ["Guardrails refused 5 tool calls", "Guardrails refused 2 tool calls"])
    }

    func testAtStartOlderPagesAreReadDownToAnHourAgoAtMostThreePages() {
        // 10,000 interactions one second apart: the hour holds 3,600 of them, far more than four pages.
        var state = CoreFixture.state(pane: .overview)
        let server = RefusalServer(newest: 10_000, refused: [9_990, 9_900, 9_800], start: CoreFixture.now.addingTimeInterval(-10_000))
        for step in 0..<6 { state.watch(server, at: CoreFixture.now.addingTimeInterval(Double(step) * 0.1)) }
        XCTAssertEqual(
            server.asked, [.newest, .older(.offset(50)), .older(.offset(100)), .older(.offset(150)), .newest, .newest],
            "three pages below the first, then the newest page only")
        let oldest = server.start.addingTimeInterval(10_000 - 199)
        XCTAssertEqual(Refusals.figure(state), .counted(RefusalTally(count: 2, since: oldest)), "complete only since the oldest row read")
    }

    func testOlderPagesStopAtTheEndOfTheServersRows() {
        var state = CoreFixture.state(pane: .overview)
        let server = RefusalServer(newest: 80, refused: [3, 79], start: CoreFixture.now.addingTimeInterval(-80))
        for step in 0..<3 { state.watch(server, at: CoreFixture.now.addingTimeInterval(Double(step) * 0.1)) }
        XCTAssertEqual(server.asked, [.newest, .older(.offset(50)), .newest])
        XCTAssertEqual(Refusals.figure(state), .counted(RefusalTally(count: 2, since: nil)))
    }

    func testRefusalsOlderThanAnHourLeaveTheCount() {
        var (state, _) = start()
        _ = state.reduce(.tick(CoreFixture.now.addingTimeInterval(RefusalLedger.window - 15)))
        XCTAssertEqual(Refusals.figure(state), .counted(RefusalTally(count: 1, since: nil)), "refusal 7 is over an hour old")
    }

    func testAHoleAfterARestOrABurstIsFilledAndOneFromAFloodIsToldHonestly() {
        var (state, server) = start(pane: .overview)
        // The watch rested (the person was elsewhere) while 120 interactions came: it reads the hole.
        server.add(upTo: 160, refused: [100])
        state.watch(server, at: CoreFixture.now.addingTimeInterval(120))
        XCTAssertEqual(state.slices[Refusals.slice].next, .fill(LogGap(afterID: "i-111", position: .offset(50))))
        state.watch(server, at: CoreFixture.now.addingTimeInterval(120.1))
        state.watch(server, at: CoreFixture.now.addingTimeInterval(120.2))
        XCTAssertEqual(state.slices[Refusals.slice].next, .newest)
        XCTAssertEqual(Refusals.figure(state), .counted(RefusalTally(count: 3, since: nil)), "the hole is closed: the count is whole")
        XCTAssertEqual(state.notifications.pending.map(\.body), ["bot-1: github__delete_repo"], "a refusal found in the hole rings too")
        // A hole again two seconds later is a flood: not read, the count is complete only above it.
        server.add(upTo: 300, refused: [299])
        state.watch(server, at: CoreFixture.now.addingTimeInterval(122))
        XCTAssertEqual(state.slices[Refusals.slice].next, .newest, "not read: it would never end")
        let since = server.start.addingTimeInterval(251)
        XCTAssertEqual(Refusals.figure(state), .counted(RefusalTally(count: 1, since: since)))
    }

    func testASingleBurstBetweenTwoPollsIsRead() {
        var (state, server) = start(pane: .overview)
        server.add(upTo: 100, refused: [45])
        state.watch(server, at: CoreFixture.now.addingTimeInterval(2))
        XCTAssertEqual(state.slices[Refusals.slice].next, .fill(LogGap(afterID: "i-51", position: .offset(50))))
        state.watch(server, at: CoreFixture.now.addingTimeInterval(2.1))
        XCTAssertEqual(state.slices[Refusals.slice].next, .newest)
        XCTAssertEqual(Refusals.figure(state), .counted(RefusalTally(count: 3, since: nil)))
    }

    func testAServerWithoutTheLogsOrAKeyWithoutLogReadLeavesTheFigureQuiet() {
        for status in [403, 404] {
            var state = CoreFixture.state(pane: .overview)
            state.fail(Refusals.source, .http(status: status, type: nil, message: "no", endpoint: "GET /api/interactions"))
            XCTAssertEqual(Refusals.figure(state), .unavailable)
            XCTAssertEqual(state.connection, .connected, "\(status) does not make the connection degraded")
        }
    }

    func testWhereItPolls() {
        var state = CoreFixture.state(pane: .agents)
        XCTAssertFalse(state.shownSources.contains(Refusals.source.erased), "not on other panes without notifications")
        state.ui.pane = .overview
        XCTAssertTrue(state.shownSources.contains(Refusals.source.erased), "the overview shows its count")
        XCTAssertFalse(state.paneSources.contains(Refusals.source.erased), "its failures are not the overview's")
        state.ui.pane = .agents
        state.notifications = NotificationOutbox(isEnabled: true)
        XCTAssertTrue(state.shownSources.contains(Refusals.source.erased), "refusals ring from every pane")
        state.notifications = NotificationOutbox(isEnabled: true, topics: [.limits])
        XCTAssertFalse(state.shownSources.contains(Refusals.source.erased))
        state.notifications = NotificationOutbox(isEnabled: true)
        state.ui.pane = .logs
        XCTAssertFalse(state.shownSources.contains(Refusals.source.erased), "`:logs` polls the same rows")
        state.ui.scopes[.logs] = PaneScope(field: "agentId", value: "a-1", label: "agent x")
        XCTAssertTrue(state.shownSources.contains(Refusals.source.erased), "a scoped `:logs` polls other rows")
    }

    func testAnUnscopedLogsPaneFeedsTheWatch() {
        var state = CoreFixture.state(pane: .logs)
        state.notifications = NotificationOutbox(isEnabled: true)
        let server = RefusalServer(newest: 40, refused: [5], start: CoreFixture.now.addingTimeInterval(-40))
        func logsPage(upTo newest: Int, refused: Set<Int>) -> LogsResource.Answer {
            let items = (max(1, newest - 49)...newest).reversed().map { number in
                RefusalServer.summary(number, at: server.start.addingTimeInterval(Double(number)), refused: refused.contains(number))
            }
            return .newest(LogPage(items: items, style: .offset, total: newest, next: newest > 50 ? .offset(50) : nil))
        }
        state.load(LogsResource.source, logsPage(upTo: 40, refused: [5]))
        XCTAssertEqual(state.notifications.pending, [])
        state.load(LogsResource.source, logsPage(upTo: 41, refused: [5, 41]), at: CoreFixture.now.addingTimeInterval(1))
        XCTAssertEqual(state.notifications.pending.map(\.body), ["bot-2: github__delete_repo"])
        XCTAssertEqual(state.slices[Refusals.slice].ledger.tally(at: state.now)?.count, 2)
    }

    func testTheRefusedToolComesFromTheMostFaithfulField() throws {
        func refusal(_ json: String) throws -> Refusal? {
            try WatchedInteraction(InteractionSummary(json: JSONValue.parse(Data(json.utf8)))).refusal
        }
        let block = #""toolCallBlock": {"reason": "Tool invocation blocked: policy on send_email", "blockedToolCallCount": 1}"#
        XCTAssertNil(try refusal(#"{"id": "a", "toolCallBlock": null}"#))
        XCTAssertEqual(try refusal("{\"id\": \"a\", \(block)}")?.tool, nil, "a summary does not say which tool: the reason is not parsed")
        let record = try LLMInteraction(
            json: JSONValue.parse(
                Data(
                    """
                    {"id": "b", \(block), "externalAgentId": "agent-3",
                     "response": {"content": [{"type": "tool_use", "id": "t1", "name": "gmail__send_email", "input": {}}]}}
                    """.utf8)))
        let fromRecord = WatchedInteraction(InteractionSummary(record)).refusal
        XCTAssertEqual(fromRecord?.tool, "gmail__send_email", "a full record names the tool the model asked for")
        XCTAssertEqual(fromRecord?.agentLabel, "agent-3")
    }
}
