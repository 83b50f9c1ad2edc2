import XCTest
import DashboardCore
import TerminalUI

@testable import DashboardViews

/// Views are declared like columns: a resource names its body, `PaneViews` draws it.
final class PaneViewsTests: XCTestCase {
    func testEveryDeclaredViewIsRegistered() {
        let declared = ResourceRegistry.resources.flatMap { resource in resource.body.views.map { (resource.pane, $0) } }
        XCTAssertTrue(
            Set(declared.map(\.1)).isSuperset(of: [.overview, .proxyBreakdown]),
            "the overview and the proxy breakdown are declared views, so this test checks something")
        for (pane, id) in declared {
            XCTAssertNotNil(PaneViews.all[id], "pane \(pane.rawValue) declares view \(id), which is not in PaneViews.all")
        }
    }

    func testATableBodyHasATableInEveryTabAndACustomBodyNone() {
        for resource in ResourceRegistry.resources {
            for tab in resource.tabs {
                XCTAssertEqual(
                    tab.table != nil, resource.body.hasTable,
                    "pane \(resource.pane.rawValue) tab \"\(tab.name)\": its table does not match its declared body")
            }
        }
    }

    func testAViewNobodyRegisteredSaysSoInsteadOfABlankPane() {
        let context = RenderContext(state: SampleState.full(), glyphs: .unicode)
        var buffer = ScreenBuffer(width: 60, height: 10)
        BodyView.render(
            .custom(ViewID("teamChart")), views: [:], context: context, into: &buffer, rect: Rect(x: 0, y: 0, width: 60, height: 10))
        XCTAssertTrue(
            buffer.lines().joined(separator: "\n").contains("no view registered for teamChart"), buffer.lines().joined(separator: "\n"))
    }
}
