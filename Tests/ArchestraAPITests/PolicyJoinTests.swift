import ArchestraAPI
import XCTest

/// Joining both policy tables on `toolId`: the empty-condition policy is the default, the rest are rules.
final class PolicyJoinTests: XCTestCase {
    private func policy(
        _ id: String, _ family: PolicyFamily, tool: String, conditions: [PolicyCondition] = [], _ action: PolicyAction,
        order: Int? = nil
    ) -> ToolPolicy {
        ToolPolicy(id: id, family: family, toolId: tool, conditions: conditions, action: action, sortOrder: order)
    }

    private let repo = PolicyCondition(key: "repo", operator: "startsWith", value: "internal/")

    func testEachToolGetsItsDefaultAndRulesOfBothFamilies() {
        let joined = ToolGuardrails.join(
            invocation: [
                policy("i1", .toolInvocation, tool: "t1", conditions: [repo], .allowWhenContextIsUntrusted),
                policy("i2", .toolInvocation, tool: "t1", .blockWhenContextIsUntrusted),
                policy("i3", .toolInvocation, tool: "t2", .blockAlways),
            ],
            trustedData: [policy("d1", .trustedData, tool: "t1", .markAsUntrusted)])
        XCTAssertEqual(joined["t1"]?.invocation.defaultPolicy?.id, "i2")
        XCTAssertEqual(joined["t1"]?.invocation.defaultAction, .blockWhenContextIsUntrusted)
        XCTAssertEqual(joined["t1"]?.invocation.rules.map(\.id), ["i1"])
        XCTAssertEqual(joined["t1"]?.trustedData.defaultAction, .markAsUntrusted)
        XCTAssertEqual(joined["t2"]?.invocation.defaultAction, .blockAlways)
        XCTAssertEqual(joined["t2"]?.trustedData.isEmpty, true)
        XCTAssertNil(joined["t3"], "a tool without policies is absent")
        XCTAssertEqual(joined["t1"]?[.toolInvocation].evaluationOrder.map(\.id), ["i1", "i2"], "rules first, the default last")
    }

    func testRulesFollowSortOrderThenServerOrder() {
        let set = PolicySet([
            policy("a", .trustedData, tool: "t", conditions: [repo], .markAsTrusted, order: 2),
            policy("b", .trustedData, tool: "t", conditions: [repo], .blockAlways),
            policy("c", .trustedData, tool: "t", conditions: [repo], .markAsUntrusted, order: 0),
        ])
        XCTAssertEqual(set.rules.map(\.id), ["c", "a", "b"])
        XCTAssertNil(set.defaultPolicy)
    }

    func testASecondDefaultStaysVisibleAsARule() {
        let set = PolicySet([
            policy("first", .toolInvocation, tool: "t", .blockAlways),
            policy("second", .toolInvocation, tool: "t", .requireApproval),
        ])
        XCTAssertEqual(set.defaultPolicy?.id, "first")
        XCTAssertEqual(set.rules.map(\.id), ["second"])
    }
}
