import XCTest
import ArchestraAPI
@testable import DashboardCore

/// Each tab's rows from a snapshot: figures, worst first, levels.
final class MetricsTabsTests: XCTestCase {
    func testLLMRowsByModelWorstFirst() throws {
        let spec = LLMMetrics.byModel
        var snapshot = MetricsSnapshot()
        snapshot.groups[spec.requests] = [
            ["provider": "openai", "model": "gpt", "status_code": "200"]: 9,
            ["provider": "openai", "model": "gpt", "status_code": "500"]: 1,
            ["provider": "anthropic", "model": "claude", "status_code": "200"]: 4,
        ]
        snapshot.groups[spec.latency] = [
            ["provider": "openai", "model": "gpt", "le": "1"]: 10, ["provider": "openai", "model": "gpt", "le": "+Inf"]: 10,
            ["provider": "anthropic", "model": "claude", "le": "1"]: 0, ["provider": "anthropic", "model": "claude", "le": "2"]: 4,
            ["provider": "anthropic", "model": "claude", "le": "+Inf"]: 4,
        ]
        snapshot.groups[spec.cost] = [["provider": "openai", "model": "gpt"]: 0.001]
        snapshot.groups[spec.tokens] = [
            ["provider": "openai", "model": "gpt", "type": "input"]: 100,
            ["provider": "openai", "model": "gpt", "type": "output"]: 20,
        ]
        let rows = spec.rows(snapshot, target: "")
        XCTAssertEqual(rows.map(\.name), ["gpt", "claude"], "10 % errors first")
        let gpt = rows[0]
        XCTAssertEqual(gpt.id, "openai/gpt")
        XCTAssertEqual(gpt.kind, "openai")
        XCTAssertEqual(try XCTUnwrap(gpt[.rate]), 10, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(gpt[.errorShare]), 0.1, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(gpt[.p95]), 0.95, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(gpt[.costPerHour]), 3.6, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(gpt[.tokensPerSecond]), 120, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(gpt[.outputTokensPerSecond]), 20, accuracy: 1e-9)
        XCTAssertEqual(gpt.level, .warning)
        XCTAssertEqual(try XCTUnwrap(rows[1][.p50]), 1.5, accuracy: 1e-9)
        let overall = spec.overall(snapshot)
        XCTAssertEqual(try XCTUnwrap(overall[.rate]), 14, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(overall[.errorShare]), 1.0 / 14, accuracy: 1e-9)
    }

    func testMCPRowsCarryTheServerStateAndFailedServersComeFirst() {
        let spec = MCPMetrics()
        var snapshot = MetricsSnapshot()
        snapshot.groups[spec.calls] = [
            ["mcp_server_name": "github", "tool_name": "search", "status": "success"]: 2,
            ["mcp_server_name": "github", "tool_name": "search", "status": "error"]: 2,
            ["mcp_server_name": "slack", "tool_name": "post", "status": "success"]: 1,
        ]
        snapshot.groups[spec.deployment] = [
            ["server_name": "github", "state": "running"]: 1, ["server_name": "github", "state": "failed"]: 0,
            ["server_name": "slack", "state": "running"]: 1, ["server_name": "jira", "state": "failed"]: 1,
            ["server_name": "jira", "state": "running"]: 0,
        ]
        let rows = spec.rows(snapshot, target: "")
        XCTAssertEqual(rows.map(\.name), ["jira (no calls)", "github / search", "slack / post"])
        XCTAssertEqual(rows.map(\.kind), ["failed", "running", "running"])
        XCTAssertEqual(rows[0].level, .danger)
        XCTAssertEqual(rows[1][.errorShare], 0.5)
        XCTAssertEqual(rows[1].level, .danger)
    }

    func testQueueRowsPutDeadTasksFirst() {
        let spec = QueueMetrics()
        var snapshot = MetricsSnapshot()
        snapshot.groups[spec.syncs] = [
            ["connector_type": "jira", "status": "failed"]: 0.01, ["connector_type": "jira", "status": "success"]: 0.01,
        ]
        snapshot.groups[spec.syncTotals] = [
            ["connector_type": "jira", "status": "failed"]: 7, ["connector_type": "jira", "status": "success"]: 20,
        ]
        snapshot.groups[spec.dead] = [["task_type": "embedding"]: 2, ["task_type": "sync"]: 0]
        snapshot.groups[spec.failed] = [["task_type": "embedding"]: 5, ["task_type": "sync"]: 1]
        snapshot.groups[spec.active] = [["task_type": "embedding"]: 1]
        snapshot.groups[spec.queries] = [[:]: 0.5]
        let rows = spec.rows(snapshot, target: "")
        XCTAssertEqual(rows.first?.name, "embedding")
        XCTAssertEqual(rows.first?[.dead], 2)
        XCTAssertEqual(rows.first?.level, .danger)
        let jira = rows.first { $0.id == "connector:jira" }
        XCTAssertEqual(jira?[.failed], 7)
        XCTAssertEqual(jira?[.errorShare], 0.5)
        XCTAssertEqual(jira?.level, .danger)
        XCTAssertEqual(rows.first { $0.id == "rag:queries" }?[.rate], 0.5)
    }

    func testProcessRowOfADirectScrapeIsNamedAfterItsTarget() {
        let spec = ProcessMetrics()
        var snapshot = MetricsSnapshot()
        snapshot.groups[spec.memory] = [["instance": "", "job": ""]: 182e6]
        snapshot.groups[spec.lag] = [["instance": "", "job": ""]: 0.2]
        let rows = spec.rows(snapshot, target: "10.0.0.5:9050")
        XCTAssertEqual(rows.map(\.name), ["10.0.0.5:9050"])
        XCTAssertEqual(rows.first?.kind, "direct")
        XCTAssertEqual(rows.first?.level, .warning)
    }

    func testFleetListsArchestraInstancesDownOnesFirst() {
        let spec = FleetMetrics()
        var snapshot = MetricsSnapshot()
        snapshot.groups[spec.up] = [
            ["job": "archestra", "instance": "a:9050"]: 1, ["job": "archestra", "instance": "b:9050"]: 0,
            ["job": "prometheus", "instance": "localhost:9090"]: 1,
        ]
        snapshot.groups[spec.requests] = [["job": "archestra", "instance": "a:9050", "status_code": "200"]: 3]
        snapshot.groups[spec.cost] = [["job": "archestra", "instance": "a:9050"]: 0.01]
        let rows = spec.rows(snapshot, target: "")
        XCTAssertEqual(rows.map(\.name), ["b:9050", "a:9050"], "Prometheus itself is not an Archestra instance")
        XCTAssertEqual(rows[0].level, .danger)
        XCTAssertEqual(rows[1][.rate], 3)
        XCTAssertEqual(rows[1][.costPerHour] ?? 0, 36, accuracy: 1e-9)
    }
}
