import Foundation
import XCTest
@testable import ArchestraAPI

final class KnowledgeAndTeamDecodingTests: XCTestCase {
    func testKnowledgeBasesPage() throws {
        let page = try Page<KnowledgeBase>(envelope: Fixture.json("knowledge-bases-list"))
        XCTAssertEqual(page.data.map(\.name), ["Support Playbooks", "Engineering Docs", "HR Policies"])
        XCTAssertFalse(page.pagination.hasNext)
        let playbooks = page.data[0]
        XCTAssertEqual(playbooks.totalDocsIndexed, 1284)
        XCTAssertEqual(playbooks.status, "active")
        XCTAssertEqual(
            playbooks.connectors,
            [ConnectorRef(id: "9b5d1f3a-7c2e-4a8b-9d6f-3e1c8a5b7d20", name: "Support space", connectorType: "confluence")])
        XCTAssertEqual(playbooks.assignedAgents.first?.agentType, .agent)
        XCTAssertEqual(playbooks.labels, [Label(key: "department", value: "support")])
        XCTAssertEqual(page.data[1].connectors.map(\.connectorType), ["github", "file_upload"])
        XCTAssertNil(page.data[2].description)
        XCTAssertEqual(page.data[2].totalDocsIndexed, 0)
    }

    func testReducedKnowledgeBaseShapeReadsListOnlyFieldsAsEmpty() throws {
        let kb = try Fixture.decode(KnowledgeBase.self, literal: #"{"id":"k1","name":"New","description":null,"status":"active"}"#)
        XCTAssertEqual(kb.connectors, [])
        XCTAssertEqual(kb.totalDocsIndexed, 0)
        XCTAssertEqual(kb.assignedAgents, [])
    }

    func testKnowledgeBaseHealth() throws {
        let health = try Fixture.decode(KnowledgeBaseHealth.self, from: "knowledge-base-health")
        XCTAssertEqual(health.status, "unhealthy")
        XCTAssertEqual(health.message, "No embedding model is configured for the organization")
        XCTAssertFalse(health.isHealthy)
    }

    func testTeamsPage() throws {
        let page = try Page<Team>(envelope: Fixture.json("teams-list"))
        XCTAssertEqual(page.data.map(\.name), ["Platform", "Support", "Data Science"])
        XCTAssertEqual(page.data.map(\.memberCount), [1, 1, 1])
        XCTAssertEqual(page.data[0].description, "Platform engineering")
        XCTAssertNil(page.data[2].description)
        XCTAssertNil(try Team(json: Fixture.value(#"{"id":"t"}"#)).memberCount, "no members array means unknown, not zero")
    }

    func testConnector() throws {
        let connector = try Fixture.decode(
            Connector.self,
            literal:
                #"{"id":"c1","name":"Support space","connectorType":"confluence","enabled":true,"schedule":"0 */6 * * *","lastSyncAt":"2026-09-08T06:00:00.000Z","lastSyncStatus":"completed_with_errors","lastSyncError":"3 pages failed"}"#
        )
        XCTAssertTrue(connector.enabled)
        XCTAssertEqual(connector.lastSyncStatus, "completed_with_errors")
        XCTAssertEqual(connector.schedule, "0 */6 * * *")
        XCTAssertNotNil(connector.lastSyncAtDate)
    }
}
