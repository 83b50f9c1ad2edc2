import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Issue 21, items 2–10: edits are not lost, failures say where the edit went, and changing keys ask first.
final class EditingSafetyEndToEndTests: XCTestCase {
    func testCtrlCInAFormWithChangesAsksBeforeQuitting() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(width: 80, height: 24)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("5")
        try session.waitFor(text: "Knowledge Bases 1-", timeout: 10)
        try session.send("n")
        try session.waitFor(text: "New knowledge base", timeout: 5)
        await fixture.simulator.clearRecordedRequests()
        try session.type("Half typed")
        try session.send("C-c")
        try session.waitFor(text: "Quit and discard your changes?", timeout: 5)
        try session.send("n")
        let screen = try session.waitFor("the form again", timeout: 5) { !$0.contains("Quit and discard") }
        XCTAssertTrue(screen.contains("Half typed") && !screen.contains("EXITED"), "still editing:\n\(screen)")
        try session.send("C-c")
        try session.waitFor(text: "Quit and discard your changes?", timeout: 5)
        try session.send("y")
        try session.waitFor(text: "EXITED:0", timeout: 10)
        let changes = await fixture.changes()
        XCTAssertTrue(changes.isEmpty, "\(changes)")
        await fixture.shutdown()
    }
}
