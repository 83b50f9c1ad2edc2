import XCTest
import ArchestraAPI
@testable import DashboardCore

/// Every column of every table can be sorted by its own letter.
final class ResourceColumnsTests: XCTestCase {
    func testSortLettersAreUniqueInEveryTable() {
        var state = CoreFixture.state(pane: .overview)
        var tables: [(String, [ColumnSpec])] = []
        for pane in Pane.allCases {
            state.ui.pane = pane
            if pane == .mcp {
                for tab in [RegistryTab.installed, .catalog] {
                    state.ui.registryTab = tab
                    tables.append(("mcp \(tab)", state.visibleTable?.columns ?? []))
                }
            } else if pane == .stats {
                for tab in StatsTab.allCases {
                    state.ui.statsTab = tab
                    tables.append(("stats \(tab)", state.visibleTable?.columns ?? []))
                }
            } else {
                tables.append(("\(pane)", state.visibleTable?.columns ?? []))
            }
        }
        for (name, columns) in tables {
            let letters = columns.map(\.sortLetter)
            XCTAssertEqual(Set(letters).count, letters.count, "\(name): \(columns.map { "\($0.sortLetter)=\($0.title)" })")
        }
    }
}

/// What rows say about values the server may leave out.
final class ResourceRowTextTests: XCTestCase {
    func testConnectorsNameTheirTypeOnlyWhenKnown() {
        let base = KnowledgeBase(
            id: "kb", name: "Handbook",
            connectors: [
                ConnectorRef(id: "1", name: "Support space", connectorType: "confluence"), ConnectorRef(id: "2", name: "Uploads"),
            ])
        let row = KnowledgeBasesResource.row(for: base, health: nil)
        XCTAssertEqual(row.cells[3], "Support space (confluence), Uploads")
    }
}
