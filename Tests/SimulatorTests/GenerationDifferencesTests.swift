import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

/// Each point where the 1.2 world differs from the 1.4 world (API notes §1.3, §5, §8, §9.1).
final class GenerationDifferencesTests: XCTestCase {
    func testEachWorldReportsItsVersionOnEveryMetaEndpoint() async throws {
        for (generation, version) in [(APIGeneration.v1_2, "1.2.56"), (.v1_4, "1.4.0-beta.1")] {
            let harness = try await startSimulator { $0.generation = generation }
            let health = try await harness.json("/health")
            let ready = try await harness.json("/ready")
            let openAPI = try await harness.json("/openapi.json")
            XCTAssertEqual(health["version"], .string(version))
            XCTAssertEqual(ready["version"], .string(version))
            XCTAssertEqual(openAPI["info"]?["version"], .string(version))
        }
    }

    func testTeamsArePagedOn14AndABareArrayOn12() async throws {
        let legacy = try await startSimulator { $0.generation = .v1_2 }
        let bare = try await legacy.json("/api/teams?limit=1&offset=0")
        XCTAssertGreaterThan(bare.arrayValue?.count ?? 0, 1, "every team, whatever the limit: \(bare)")
        let current = try await startSimulator { $0.generation = .v1_4 }
        let page = try await current.json("/api/teams?limit=1&offset=0")
        XCTAssertEqual(page.dataItems.count, 1)
        XCTAssertEqual(page["pagination"]?["hasNext"], .bool(true))
        let teamID = try XCTUnwrap(page.dataItems.first?["id"]?.stringValue)
        let members = try await current.jsonArray("/api/teams/\(teamID)/members")
        XCTAssertTrue(members.allSatisfy { $0["role"]?.stringValue != nil && $0["syncedFromSso"]?.boolValue != nil })
    }

