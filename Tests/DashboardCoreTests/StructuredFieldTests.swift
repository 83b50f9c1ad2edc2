import XCTest
import ArchestraAPI
@testable import DashboardCore

/// Structured fields in the `$EDITOR` document: lists of maps in block style, flat maps on one line,
/// read back to the same JSON; values a member may not take are named.
final class StructuredFieldTests: XCTestCase {
    let shape = StructureShape(keyOrder: ["conditions", "action", "note"], allowedValues: ["action": ["allow", "deny"]])

    var field: EditableField { EditableField("rules", kind: .structured(shape)) }

    let value: JSONValue = .array([
        .object(["conditions": .array([]), "action": .string("deny"), "note": .string("a, b: [c]")]),
        .object([
            "conditions": .array([.object(["key": .string("repo"), "value": .string("x,y")])]), "action": .string("allow"),
        ]),
    ])

    func testAStructureIsWrittenAsBlockYAMLWithFlatMapsInlineAndReadsBackTheSame() {
        let lines = EditDocument.render(field, .structure(value))
        XCTAssertEqual(
            lines,
            [
                "rules:",
                "  - conditions: []",
                "    action: deny   # allow | deny",
                "    note: \"a, b: [c]\"",
                "  - conditions: [{key: repo, value: \"x,y\"}]",
                "    action: allow   # allow | deny",
            ])
        let read = EditDocument.read(lines.joined(separator: "\n"), fields: [field])
        XCTAssertEqual(read, .values(["rules": .structure(value)]))
    }

    func testAValueAMemberMayNotTakeIsNamedWithWhatItMayTake() {
        let text = "rules:\n  - conditions: []\n    action: maybe\n"
        guard case .problems(let problems) = EditDocument.read(text, fields: [field]) else { return XCTFail("refused") }
        XCTAssertEqual(problems.map(\.message), ["rules: 'maybe' is not a possible action (allow | deny)"])
        guard case .problems = EditDocument.read("rules: null\n", fields: [field]) else { return XCTFail("null is not an empty list") }
    }
}
