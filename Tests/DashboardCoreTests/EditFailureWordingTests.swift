import XCTest
import ArchestraAPI
@testable import DashboardCore

/// A save, delete or restore is asked for once: its failure must not promise a retry that never comes.
final class EditFailureWordingTests: XCTestCase {
    let serverFailure = ArchestraError.http(status: 500, type: nil, message: "injected failure", endpoint: "PUT /api/agents/agent-0")

    func testAFailedSaveDoesNotSayItWillBeRetried() {
        var state = CoreFixture.stateWithAgents(total: 3)
        _ = state.reduce(.key(.character("E")))
        _ = state.reduce(
            .edited(
                .loaded(
                    .object([
                        "id": .string("agent-0"), "name": .string("Agent 0"),
                        "description": .string("old"), "scope": .string("org"),
                    ]))))
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.character("!")))
        _ = state.reduce(.key(.control("s")))
        _ = state.reduce(.edited(.saveFailed(serverFailure, recoveryPath: nil)))
        guard case .edit(let session)? = state.ui.overlay else { return XCTFail("the form stays open") }
        let message = try! XCTUnwrap(session.message)
        XCTAssertTrue(message.hasPrefix("not saved: 500 injected failure"), message)
        XCTAssertFalse(message.contains("retried"), "nothing retries a save: \(message)")
        XCTAssertTrue(message.contains("check the server logs"), message)
    }

    func testAFailedDeleteDoesNotSayItWillBeRetried() {
        var state = CoreFixture.stateWithAgents(total: 3)
        _ = state.reduce(.edited(.deleteFailed(serverFailure)))
        let flash = try! XCTUnwrap(state.ui.flash)
        XCTAssertTrue(flash.hasPrefix("not deleted: 500 injected failure"), flash)
        XCTAssertFalse(flash.contains("retried"), flash)
    }

    func testPollingStillSaysItWillBeRetried() {
        XCTAssertTrue(serverFailure.description.contains("it will be retried"))
        XCTAssertFalse(serverFailure.descriptionOfOneRequest.contains("retried"))
        XCTAssertEqual(
            ArchestraError.http(status: 404, type: nil, message: "Not Found", endpoint: "GET /x").descriptionOfOneRequest,
            ArchestraError.http(status: 404, type: nil, message: "Not Found", endpoint: "GET /x").description)
    }
}
