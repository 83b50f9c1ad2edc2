import XCTest
import ArchestraAPI
import DashboardCore
import DashboardViews
import TerminalUI

/// What a person must be able to read: help, details, errors and staleness.
final class ScreenContentTests: XCTestCase {
    func render(_ state: AppState, _ width: Int = 80, _ height: Int = 24, glyphs: GlyphSet = .unicode) -> ScreenBuffer {
        var sized = state
        sized.ui.screenWidth = width
        sized.ui.screenHeight = height
        return DashboardView.render(sized, width: width, height: height, glyphs: glyphs)
    }

    func screen(_ state: AppState, _ width: Int = 80, _ height: Int = 24) -> String {
        render(state, width, height).lines().joined(separator: "\n")
    }

    /// A 404 on a pane opened through a link is about that record (a team whose members you may not
    /// see), not a missing endpoint.
    func testA404OnAScopedPaneNamesTheScope() {
        var state = SampleState.full(pane: .teams)
        _ = state.reduce(.key(.enter))
        state[TeamsResource.members].fail(
            .http(status: 404, type: nil, message: "Team not found", endpoint: "GET /api/teams/t-1/members"), at: SampleState.now,
            retryAfter: nil)
        let text = screen(state, 120, 24).replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(text.contains("team members of team Platform: not found, or not yours to see (404)"), text)
        XCTAssertFalse(text.contains("not available on this server version"), text)
    }

    func testHelpOverlayListsEveryBindingOfThePane() {
        for pane in Pane.allCases {
            var state = SampleState.full(pane: pane)
            state.ui.mode = .help
            let text = screen(state, 160, 48)
            XCTAssertTrue(text.contains("Keys — \(pane.title)"), "\(pane)")
            for binding in KeyBindings.bindings(in: state) {
                XCTAssertTrue(text.contains(binding.keys), "\(pane): \(binding.keys)")
                XCTAssertTrue(text.contains(binding.description), "\(pane): \(binding.description)")
            }
        }
    }

    func testChartTitlesNameTheContractsBucketWidth() {
        for (timeframe, bucket) in [(Timeframe.fiveMinutes, "1m"), (.thirtyMinutes, "5m"), (.day, "1h"), (.week, "6h"), (.month, "1d")] {
            var state = SampleState.full(pane: .overview)
            state.timeframe = timeframe
            let text = screen(state, 160, 48)
            XCTAssertTrue(text.contains("Requests per \(bucket) (LLM proxy)"), "\(timeframe): \(text)")
            XCTAssertTrue(text.contains("Cost per \(bucket) (LLM proxy)"), "\(timeframe)")
        }
    }

    func testHelpShowsTheConfigurationWithTheKeyMasked() {
        var state = SampleState.full(pane: .agents)
        let key = APIKey("arch_supersecretvalue123456")
        state.maskedAPIKey = key.description
        state.ui.mode = .help
        // The configuration closes the help, below the list of panes: scrolled to the end.
        state.ui.helpScroll = 1_000
        let text = screen(state, 160, 48)
        XCTAssertTrue(text.contains("key \(key.description)"), text)
        XCTAssertFalse(text.contains("supersecret"), "the key itself is never drawn")
        XCTAssertTrue(text.contains("refresh 2s"), text)
    }

    func testHelpNamesTheSortLettersOfThePane() {
        var state = SampleState.full(pane: .limits)
        state.ui.mode = .help
        let text = screen(state, 160, 48)
        XCTAssertTrue(text.contains("sort by e Entity, t Type, l Limit, u Used, p Pct"), text)
    }

    func testDetailViewIndentsNestedFieldsAndShowsPosition() {
        var state = SampleState.full(pane: .agents)
        let lines =
            [
                DetailLine(depth: 0, key: "name", value: "support-bot"),
                DetailLine(depth: 0, key: "teams", value: "1 item", emphasis: .heading),
                DetailLine(depth: 1, key: "[0]", value: "", emphasis: .heading),
                DetailLine(depth: 2, key: "name", value: "Platform"),
                DetailLine(depth: 0, key: "used", value: "$120.00 (120%)", emphasis: .danger),
            ] + (0..<40).map { DetailLine(depth: 0, key: "field\($0)", value: "value \($0)") }
        state.ui.detail = DetailState(title: "Agent: support-bot", lines: lines)
        let buffer = render(state)
        let rows = buffer.lines()
        XCTAssertTrue(rows[2].hasPrefix("Agent: support-bot"))
        XCTAssertTrue(rows[2].hasSuffix("1-19/45"), rows[2])
        XCTAssertEqual(rows[3], " name: support-bot")
        XCTAssertEqual(rows[5], "   [0]:")
        XCTAssertEqual(rows[6], "     name: Platform")
        XCTAssertEqual(buffer[1, 7].style.role, .danger)

        state.ui.detail?.scroll = 30
        XCTAssertTrue(render(state).lines()[2].hasSuffix("31-45/45"))
        Golden.assert(render(state).lines(), named: "detail-scrolled-80x24")
    }

