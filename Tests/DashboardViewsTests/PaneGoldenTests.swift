import XCTest
import DashboardCore
import DashboardViews
import TerminalUI

/// Every pane at a small and a large size, compared with text goldens.
final class PaneGoldenTests: XCTestCase {
    static let sizes = [(80, 24), (160, 48)]

    func render(_ state: AppState, _ width: Int, _ height: Int, glyphs: GlyphSet = .unicode) -> ScreenBuffer {
        var sized = state
        sized.ui.screenWidth = width
        sized.ui.screenHeight = height
        return DashboardView.render(sized, width: width, height: height, glyphs: glyphs)
    }

    /// "2-agents-80x24": the favourite digit keeps today's names; a pane without one has none.
    func goldenName(_ pane: Pane, _ width: Int, _ height: Int) -> String {
        (Favorites.defaults.digit(of: pane).map { "\($0)-" } ?? "") + "\(pane.rawValue)-\(width)x\(height)"
    }

    func testEveryPaneAtBothSizes() {
        for pane in Pane.allCases {
            for (width, height) in Self.sizes {
                let buffer = render(SampleState.full(pane: pane), width, height)
                Golden.assert(buffer.lines(), named: goldenName(pane, width, height))
            }
        }
    }

    func testCatalogAndStatsTabs() {
        var catalog = SampleState.full(pane: .mcp)
        catalog.ui.registryTab = .catalog
        Golden.assert(render(catalog, 80, 24).lines(), named: "6-mcp-catalog-80x24")
        for tab in [StatsTab.agents, .models] {
            var stats = SampleState.full(pane: .stats)
            stats.ui.statsTab = tab
            Golden.assert(render(stats, 80, 24).lines(), named: "8-stats-\(tab.rawValue)-80x24")
        }
    }

    func testTeamMembersOpenedFromATeam() {
        for (width, height) in Self.sizes {
            Golden.assert(render(SampleState.teamMembers(), width, height).lines(), named: "team-members-\(width)x\(height)")
        }
    }

    func testConnectorRunsOpenedFromAConnector() {
        for (width, height) in Self.sizes {
            Golden.assert(
                render(SampleConnectors.runsOfUploads(), width, height).lines(), named: "connector-runs-\(width)x\(height)")
        }
    }

    func testConnectorsOfAServerWithoutThem() {
        Golden.assert(render(SampleConnectors.notOffered(), 80, 24).lines(), named: "connectors-not-offered-80x24")
    }

    func testMetricsTabs() {
        for tab in MetricsTab.allCases.dropFirst() {
            var state = SampleState.full(pane: .metrics)
            state.ui.tabs[.metrics] = MetricsTab.allCases.firstIndex(of: tab)
            Golden.assert(render(state, 80, 24).lines(), named: "9-metrics-\(tab.rawValue)-80x24")
        }
    }

    func testMetricsWithoutASource() {
        var state = SampleState.full(pane: .metrics)
        _ = state.reduce(
            .loaded(
                LoadResult(
                    MetricsSources.live(.models), in: state,
                    .success(
                        .unavailable(
                            "No metrics at http://archestra.example.com:9050/metrics (connection refused) — set --metrics-url or --prometheus-url"
                        )),
                    finishedAt: SampleState.time(1))))
        Golden.assert(render(state, 80, 24).lines(), named: "9-metrics-unconfigured-80x24")
    }

    func testLimitsColours() {
        let buffer = render(SampleState.full(pane: .limits), 80, 24)
        let legend: [ColorRole: Character] = [
            .ok: "o", .warning: "w", .danger: "d", .critical: "C", .error: "e",
            .selection: "s", .header: "h", .title: "t", .stale: "z", .muted: "m",
        ]
        Golden.assert(buffer.styleMap(legend), named: "7-limits-80x24-styles")
    }

    func testAsciiOverview() {
        Golden.assert(render(SampleState.full(pane: .overview), 80, 24, glyphs: .ascii).lines(), named: "1-overview-80x24-ascii")
    }

    func testHelpOverlay() {
        var state = SampleState.full(pane: .agents)
        state.ui.mode = .help
        Golden.assert(render(state, 80, 24).lines(), named: "help-agents-80x24")
    }

    func testNothingLoadedYet() {
        let empty = AppState(baseURL: "http://localhost:9000", insecureTLS: true, now: SampleState.now)
        Golden.assert(render(empty, 80, 24).lines(), named: "empty-overview-80x24")
        var agents = empty
        agents.ui.pane = .agents
        Golden.assert(render(agents, 80, 24).lines(), named: "empty-agents-80x24")
    }
}
