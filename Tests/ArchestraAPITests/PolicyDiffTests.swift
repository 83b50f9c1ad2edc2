import ArchestraAPI
import XCTest

/// The policy editor's save: exactly the requests that turn the server's list into the edited one.
final class PolicyDiffTests: XCTestCase {
    private let repo = PolicyCondition(key: "repo", operator: "startsWith", value: "internal/")
    private let to = PolicyCondition(key: "to", operator: "endsWith", value: "@example.com")

    private var server: [ToolPolicy] {
        [
            ToolPolicy(
                id: "p-default", family: .toolInvocation, toolId: "t1", action: .blockWhenContextIsUntrusted, note: "not with untrusted"),
            ToolPolicy(id: "p-repo", family: .toolInvocation, toolId: "t1", conditions: [repo], action: .allowWhenContextIsUntrusted),
            ToolPolicy(id: "p-other-tool", family: .toolInvocation, toolId: "t2", action: .blockAlways),
        ]
    }

    private func diff(_ edited: [PolicyDraft]) -> [PolicyRequest] {
        PolicyDiff.requests(family: .toolInvocation, toolId: "t1", server: server, edited: edited)
    }

    private var unchanged: [PolicyDraft] {
        [
            PolicyDraft(action: .blockWhenContextIsUntrusted, note: "not with untrusted"),
            PolicyDraft(conditions: [repo], action: .allowWhenContextIsUntrusted),
        ]
    }

    func testAnUnchangedListSendsNothing() {
        XCTAssertEqual(diff(unchanged), [])
        XCTAssertEqual(diff(server.prefix(2).map(PolicyDraft.init)), [], "the same with ids")
        XCTAssertEqual(diff(unchanged.reversed()), [], "order alone is no change without sortOrder")
    }

    func testAChangedDefaultIsOnePutOfTheActionAlone() {
        var edited = unchanged
        edited[0].action = .blockAlways
        let requests = diff(edited)
        XCTAssertEqual(requests.count, 1)
        XCTAssertEqual(requests.first?.method, "PUT")
        XCTAssertEqual(requests.first?.path, "/api/autonomy-policies/tool-invocation/p-default")
        XCTAssertEqual(requests.first?.body, .object(["action": .string("block_always")]))
    }

    func testAClearedNoteIsSentAsNullAndAnEmptyNoteIsNoNote() {
        var edited = unchanged
        edited[0].note = ""
        XCTAssertEqual(diff(edited).first?.body, .object(["reason": .null]))
        let trusted = [ToolPolicy(id: "d", family: .trustedData, toolId: "t1", action: .markAsTrusted, note: nil)]
        let requests = PolicyDiff.requests(
            family: .trustedData, toolId: "t1", server: trusted, edited: [PolicyDraft(action: .markAsTrusted, note: "")])
        XCTAssertEqual(requests, [])
    }

    func testANewRuleIsPostedWithEverythingItNeeds() {
        let requests = diff(unchanged + [PolicyDraft(conditions: [to], action: .requireApproval, note: "outside mail")])
        XCTAssertEqual(requests.map(\.method), ["POST"])
        XCTAssertEqual(requests.first?.path, "/api/autonomy-policies/tool-invocation")
        XCTAssertEqual(
            requests.first?.body,
            .object([
                "toolId": .string("t1"), "action": .string("require_approval"), "reason": .string("outside mail"),
                "conditions": .array([
                    .object(["key": .string("to"), "operator": .string("endsWith"), "value": .string("@example.com")])
                ]),
            ]))
    }

    func testARemovedRuleIsDeletedAndOtherToolsAreLeftAlone() {
        let requests = diff([unchanged[0]])
        XCTAssertEqual(requests, [PolicyRequest(family: .toolInvocation, kind: .delete(id: "p-repo"), body: nil)])
        XCTAssertEqual(requests.first?.path, "/api/autonomy-policies/tool-invocation/p-repo")
    }

    func testChangedConditionsWithAnIdArePutWithoutOneAreReplaced() {
        let withID = diff([unchanged[0], PolicyDraft(id: "p-repo", conditions: [to], action: .allowWhenContextIsUntrusted)])
        XCTAssertEqual(withID.map(\.method), ["PUT"])
        XCTAssertEqual(withID.first?.body, .object(["conditions": .array([to.json])]))
        let withoutID = diff([unchanged[0], PolicyDraft(conditions: [to], action: .allowWhenContextIsUntrusted)])
        XCTAssertEqual(withoutID.map(\.method), ["DELETE", "POST"], "the old rule goes before the new one comes")
    }

    func testSortOrderIsComparedOnlyWhenTheDraftSetsIt() {
        var edited = unchanged
        edited[1].sortOrder = 0
        XCTAssertEqual(diff(edited).first?.body, .object(["sortOrder": .number(0)]))
    }

    func testAnIdNamedByOneDraftIsNotTakenByAnotherWithTheSameConditions() {
        // The default is named explicitly by the second draft; the first (no id, also empty conditions) is new.
        let requests = diff([
            PolicyDraft(action: .requireApproval),
            PolicyDraft(id: "p-default", action: .blockWhenContextIsUntrusted, note: "not with untrusted"),
            unchanged[1],
        ])
        XCTAssertEqual(requests.map(\.method), ["POST"])
        XCTAssertEqual(requests.first?.body?["action"], .string("require_approval"))
    }

    func testTrustedDataUsesItsOwnPathAndDescription() {
        let server = [ToolPolicy(id: "d1", family: .trustedData, toolId: "t1", action: .markAsTrusted)]
        let requests = PolicyDiff.requests(
            family: .trustedData, toolId: "t1", server: server,
            edited: [PolicyDraft(action: .sanitizeWithDualLLM, note: "mixed sources")])
        XCTAssertEqual(requests.first?.path, "/api/trusted-data-policies/d1")
        XCTAssertEqual(
            requests.first?.body, .object(["action": .string("sanitize_with_dual_llm"), "description": .string("mixed sources")]))
    }
}