    func testOptimizationRulesExistOn12Only() async throws {
        let legacy = try await startSimulator { $0.generation = .v1_2 }
        let rules = try await legacy.jsonArray("/api/optimization-rules")
        XCTAssertEqual(rules.count, 3)
        for rule in rules {
            let entityType = try XCTUnwrap(rule["entityType"]?.stringValue)
            XCTAssertTrue(["organization", "team", "agent"].contains(entityType))
            XCTAssertNotNil(rule["entityId"]?.stringValue)
            XCTAssertFalse(rule["conditions"]?.arrayValue?.isEmpty ?? true)
            XCTAssertNotNil(rule["provider"]?.stringValue)
            XCTAssertNotNil(rule["targetModel"]?.stringValue)
            XCTAssertNotNil(rule["enabled"]?.boolValue)
        }
        // The client's model reads them whole.
        XCTAssertEqual(try rules.map(OptimizationRule.init(json:)).count, 3)

        let current = try await startSimulator { $0.generation = .v1_4 }
        let list = try await current.get("/api/optimization-rules")
        XCTAssertEqual(list.status, 404)
        let create = try await current.send(.POST, "/api/optimization-rules", body: #"{"entityType":"organization"}"#)
        XCTAssertEqual(create.status, 404)
    }

    func testOptimizationRulesCanBeCreatedEditedAndDeletedOn12() async throws {
        let harness = try await startSimulator { $0.generation = .v1_2 }
        let body =
            #"{"entityType":"organization","entityId":"org","provider":"openai","targetModel":"gpt-4o-mini","conditions":[{"maxLength":200},{"hasTools":true}]}"#
        let created = try await harness.send(.POST, "/api/optimization-rules", body: body)
        XCTAssertEqual(created.status, 200, created.body)
        let id = try XCTUnwrap(created.json?["id"]?.stringValue)
        XCTAssertEqual(created.json?["enabled"], .bool(true), "enabled defaults to true")

        let updated = try await harness.send(.PUT, "/api/optimization-rules/\(id)", body: #"{"enabled":false}"#)
        XCTAssertEqual(updated.json?["enabled"], .bool(false))
        XCTAssertEqual(updated.json?["targetModel"], .string("gpt-4o-mini"), "PUT is a partial update")

        for bad in [
            #"{"entityType":"user","entityId":"u","provider":"openai","targetModel":"m","conditions":[]}"#,
            #"{"entityType":"team","entityId":"t","provider":"nope","targetModel":"m","conditions":[]}"#,
            #"{"entityType":"team","entityId":"t","provider":"openai","targetModel":"m","conditions":[{"maxLength":"long"}]}"#,
            #"{"entityType":"team","entityId":"t","provider":"openai","conditions":[]}"#,
        ] {
            let refused = try await harness.send(.POST, "/api/optimization-rules", body: bad)
            XCTAssertEqual(refused.status, 400, bad)
        }

        let deleted = try await harness.send(.DELETE, "/api/optimization-rules/\(id)")
        XCTAssertEqual(deleted.json?["success"], .bool(true))
        let rules = try await harness.jsonArray("/api/optimization-rules")
        XCTAssertFalse(rules.contains { $0["id"] == .string(id) })
        let missing = try await harness.send(.PUT, "/api/optimization-rules/\(id)", body: "{}")
        XCTAssertEqual(missing.status, 404)
    }

    func testLimitsOn12KnowThreeEntityTypesAndNoPerLimitInterval() async throws {
        let legacy = try await startSimulator { $0.generation = .v1_2 }
        let limits = try await legacy.jsonArray("/api/limits")
        XCTAssertGreaterThanOrEqual(limits.count, 6)
        XCTAssertEqual(Set(limits.compactMap { $0["entityType"]?.stringValue }), ["organization", "team", "agent"])
        XCTAssertTrue(limits.allSatisfy { $0["cleanupInterval"] == nil }, "no per-limit reset rule before 1.4")
        XCTAssertTrue(limits.allSatisfy { $0["lastCleanup"]?.stringValue != nil })
        let ratios = limits.compactMap { limit -> Double? in
            guard limit["limitType"] == .string("token_cost"), let value = limit["limitValue"]?.doubleValue else { return nil }
            return (limit["modelUsage"]?.arrayValue ?? []).compactMap { $0["cost"]?.doubleValue }.reduce(0, +) / value
        }
        XCTAssertTrue(ratios.contains { $0 > 1 }, "the demo still has a limit over its cap: \(ratios)")

        let userFilter = try await legacy.get("/api/limits?entityType=user")
        XCTAssertEqual(userFilter.status, 400)
        let userLimit = try await legacy.send(
            .POST, "/api/limits",
            body: #"{"entityType":"user","entityId":"u1","limitType":"token_cost","limitValue":5}"#)
        XCTAssertEqual(userLimit.status, 400)
        let firstTeamID = try await legacy.jsonArray("/api/teams").first?["id"]?.stringValue
        let teamID = try XCTUnwrap(firstTeamID)
        let created = try await legacy.send(
            .POST, "/api/limits",
            body: #"{"entityType":"team","entityId":"\#(teamID)","limitType":"token_cost","limitValue":5,"cleanupInterval":"1h"}"#)
        XCTAssertEqual(created.status, 200, created.body)
        XCTAssertNil(created.json?["cleanupInterval"], "a 1.2 server drops the key it does not know")

        let current = try await startSimulator { $0.generation = .v1_4 }
        let currentUsers = try await current.get("/api/limits?entityType=user")
        XCTAssertEqual(currentUsers.status, 200)
        let firstCurrentTeamID = try await current.json("/api/teams").dataItems.first?["id"]?.stringValue
        let currentTeam = try XCTUnwrap(firstCurrentTeamID)
        let firstMemberID = try await current.jsonArray("/api/teams/\(currentTeam)/members").first?["userId"]?.stringValue
        let userID = try XCTUnwrap(firstMemberID)
        let currentCreated = try await current.send(
            .POST, "/api/limits",
            body: #"{"entityType":"user","entityId":"\#(userID)","limitType":"token_cost","limitValue":5,"cleanupInterval":"1h"}"#)
        XCTAssertEqual(currentCreated.json?["cleanupInterval"], .string("1h"))
    }

    func testALimitCanMoveToAnotherEntityOn12Only() async throws {
        for generation in [APIGeneration.v1_2, .v1_4] {
            let harness = try await startSimulator { $0.generation = generation }
            let organizationLimits = try await harness.jsonArray("/api/limits?entityType=organization")
            let organizationLimit = try XCTUnwrap(organizationLimits.first)
            let id = try XCTUnwrap(organizationLimit["id"]?.stringValue)
            let teams = try await harness.json("/api/teams")
            let firstTeamID = (teams.arrayValue ?? teams.dataItems).first?["id"]?.stringValue
            let teamID = try XCTUnwrap(firstTeamID)
            let patched = try await harness.send(.PATCH, "/api/limits/\(id)", body: #"{"entityType":"team","entityId":"\#(teamID)"}"#)
            XCTAssertEqual(patched.status, 200, patched.body)
            let expected = generation == .v1_2 ? "team" : "organization"
            XCTAssertEqual(patched.json?["entityType"], .string(expected), "\(generation)")
        }
    }

    func testTheOrganizationCarriesTheLimitIntervalOn12Only() async throws {
        let legacy = try await startSimulator { $0.generation = .v1_2 }
        let legacyOrganization = try await legacy.json("/api/organization")
        XCTAssertEqual(legacyOrganization["limitCleanupInterval"], .string("1m"))
        let current = try await startSimulator { $0.generation = .v1_4 }
        let organization = try await current.json("/api/organization")
        XCTAssertNil(organization["limitCleanupInterval"])
    }

    func testTheLLMProxyEndpointsFollowTheGeneration() async throws {
        let legacy = try await startSimulator { $0.generation = .v1_2 }
        let legacySingleton = try await legacy.get("/api/llm-proxy")
        let legacyDefault = try await legacy.get("/api/llm-proxy/default")
        XCTAssertEqual(legacySingleton.status, 404)
        XCTAssertEqual(legacyDefault.status, 200)
        let current = try await startSimulator { $0.generation = .v1_4 }
        let singleton = try await current.get("/api/llm-proxy")
        let oldDefault = try await current.get("/api/llm-proxy/default")
        XCTAssertEqual(singleton.status, 200)
        XCTAssertEqual(oldDefault.status, 404)
    }
}
