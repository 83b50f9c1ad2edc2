import Foundation
import XCTest
@testable import ArchestraAPI

final class LeniencyTests: XCTestCase {
    func testUnknownFieldsAreIgnoredAndKeptInRaw() throws {
        let agent = try Fixture.decode(Agent.self, literal: #"{"id":"a1","name":"X","agentType":"agent","futureField":{"deep":[1,2]}}"#)
        XCTAssertEqual(agent.name, "X")
        XCTAssertEqual(agent.raw["futureField"]?["deep"], .array([.number(1), .number(2)]))
    }

    func testUnknownAgentTypeSurvivesAsRawString() throws {
        let agent = try Fixture.decode(Agent.self, literal: #"{"id":"a1","agentType":"quantum_agent","scope":"galaxy"}"#)
        XCTAssertEqual(agent.agentType.rawValue, "quantum_agent")
        XCTAssertFalse(agent.agentType.isKnown)
        XCTAssertEqual(agent.agentType.description, "quantum_agent")
        XCTAssertEqual(agent.scope.rawValue, "galaxy")
        XCTAssertFalse(agent.scope.isKnown)
        XCTAssertTrue(AgentType.mcpGateway.isKnown)
    }

    func testWrongTypedFieldsStillYieldTheRecord() throws {
        let agent = try Fixture.decode(
            Agent.self,
            literal:
                #"{"id":"a1","name":42,"isDefault":"yes","latestVersion":"7","teams":{"id":"t"},"tools":[{"id":"t1"},17,{"name":"no id"}],"knowledgeBaseIds":["k1",5]}"#
        )
        XCTAssertEqual(agent.id, "a1")
        XCTAssertEqual(agent.name, "", "a number where a string belongs reads as empty")
        XCTAssertFalse(agent.isDefault)
        XCTAssertEqual(agent.latestVersion, 7, "numeric strings are accepted for numbers")
        XCTAssertEqual(agent.teams, [])
        XCTAssertEqual(agent.tools, [AgentTool(id: "t1")], "tool elements without an id are dropped")
        XCTAssertEqual(agent.knowledgeBaseIds, ["k1"])
    }

    func testMissingNullableFieldsReadAsNilOrEmpty() throws {
        let agent = try Fixture.decode(Agent.self, literal: #"{"id":"only-id"}"#)
        XCTAssertEqual(agent.name, "")
        XCTAssertEqual(agent.agentType.rawValue, "")
        XCTAssertNil(agent.description)
        XCTAssertNil(agent.latestVersion)
        XCTAssertNil(agent.createdAtDate)
        XCTAssertEqual(agent.labels, [])
        let server = try Fixture.decode(MCPServer.self, literal: #"{"id":"s1","teamDetails":null,"localInstallationStatus":null}"#)
        XCTAssertNil(server.teamName)
        XCTAssertEqual(server.localInstallationStatus.rawValue, "")
        let limit = try Fixture.decode(UsageLimit.self, literal: #"{"id":"l1","limitType":"token_cost"}"#)
        XCTAssertNil(limit.modelUsage)
        XCTAssertNil(limit.usedCost)
        XCTAssertNil(limit.cleanupInterval)
    }

    func testRecordWithoutIdIsRejected() {
        XCTAssertThrowsError(try Fixture.decode(Agent.self, literal: #"{"name":"nameless"}"#))
        XCTAssertThrowsError(try Fixture.decode(Agent.self, literal: #"{"id":""}"#))
        XCTAssertThrowsError(try Fixture.decode(Agent.self, literal: "42"))
        XCTAssertThrowsError(try Agent(json: .array([]))) { error in
            XCTAssertTrue(error is RecordDecodingError)
        }
    }

    func testNumericIdIsKeptAsString() throws {
        let team = try Fixture.decode(Team.self, literal: #"{"id":12345,"name":"Numbers"}"#)
        XCTAssertEqual(team.id, "12345")
    }

    func testPageWithGarbageElementKeepsTheOthersAndCountsSkipped() throws {
        let json = try Fixture.value(
            #"""
            {"data":[{"id":"a1","name":"One"},7,{"name":"no id"},{"id":"a2","name":"Two"}],
             "pagination":{"currentPage":1,"limit":20,"total":4,"totalPages":1,"hasNext":false,"hasPrev":false}}
            """#)
        let page = try Page<Agent>(envelope: json)
        XCTAssertEqual(page.data.map(\.name), ["One", "Two"])
        XCTAssertEqual(page.skipped, 2)
        XCTAssertEqual(page.pagination.total, 4)
    }

    func testPageWithoutPaginationReadsAsOneCompletePage() throws {
        let page = try Page<Team>(envelope: Fixture.value(#"{"data":[{"id":"t1"},{"id":"t2"}]}"#))
        XCTAssertEqual(page.pagination, Pagination(currentPage: 1, limit: 2, total: 2, totalPages: 1, hasNext: false, hasPrev: false))
    }

    func testEnvelopeWithoutDataArrayIsAnError() {
        XCTAssertThrowsError(try Page<Agent>(envelope: Fixture.value(#"[{"id":"a1"}]"#)))
        XCTAssertThrowsError(try Page<Agent>(envelope: Fixture.value(#"{"data":{"id":"a1"}}"#)))
    }

    func testLenientEnumsRoundTripThroughCodable() throws {
        let encoded = try JSONEncoder().encode([CleanupInterval.calendarWeekMonday, CleanupInterval(rawValue: "fortnight")])
        XCTAssertEqual(String(decoding: encoded, as: UTF8.self), #"["calendar_week_monday","fortnight"]"#)
        let decoded = try JSONDecoder().decode([CleanupInterval].self, from: encoded)
        XCTAssertEqual(decoded.map(\.isKnown), [true, false])
    }

    func testISO8601AcceptsWithAndWithoutFractionAndRejectsGarbage() throws {
        let withFraction = try XCTUnwrap(ISO8601.date(from: "2026-09-08T11:00:00.250Z"))
        let without = try XCTUnwrap(ISO8601.date(from: "2026-09-08T11:00:00Z"))
        XCTAssertEqual(without.timeIntervalSince1970, 1_788_865_200)
        XCTAssertEqual(withFraction.timeIntervalSince(without), 0.25, accuracy: 0.0001)
        XCTAssertNil(ISO8601.date(from: "yesterday"))
        XCTAssertNil(ISO8601.date(from: ""))
        XCTAssertNil(ISO8601.date(from: nil))
    }
}

final class TimestampTests: XCTestCase {
    func testOffsetsAndMissingZones() throws {
        let utc = try XCTUnwrap(ISO8601.date(from: "2026-09-08T11:00:00Z"))
        XCTAssertEqual(ISO8601.date(from: "2026-09-08T13:00:00+02:00"), utc)
        XCTAssertEqual(ISO8601.date(from: "2026-09-08T13:00:00.000+02:00"), utc)
        XCTAssertEqual(ISO8601.date(from: "2026-09-08T11:00:00"), utc, "no zone means UTC")
        XCTAssertEqual(ISO8601.string(from: utc), "2026-09-08T11:00:00.000Z")
    }
}
