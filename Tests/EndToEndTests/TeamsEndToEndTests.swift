import Foundation
import XCTest
import ArchestraAPI

/// Issue 23's worked example: `:teams`, `Enter` on a team shows its members, `Esc` goes back.
final class TeamsEndToEndTests: XCTestCase {
    func testEnterOnATeamShowsItsMembersAndEscGoesBack() async throws {
        let fixture = try await SimulatorFixture()
        let teams = try await fixture.client.teams().data
        let team = try XCTUnwrap(teams.first)
        let members = try await fixture.client.teamMembers(teamID: team.id)
        let member = try XCTUnwrap(members.first { ($0.email ?? "").isEmpty == false })
        let session = try fixture.console()
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.type(":teams")
        try session.send("Enter")
        let list = try session.waitFor(text: "Teams 1-", timeout: 5)
        XCTAssertTrue(list.contains(team.name), list)
        XCTAssertTrue(list.contains("Enter members"), "the hint says what Enter does here:\n\(list)")

        try session.send("Enter")
        let shown = try session.waitFor(text: member.email ?? "", timeout: 10)
        XCTAssertTrue(shown.contains("Team Members · team \(team.name)"), "the title says whose members:\n\(shown)")
        let asked = await fixture.simulator.recordedRequests().filter { $0.path == "/api/teams/\(team.id)/members" }
        XCTAssertFalse(asked.isEmpty, "the members were asked of the server")

        try session.send("Escape")
        _ = try session.waitFor("back on the teams") { $0.contains("Teams 1-") && !$0.contains("Team Members") }
        await fixture.shutdown()
    }
}