    func testUnauthorizedShowsHowToSupplyAKey() {
        var state = SampleState.full(pane: .agents)
        state.agents.fail(
            .http(status: 401, type: nil, message: "Unauthenticated", endpoint: "GET /api/agents"),
            at: SampleState.now, retryAfter: nil)
        let text = screen(state)
        XCTAssertTrue(text.contains("unauthorized"))
        XCTAssertTrue(text.contains("ARCHESTRA_API_KEY"))
        XCTAssertTrue(text.contains("--api-key-file PATH"))
        XCTAssertTrue(text.contains("~/.config/archestra-tui/config"))
        XCTAssertTrue(text.contains("mode 600"))
        Golden.assert(render(state).lines(), named: "error-401-80x24")
    }

    func testForbiddenKeepsRowsAndSaysWhichSource() {
        var state = SampleState.full(pane: .agents)
        state.agents.fail(
            .http(status: 403, type: nil, message: "Forbidden", endpoint: "GET /api/agents"),
            at: SampleState.now, retryAfter: nil)
        let text = screen(state)
        XCTAssertTrue(text.contains("no permission to read agents"))
        XCTAssertTrue(text.contains("support-bot"), "last good rows stay visible")
    }

    func testNotFoundSaysNotAvailableOnThisVersion() {
        for status in [404, 400] {
            var state = SampleState.full(pane: .knowledge)
            state.knowledgeBases.fail(
                .http(status: status, type: nil, message: "Not Found", endpoint: "GET /api/knowledge-bases"),
                at: SampleState.now, retryAfter: nil)
            XCTAssertTrue(screen(state).contains("knowledge bases: not available on this server version"), "\(status)")
        }
    }

    func testOfflineShowsTheErrorAndWhenItRetries() {
        var state = SampleState.full(pane: .agents)
        state.server.fail(.transport(.connectionRefused, endpoint: "GET /api/health"), at: SampleState.now, retryAfter: 12)
        state.agents.fail(.transport(.connectionRefused, endpoint: "GET /api/agents"), at: SampleState.now, retryAfter: 12)
        let buffer = render(state, 160, 48)
        let text = buffer.lines().joined(separator: "\n")
        XCTAssertTrue(buffer.lines()[0].contains("offline"))
        XCTAssertTrue(text.contains("retrying in 12s"))
        XCTAssertTrue(text.contains("support-bot"))
        Golden.assert(render(state).lines(), named: "error-offline-80x24")
    }

    func testStaleDataIsMarkedWithItsAge() {
        var state = SampleState.full(pane: .agents)
        state.agents.status.updatedAt = SampleState.time(45)
        let buffer = render(state)
        XCTAssertTrue(buffer.lines()[0].contains("stale, updated 45s ago"))
        XCTAssertTrue(buffer.lines()[2].contains("stale"))
        // Unselected normal rows are drawn in the stale role.
        XCTAssertEqual(buffer[0, 5].style.role, .stale)

        var fresh = SampleState.full(pane: .agents)
        fresh.agents.status.updatedAt = SampleState.time(3)
        XCTAssertFalse(render(fresh).lines()[0].contains("stale"))
    }

    func testLimitsAlertIsOnEveryPane() {
        for pane in Pane.allCases {
            let buffer = render(SampleState.full(pane: pane))
            XCTAssertTrue(buffer.lines()[1].contains("⚠ 2 limits ≥90% (1 over)"), "\(pane)")
            XCTAssertEqual(buffer[79 - 2, 1].style.role, .critical)
        }
        var calm = SampleState.full()
        calm.limits.value = [SampleState.limit("l-1", .organization, "org", used: 10)]
        XCTAssertFalse(render(calm).lines()[1].contains("limits"))
    }

