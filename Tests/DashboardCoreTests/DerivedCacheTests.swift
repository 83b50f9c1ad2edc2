import XCTest
import ArchestraAPI
@testable import DashboardCore

/// Tables are built when their inputs change, not for every frame or key that only moves the selection.
final class DerivedCacheTests: XCTestCase {
    func state() -> AppState {
        var state = CoreFixture.state(pane: .knowledge)
        state.load(KnowledgeBasesResource.source, (0..<40).map { KnowledgeBase(id: "kb-\($0)", name: "Base \($0)") })
        return state
    }

    func testMovingTheSelectionKeepsTheBuiltTable() {
        var state = state()
        let key = state.cache.table?.key
        XCTAssertNotNil(key)
        _ = state.reduce(.key(.character("j")))
        _ = state.reduce(.key(.pageDown))
        XCTAssertEqual(state.cache.table?.key, key, "selection and scroll are not inputs of the table")
        XCTAssertEqual(state.visibleTable?.rowCount, 40)
    }

    func testDataFilterSortAndTheClockRebuildIt() {
        var state = state()
        _ = state.reduce(.key(.character("/")))
        var key = state.cache.table?.key
        for action: Action in [
            .key(.character("1")), .key(.escape), .key(.character(">")),
            .tick(CoreFixture.now.addingTimeInterval(1)),
        ] {
            _ = state.reduce(action)
            XCTAssertNotEqual(state.cache.table?.key, key, "\(action)")
            key = state.cache.table?.key
        }
        state.load(KnowledgeBasesResource.source, [KnowledgeBase(id: "kb-x", name: "Only")])
        XCTAssertNotEqual(state.cache.table?.key, key)
        XCTAssertEqual(state.visibleTable?.rowCount, 1)
    }

    func testAStateChangedDirectlyIsNeverServedAnOldTable() {
        var state = state()
        state.knowledgeBases.value = []
        XCTAssertEqual(state.visibleTable?.rowCount, 0, "the revision moved, so the cache is not used")
    }
}
