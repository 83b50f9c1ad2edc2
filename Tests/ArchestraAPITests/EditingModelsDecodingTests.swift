import Foundation
import XCTest
@testable import ArchestraAPI

/// The lenient models added for editing: agent versions, team members, install configuration.
final class EditingModelsDecodingTests: XCTestCase {
    func testAgentVersionReadsThePlatformShape() throws {
        let version = try AgentVersion(
            json: Fixture.value(
                """
                {"id":"v-3","agentId":"a-1","organizationId":"org","versionNumber":3,"source":"restore","restoredFromVersion":1,
                 "createdAt":"2026-09-08T14:03:11.482Z","createdBy":"u-1","createdByName":"Dana Whitfield",
                 "snapshot":{"name":"Bot","description":null},"futureField":true}
                """))
        XCTAssertEqual(version.id, "v-3")
        XCTAssertEqual(version.agentId, "a-1")
        XCTAssertEqual(version.version, 3)
        XCTAssertEqual(version.source, "restore")
        XCTAssertEqual(version.restoredFromVersion, 1)
        XCTAssertEqual(version.createdById, "u-1")
        XCTAssertEqual(version.createdByName, "Dana Whitfield")
        XCTAssertNotNil(version.createdAtDate)
        XCTAssertEqual(version.snapshot?["description"], .null)
        XCTAssertEqual(version.raw["futureField"], .bool(true))
    }

    func testAgentVersionReadsTheAlternativeNames() throws {
        let version = try AgentVersion(
            json: Fixture.value(
                """
                {"agentId":"a-1","version":"2","createdBy":{"id":"u-2","name":"Ravi","email":"ravi@x"},"config":{"name":"Old"}}
                """))
        XCTAssertEqual(version.id, "a-1#2", "a version without an id gets one from its agent and number")
        XCTAssertEqual(version.version, 2)
        XCTAssertEqual(version.createdById, "u-2")
        XCTAssertEqual(version.createdByName, "Ravi")
        XCTAssertEqual(version.snapshot?["name"], .string("Old"))
        let listed = try AgentVersion(json: Fixture.value(#"{"id":"v","versionNumber":1}"#))
        XCTAssertNil(listed.snapshot, "list entries carry no snapshot")
        XCTAssertThrowsError(try AgentVersion(json: Fixture.value(#"{"id":"v"}"#)), "no version number: not a version")
    }

    func testTeamMemberWithAndWithoutAName() throws {
        let member = try TeamMember(
            json: Fixture.value(
                """
                {"id":"m-1","teamId":"t","userId":"u","role":"admin","syncedFromSso":true,"name":"Mei","email":"mei@x","image":null}
                """))
        XCTAssertEqual(member.displayName, "Mei")
        XCTAssertEqual(member.role, "admin")
        XCTAssertTrue(member.syncedFromSso)
        XCTAssertNil(member.image)
        let anonymous = try TeamMember(json: Fixture.value(#"{"userId":"u-9","name":null,"email":"x@y"}"#))
        XCTAssertEqual(anonymous.id, "u-9")
        XCTAssertEqual(anonymous.displayName, "x@y")
        XCTAssertThrowsError(try TeamMember(json: Fixture.value(#"{"id":"m"}"#)))
    }

    func testCatalogItemInstallConfiguration() throws {
        let item = try CatalogItem(
            json: Fixture.value(
                """
                {"id":"c","name":"postgres","localConfig":{"environment":[
                   {"key":"DATABASE_URL","type":"secret","promptOnInstallation":true,"required":true,"description":"URL"},
                   {"key":"MAX_ROWS","type":"number","promptOnInstallation":true,"required":true,"default":500},
                   {"key":"READ_ONLY","type":"boolean","promptOnInstallation":false,"required":true,"value":true},
                   {"type":"plain_text"}]},
                 "userConfig":{"dirs":{"type":"directory","title":"Dirs","required":true,"multiple":true},
                               "ro":{"type":"boolean","required":true,"default":false}}}
                """))
        XCTAssertEqual(item.environmentEntries.map(\.key), ["DATABASE_URL", "MAX_ROWS", "READ_ONLY"], "an entry without a key is dropped")
        XCTAssertEqual(item.environmentEntries.filter(\.mustBeSupplied).map(\.key), ["DATABASE_URL"])
        XCTAssertEqual(item.environmentEntries[1].defaultValue, "500")
        XCTAssertEqual(item.environmentEntries[2].value, "true")
        XCTAssertTrue(item.environmentEntries[0].isSecret)
        XCTAssertEqual(item.userConfigFields.map(\.name), ["dirs", "ro"])
        XCTAssertEqual(item.userConfigFields.filter(\.mustBeSupplied).map(\.name), ["dirs"])
        XCTAssertTrue(item.userConfigFields[0].multiple)
        let plain = try CatalogItem(json: Fixture.value(#"{"id":"r","localConfig":null,"userConfig":null}"#))
        XCTAssertEqual(plain.environmentEntries, [])
        XCTAssertEqual(plain.userConfigFields, [])
    }
}