    func testAgentRowsNotLoadedYetShowAnEllipsis() {
        var state = SampleState.full(pane: .agents)
        state.agents.value = AgentListing(query: AgentListQuery(), total: 250, pages: [0: SampleState.agents])
        state.ui.updateList(.agents) { list in
            list.selected = 120
            list.scroll = 110
        }
        let rows = render(state).lines()
        XCTAssertTrue(rows[2].contains("111-128 of 250"), rows[2])
        XCTAssertEqual(rows[4], "…")
        XCTAssertEqual(rows.count, 24)
    }

    func testListShowsExactlyThePageTheReducerMovesBy() {
        var state = SampleState.full(pane: .agents)
        let many = (0..<60).map { Agent(id: "x-\($0)", name: "agent-\($0)") }
        state.agents.value = AgentListing(query: AgentListQuery(), total: many.count, pages: [0: many])
        for height in [16, 24, 48] {
            let rows = render(state, 100, height).lines()
            let drawn = rows.filter { $0.hasPrefix("agent-") }.count
            XCTAssertEqual(drawn, ScreenLayout.listRows(height: height), "height \(height)")
        }
    }

    func testFilterAndCommandLines() {
        var state = SampleState.full(pane: .agents)
        state.ui.mode = .filter
        state.ui.updateList(.agents) { $0.filter = "bot" }
        XCTAssertEqual(render(state).lines()[22], "/bot")
        XCTAssertTrue(render(state).lines()[2].contains("filter: bot"))

        state.ui.mode = .command("lim")
        let buffer = render(state)
        XCTAssertEqual(buffer.lines()[22], ":limits")
        XCTAssertEqual(buffer[4, 22].style.role, .muted, "the completion is dimmed")
    }

    func testFlashMessageOnTheStatusLine() {
        var state = SampleState.full(pane: .limits)
        state.ui.flash = "unknown command :foo"
        XCTAssertEqual(render(state).lines()[22], "unknown command :foo")
    }

    func testTheHintBarShowsWholeHintsAndLeavesTheLastCellFree() {
        for pane in Pane.allCases {
            let sample = SampleState.full(pane: pane)
            for width in [60, 80, 100] {
                let line = render(sample, width, 24).lines()[23]
                XCTAssertLessThan(DisplayWidth.of(line), width, "\(pane) at \(width): the bottom-right cell cannot be written")
                let words = line.components(separatedBy: "  ").filter { !$0.isEmpty }
                let hints = Set(
                    KeyBindings.bindings(for: pane).compactMap { binding in binding.hint.map { "\(binding.keys) \($0)" } }
                        + ["\(Favorites.defaults.hintKey) panes"])
                for word in words { XCTAssertTrue(hints.contains(word), "\(pane) at \(width): '\(word)' is not a whole hint in '\(line)'") }
                XCTAssertTrue(words.contains("? help") && words.contains("q quit"), "\(pane) at \(width): \(line)")
            }
        }
    }

    func testLimitsAt80ColumnsShowThePercentOnceAndTheWholeForecast() {
        let state = SampleState.full(pane: .limits)
        let rows = render(state).lines()
        for figures in state.limitFigures {
            let row = try! XCTUnwrap(rows.first { $0.hasPrefix(String(figures.entityName.prefix(10))) }, figures.entityName)
            XCTAssertEqual(row.components(separatedBy: figures.percentText).count - 1, 1, "one percentage: \(row)")
            XCTAssertTrue(row.hasSuffix(figures.forecastText), "the whole forecast: \(row)")
        }
    }

    func testAnErrorIsSaidOnceAndWhole() {
        for pane in [Pane.agents, .overview, .knowledge] {
            var state = SampleState.full(pane: pane)
            state.server.fail(.transport(.connectionRefused, endpoint: "GET /health"), at: SampleState.now, retryAfter: 12)
            for source in state.paneSources {
                state.sources.fail(source.id, .transport(.connectionRefused, endpoint: "GET /api/x"), at: SampleState.now, retryAfter: 12)
            }
            let lines = render(state).lines()
            let mentions = lines.filter { $0.contains("Connection refused") }
            XCTAssertEqual(mentions.count, 1, "\(pane): \(lines.joined(separator: "\n"))")
            XCTAssertFalse(mentions.first?.contains("…") ?? true, "not cut: \(mentions)")
            XCTAssertTrue(mentions.first?.hasSuffix("retrying in 12s") ?? false)
        }
    }

