import XCTest
import ArchestraAPI
import DashboardCore
import DashboardViews
import TerminalUI

/// The conflict question's answers are read whole, at 80 columns too.
final class ConflictAnswersScreenTests: XCTestCase {
    func testTheAnswersAreWholeAt80And160Columns() {
        var state = SampleState.full(pane: .agents)
        _ = state.reduce(.key(.character("E")))
        _ = state.reduce(
            .edited(
                .loaded(
                    .object([
                        "id": .string("a-1"), "name": .string("FAQ Bot"), "description": .string("old"),
                        "scope": .string("org"), "agentType": .string("agent"), "latestVersion": .number(2),
                    ]))))
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.character("!")))
        _ = state.reduce(.key(.control("s")))
        _ = state.reduce(
            .edited(
                .conflict(
                    theirs: .object([
                        "id": .string("a-1"), "name": .string("FAQ Bot"), "description": .string("theirs"),
                        "scope": .string("org"), "agentType": .string("agent"),
                        "latestVersion": .number(3),
                    ]))))
        for (width, height) in [(80, 24), (160, 48)] {
            var sized = state
            sized.ui.screenWidth = width
            sized.ui.screenHeight = height
            let text = DashboardView.render(sized, width: width, height: height, glyphs: .unicode).lines().joined(separator: "\n")
            XCTAssertTrue(text.contains("Conflict"), text)
            XCTAssertTrue(text.contains("o overwrites with your changes · e edits again on top of theirs"), text)
            XCTAssertTrue(text.contains("c cancels (your edit is kept)"), "at \(width) columns:\n\(text)")
        }
    }
}
