import Foundation
import XCTest
@testable import ArchestraAPI

/// Which field a 400 is about, for every message shape the platform and the simulator produce.
final class ValidationMessageTests: XCTestCase {
    func testFastifyAndAjvMessages() {
        XCTAssertEqual(ValidationMessage.field(in: "body/name must be string"), "name")
        XCTAssertEqual(ValidationMessage.field(in: "body must have required property 'scope'"), "scope")
        XCTAssertEqual(ValidationMessage.field(in: "body/name Required"), "name", "zod through fastify-type-provider-zod")
        XCTAssertEqual(
            ValidationMessage.field(in: "body/scope Invalid enum value. Expected 'personal' | 'team' | 'org', received 'x'"), "scope")
        XCTAssertEqual(ValidationMessage.field(in: "querystring/limit must be <= 100"), "limit")
        XCTAssertEqual(ValidationMessage.field(in: "body.limitValue should be number"), "limitValue", "Fastify 3 wrote paths with dots")
        XCTAssertNil(ValidationMessage.field(in: "body/ At least one team is required"), "a refinement on the whole body names nothing")
    }

    func testSeveralFastifyIssuesAreSplitOnlyAtRequestParts() {
        let issues = ValidationMessage.issues(
            in: "body/scope must be one of personal, team, org, body/teams/1 must be string, body must have required property 'name'")
        XCTAssertEqual(issues.map(\.path), [["scope"], ["teams", "1"], ["name"]])
        XCTAssertEqual(issues[0].message, "must be one of personal, team, org")
        XCTAssertEqual(issues.map(\.field), ["scope", "teams", "name"])
        let nested = ValidationMessage.issues(in: "body/runtime must have required property 'image'")
        XCTAssertEqual(nested.first?.path, ["runtime", "image"])
        XCTAssertEqual(nested.first?.field, "runtime")
    }

    func testFieldColonMessages() {
        XCTAssertEqual(ValidationMessage.field(in: #""scope": team scope needs at least one team"#), "scope")
        XCTAssertEqual(ValidationMessage.field(in: "'teams': unknown team"), "teams")
        let env = ValidationMessage.issues(in: #""environmentValues.GITHUB_PERSONAL_ACCESS_TOKEN": required by github"#)
        XCTAssertEqual(env.first?.path, ["environmentValues", "GITHUB_PERSONAL_ACCESS_TOKEN"])
        XCTAssertEqual(env.first?.message, "required by github")
        XCTAssertEqual(ValidationMessage.field(in: "runtime.image: Required"), "runtime")
        XCTAssertNil(ValidationMessage.field(in: "Error: something broke"), "a capitalised word is not a field")
        XCTAssertNil(ValidationMessage.field(in: "error: something broke"), "nor a word that starts sentences")
    }

    func testZodValidationErrorAndIssueLists() {
        let issues = ValidationMessage.issues(
            in: #"Validation error: Required at "name"; Expected number, received string at "body.limitValue""#)
        XCTAssertEqual(issues.map(\.field), ["name", "limitValue"])
        XCTAssertEqual(issues.first?.message, "Required")
        let list = ValidationMessage.issues(in: #"[{"code":"invalid_type","path":["labels",0,"key"],"message":"Required"}]"#)
        XCTAssertEqual(list, [ValidationIssue(path: ["labels", "0", "key"], message: "Required")])
    }

    func testLeadingFieldAndFreeText() {
        XCTAssertEqual(ValidationMessage.field(in: "limitValue must be greater than 0"), "limitValue")
        XCTAssertEqual(ValidationMessage.field(in: "name is required and must be a non-empty string"), "name")
        XCTAssertNil(ValidationMessage.field(in: "An agent's model and API key must be set together"))
        XCTAssertNil(ValidationMessage.field(in: "team scope needs at least one team"), "'team scope' is not a field")
        XCTAssertEqual(ValidationMessage.issues(in: "Bad"), [ValidationIssue(path: [], message: "Bad")])
        XCTAssertEqual(ValidationMessage.issues(in: "  "), [])
    }

    func testTheErrorReadsItsOwnMessageOnlyForValidationFailures() {
        let rejected = ArchestraError.http(
            status: 400, type: "api_validation_error", message: "body/name must be string, body/scope Required",
            endpoint: "POST /api/agents")
        XCTAssertTrue(rejected.isValidationError)
        XCTAssertEqual(rejected.validationField, "name")
        XCTAssertEqual(rejected.validationFields, ["name", "scope"])
        let env = ArchestraError.http(
            status: 400, type: nil, message: #""environmentValues.TOKEN": required"#, endpoint: "POST /api/mcp_server")
        XCTAssertEqual(env.validationFieldPath, ["environmentValues", "TOKEN"])
        let typedOnly = ArchestraError.http(status: 422, type: nil, message: "name: Required", endpoint: "POST /x")
        XCTAssertEqual(typedOnly.validationField, "name")
        let notFound = ArchestraError.http(status: 404, type: "api_not_found_error", message: "name must exist", endpoint: "GET /x")
        XCTAssertFalse(notFound.isValidationError)
        XCTAssertNil(notFound.validationField)
        XCTAssertNil(ArchestraError.transport(.timeout, endpoint: "GET /x").validationField)
        XCTAssertEqual(ArchestraError.http(status: 400, type: nil, message: "Bad Request", endpoint: "POST /x").validationFields, [])
    }
}
