import ArchestraAPI
import XCTest

/// A quick action on a tool's default: one request, and one that puts back what was there.
final class DefaultActionChangeTests: XCTestCase {
    private let existing = ToolPolicy(id: "d1", family: .toolInvocation, toolId: "t1", action: .blockWhenContextIsUntrusted)

    func testAnExistingDefaultIsPutAndPutBack() {
        let change = DefaultActionChange(
            family: .toolInvocation, toolId: "t1", current: PolicySet([existing]), action: .blockAlways)
        XCTAssertEqual(change.request?.method, "PUT")
        XCTAssertEqual(change.request?.path, "/api/autonomy-policies/tool-invocation/d1")
        XCTAssertEqual(change.request?.body, .object(["action": .string("block_always")]))
        let undo = change.undoRequest(created: nil)
        XCTAssertEqual(undo?.path, "/api/autonomy-policies/tool-invocation/d1")
        XCTAssertEqual(undo?.body, .object(["action": .string("block_when_context_is_untrusted")]))
    }

    func testWithoutADefaultOneIsPostedAndTheUndoDeletesWhatWasCreated() {
        let rule = ToolPolicy(
            id: "r1", family: .trustedData, toolId: "t1", conditions: [PolicyCondition(key: "a", operator: "equal", value: "b")],
            action: .markAsTrusted)
        let change = DefaultActionChange(family: .trustedData, toolId: "t1", current: PolicySet([rule]), action: .markAsUntrusted)
        XCTAssertEqual(change.request?.method, "POST")
        XCTAssertEqual(
            change.request?.body,
            .object(["toolId": .string("t1"), "conditions": .array([]), "action": .string("mark_as_untrusted")]))
        XCTAssertNil(change.undoRequest(created: nil), "nothing known to delete")
        let created = ToolPolicy(id: "new", family: .trustedData, toolId: "t1", action: .markAsUntrusted)
        XCTAssertEqual(change.undoRequest(created: created), PolicyRequest(family: .trustedData, kind: .delete(id: "new"), body: nil))
    }

    func testTheSameActionSendsNothing() {
        let change = DefaultActionChange(
            family: .toolInvocation, toolId: "t1", current: PolicySet([existing]), action: .blockWhenContextIsUntrusted)
        XCTAssertNil(change.request)
        XCTAssertNil(change.undoRequest(created: nil))
    }
}
