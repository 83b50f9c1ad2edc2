import Foundation
import XCTest
import ArchestraAPI
import DashboardCore
@testable import archestra_tui

/// What `snapshot` exits with and says on stderr, for each outcome of a fetch.
final class SnapshotVerdictTests: XCTestCase {
    let server = "https://archestra.example.com"
    let table = TableExport(name: "limits", columns: ["id"], rows: [["a"]])

    func failure(_ source: SourceID, _ error: ArchestraError, main: Bool) -> SnapshotFailure {
        SnapshotFailure(source: source, label: source.name, error: error, isPaneData: main)
    }

    func testAllWellIsZeroAndQuiet() {
        let verdict = SnapshotVerdict.judge(Snapshot(table: table), failAbove: nil, server: server)
        XCTAssertEqual(verdict, SnapshotVerdict(status: 0, messages: [], printsTable: true))
    }

    func testALimitAtTheThresholdIsCriticalAndNamed() {
        let snapshot = Snapshot(
            table: table,
            limits: [
                LimitUsage(name: "team Platform cost", percent: 90),
                LimitUsage(name: "Organization cost", percent: 42.25),
            ])
        let verdict = SnapshotVerdict.judge(snapshot, failAbove: 90, server: server)
        XCTAssertEqual(verdict.status, 2)
        XCTAssertEqual(verdict.messages, ["usage limit at or above 90%: team Platform cost at 90%"])
        XCTAssertTrue(verdict.printsTable)
        let below = SnapshotVerdict.judge(snapshot, failAbove: 90.5, server: server)
        XCTAssertEqual(below.status, 0)
        XCTAssertEqual(below.messages, ["every usage limit is below 90.5%; the fullest: team Platform cost at 90%"])
    }

    func testUnreachableIsUnknownOnOneLineNamingTheURL() {
        let refused = ArchestraError.transport(.connectionRefused, endpoint: "GET /api/limits")
        let snapshot = Snapshot(
            table: table, failures: [failure(LimitsResource.source.id, refused, main: true)],
            unreachable: true)
        let verdict = SnapshotVerdict.judge(snapshot, failAbove: 80, server: server)
        XCTAssertEqual(verdict.status, 3)
        XCTAssertFalse(verdict.printsTable)
        XCTAssertEqual(verdict.messages.count, 1)
        XCTAssertTrue(verdict.messages[0].hasPrefix("cannot reach the Archestra server at \(server): "), verdict.messages[0])
    }

    func testRejectedKeyIsAnErrorSaidOnce() {
        let rejected = ArchestraError.http(status: 401, type: nil, message: "Unauthenticated", endpoint: "GET /api/agents")
        let snapshot = Snapshot(
            table: table,
            failures: [
                failure(SourceID("agents"), rejected, main: true),
                failure(SourceID("teams"), rejected, main: false),
            ])
        let verdict = SnapshotVerdict.judge(snapshot, failAbove: nil, server: server)
        XCTAssertEqual(verdict.status, 1)
        XCTAssertFalse(verdict.printsTable)
        XCTAssertEqual(verdict.messages.count, 1)
        XCTAssertTrue(verdict.messages[0].contains("authentication failed") && verdict.messages[0].contains("401"))
    }

    func testASideSourceFailingIsOnlyAWarning() {
        let broken = ArchestraError.http(status: 500, type: nil, message: "boom\u{1B}[2J", endpoint: "GET /api/teams")
        let snapshot = Snapshot(table: table, failures: [failure(SourceID("teams"), broken, main: false)])
        let verdict = SnapshotVerdict.judge(snapshot, failAbove: nil, server: server)
        XCTAssertEqual(verdict.status, 0)
        XCTAssertTrue(verdict.printsTable)
        XCTAssertEqual(verdict.messages.count, 1)
        XCTAssertTrue(verdict.messages[0].hasPrefix("warning: teams: 500 boom on"), verdict.messages[0])
    }

    func testLimitsUnreadableMeansTheCheckCannotPass() {
        let broken = ArchestraError.http(status: 503, type: nil, message: "down", endpoint: "GET /api/limits")
        let snapshot = Snapshot(table: table, failures: [failure(LimitsResource.source.id, broken, main: false)])
        XCTAssertEqual(SnapshotVerdict.judge(snapshot, failAbove: nil, server: server).status, 0)
        let checked = SnapshotVerdict.judge(snapshot, failAbove: 90, server: server)
        XCTAssertEqual(checked.status, 1)
        XCTAssertTrue(checked.messages.contains("cannot check --fail-above: the usage limits could not be read"), "\(checked.messages)")
    }
}
