import Foundation
import Benchmark
import ArchestraAPI
import DashboardCore

/// Filter and sort over 100 000 rows, the way a list pane applies them to the rows it holds.
enum TableBenchmarks {
    static let rowCount = 100_000

    static func register() {
        Benchmark("build 100 000 agent rows") { (benchmark: Benchmark, agents: [Agent]) in
            for _ in benchmark.scaledIterations {
                blackHole(agents.map { AgentsResource.row(for: $0, now: SyntheticAgents.now) })
            }
        } setup: {
            SyntheticAgents.make(count: rowCount)
        }

        Benchmark("filter 100 000 rows (\"bot-12\")") { (benchmark: Benchmark, table: TableModel) in
            var list = ListState()
            list.filter = "bot-12"
            for _ in benchmark.scaledIterations { blackHole(table.filteredAndSorted(by: list).rowCount) }
        } setup: {
            SyntheticAgents.table(count: rowCount)
        }

        Benchmark("sort 100 000 rows by name") { (benchmark: Benchmark, table: TableModel) in
            var list = ListState()
            list.sortColumn = 0
            for _ in benchmark.scaledIterations { blackHole(table.filteredAndSorted(by: list).rowCount) }
        } setup: {
            SyntheticAgents.table(count: rowCount)
        }

        Benchmark("sort 100 000 rows by tools (numbers), descending") { (benchmark: Benchmark, table: TableModel) in
            var list = ListState()
            list.sortColumn = 4
            list.sortAscending = false
            for _ in benchmark.scaledIterations { blackHole(table.filteredAndSorted(by: list).rowCount) }
        } setup: {
            SyntheticAgents.table(count: rowCount)
        }
    }
}

/// Agents made from JSON like the server's, with names, types, teams and tool counts that vary.
enum SyntheticAgents {
    static let now = Date(timeIntervalSince1970: 1_748_779_200)

    static func make(count: Int) -> [Agent] {
        let types = ["agent", "mcp_gateway", "llm_proxy"]
        let teams = ["Platform", "Research", "Support", "Sales"]
        return (0..<count).compactMap { index in
            let json: JSONValue = .object([
                "id": .string("agent-\(index)"),
                "name": .string("\(index % 7 == 0 ? "support" : "ops")-bot-\(index)"),
                "agentType": .string(types[index % types.count]),
                "scope": .string(index % 3 == 0 ? "org" : "team"),
                "teams": .array([.object(["id": .string("t-\(index % teams.count)"), "name": .string(teams[index % teams.count])])]),
                "tools": .array((0..<(index % 9)).map { .object(["id": .string("tool-\($0)"), "name": .string("tool \($0)")]) }),
                "llmModel": .string(index % 2 == 0 ? "gpt-4o" : "claude-sonnet-4"),
                "updatedAt": .string("2025-05-\(10 + index % 20)T12:00:00.000Z"),
                "description": .string("Synthetic agent number \(index)"),
            ])
            return try? Agent(json: json)
        }
    }

    static func table(count: Int) -> TableModel {
        TableModel(
            columns: AgentsResource.columns, rows: make(count: count).map { AgentsResource.row(for: $0, now: now) },
            emptyMessage: "no agents")
    }
}