    func testHelpNamesTheProxyAndTheHeaderWhatNeedsDoing() {
        var state = SampleState.full(pane: .agents)
        state.networkSummary = ["proxy http://proxy.corp:3128 (from HTTPS_PROXY)"]
        state.ui.mode = .help
        state.ui.helpScroll = 1_000
        XCTAssertTrue(screen(state, 160, 48).contains("proxy http://proxy.corp:3128 (from HTTPS_PROXY)"))
        state.ui.helpScroll = 0
        state.ui.mode = .normal
        state.agents.fail(
            .transport(
                .certificateExpired(
                    CertificateFacts(
                        subject: "CN=x", issuer: "CN=ca", names: [],
                        notValidBefore: SampleState.time(86_400 * 400),
                        notValidAfter: SampleState.time(86_400))),
                endpoint: "GET /api/agents"), at: SampleState.now, retryAfter: Backoff.cap)
        let lines = render(state).lines()
        XCTAssertTrue(lines[0].contains("certificate expired"), lines[0])
        XCTAssertTrue(lines[22].contains("retrying in 30s"), lines[22])
    }

    func testListsSayWhatTheyDoNotShow() {
        var state = SampleState.full(pane: .knowledge)
        state[KnowledgeBasesResource.source].value = RecordList(items: SampleState.knowledgeBases.map(\.base), skipped: 3, total: 1_500)
        let title = render(state, 160, 48).lines()[2]
        XCTAssertTrue(title.contains("first 2 of 1 500"), title)
        XCTAssertTrue(title.contains("3 records skipped (no id)"), title)
        var agents = SampleState.full(pane: .agents)
        agents.agents.value?.skipped = [0: 1]
        XCTAssertTrue(render(agents, 160, 48).lines()[2].contains("1 record skipped (no id)"))
    }

    /// Issue 21, item 14: a limit at 99.72 % of its cap reads 99 % on the limits pane and the overview, never 100 %.
    func testALimitJustUnderItsCapIsNeverShownFull() {
        for pane in [Pane.limits, .overview] {
            var state = SampleState.full(pane: pane)
            state.limits.succeed([SampleState.limit("l-9", .organization, "org", used: 99.72)], at: state.now)
            for (width, height) in [(80, 24), (160, 48)] {
                let text = screen(state, width, height)
                XCTAssertTrue(text.contains("99%"), "\(pane) at \(width): \(text)")
                XCTAssertFalse(text.contains("100%"), "\(pane) at \(width): \(text)")
            }
        }
    }

    /// Issue 21, item 16: at 160 columns a short name leaves room for the connectors and agents to show whole.
    func testKnowledgeBaseColumnsShareTheWidthByNeed() {
        var state = SampleState.full(pane: .knowledge)
        let base = KnowledgeBase(
            id: "kb-9", name: "Handbook", status: "ready",
            connectors: [
                ConnectorRef(id: "c1", name: "Support space", connectorType: "confluence"),
                ConnectorRef(id: "c2", name: "Uploads"),
                ConnectorRef(id: "c3", name: "Zendesk", connectorType: "zendesk"),
            ],
            totalDocsIndexed: 12,
            assignedAgents: [AgentRef(id: "a1", name: "Support Triage"), AgentRef(id: "a2", name: "Ticket Deduplicator")])
        state.knowledgeBases.succeed([base], at: state.now)
        let text = screen(state, 160, 48)
        XCTAssertTrue(text.contains("Support space (confluence), Uploads, Zendesk (zendesk)"), text)
        XCTAssertTrue(text.contains("Support Triage, Ticket Deduplicator"), text)
    }

    /// Issue 21, item 16: at 80 columns without UTF-8 the limits' Type column says what is limited.
    func testLimitTypesAreReadableAt80ColumnsInASCII() {
        var state = SampleState.full(pane: .limits)
        state.limits.succeed(
            [
                UsageLimit(
                    id: "c-1", entityType: .organization, entityId: "org", limitType: .mcpServerCalls, limitValue: 500,
                    mcpServerName: "github"),
                UsageLimit(
                    id: "c-2", entityType: .organization, entityId: "org", limitType: .toolCalls, limitValue: 200,
                    mcpServerName: "github", toolName: "create_issue"),
                SampleState.limit("l-1", .organization, "org", used: 50),
            ], at: state.now)
        let text = render(state, 80, 24, glyphs: .ascii).lines().joined(separator: "\n")
        XCTAssertFalse(text.contains("tool ~") || text.contains("calls~"), text)
        XCTAssertTrue(text.contains("calls github"), text)
        XCTAssertTrue(text.contains("tool github"), text)
    }
}
