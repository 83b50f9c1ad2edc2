import XCTest
import ArchestraAPI
import DashboardCore
import DashboardViews
import TerminalUI

/// `:tools`, a tool's detail and an agent's tools, at both sizes; actions coloured by role.
final class ToolsScreenTests: XCTestCase {
    func render(_ state: AppState, _ width: Int, _ height: Int) -> ScreenBuffer {
        var sized = state
        sized.ui.screenWidth = width
        sized.ui.screenHeight = height
        return DashboardView.render(sized, width: width, height: height, glyphs: .unicode)
    }

    func testToolDetailAtBothSizes() {
        for (width, height) in PaneGoldenTests.sizes {
            Golden.assert(render(SampleTools.detail(), width, height).lines(), named: "tool-detail-\(width)x\(height)")
        }
    }

    func testAgentToolsAtBothSizes() {
        for (width, height) in PaneGoldenTests.sizes {
            Golden.assert(render(SampleTools.agentTools(), width, height).lines(), named: "agent-tools-\(width)x\(height)")
        }
    }

    /// Block red, approval yellow, the rest in the row's colour; the words say the same without colour.
    func testActionsAreColouredByRoleAndSaidInWords() throws {
        /// The role of the cell where `text` starts on the row naming `name`, with `selected` selected.
        func role(of text: String, onRowWith name: String, selected: Int) throws -> ColorRole {
            var state = SampleState.full(pane: .tools)
            state.ui.updateList(.tools) { $0.selected = selected }
            let buffer = render(state, 160, 48)
            let lines = buffer.lines()
            let row = try XCTUnwrap(lines.firstIndex { $0.contains(name) }, "no row for \(name)")
            let start = try XCTUnwrap(lines[row].range(of: text, options: .backwards), "no \(text) on \(lines[row])")
            return buffer[lines[row].distance(from: lines[row].startIndex, to: start.lowerBound), row].style.role
        }
        XCTAssertEqual(try role(of: "block if untrusted", onRowWith: "create_issue", selected: 3), .danger)
        XCTAssertEqual(try role(of: "require approval", onRowWith: "run_query", selected: 3), .warning)
        XCTAssertEqual(try role(of: "dual LLM", onRowWith: "run_query", selected: 3), .warning)
        XCTAssertEqual(try role(of: "block always", onRowWith: "delete_repo", selected: 3), .danger)
        XCTAssertEqual(try role(of: "allow if untrusted", onRowWith: "web_search", selected: 0), .normal, "allowing is drawn as the row")
        XCTAssertEqual(try role(of: "trusted", onRowWith: "web_search", selected: 0), .normal)
    }

    func testAnOlderServerWithoutToolsSaysSo() {
        var state = SampleState.full(pane: .tools)
        state[ToolsResource.source] = Loadable()
        state[ToolsResource.source].fail(
            .http(status: 404, type: "api_not_found_error", message: "Route GET:/api/tools not found", endpoint: "GET /api/tools"),
            at: SampleState.time(1), retryAfter: nil)
        let screen = render(state, 80, 24).lines().joined(separator: "\n")
        XCTAssertTrue(screen.contains("tools: not available on this server version"), screen)
    }
}
