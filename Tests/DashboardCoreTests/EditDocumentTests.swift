import XCTest
import ArchestraAPI
@testable import DashboardCore

/// The `$EDITOR` document reads back as exactly what was written, whatever the text.
final class EditDocumentTests: XCTestCase {
    let fields = [
        EditableField("name", required: true), EditableField("description", nullable: true),
        EditableField("scope", kind: .choice(["personal", "team", "org"])), EditableField("teams", kind: .teams),
        EditableField("labels", kind: .labels), EditableField("systemPrompt", kind: .multiline, nullable: true),
        EditableField("limitValue", kind: .number), EditableField("flag", kind: .bool),
        EditableField("token", kind: .secret),
    ]

    func session(_ values: [String: FieldValue]) -> EditSession {
        EditSession(
            ref: EditorRef(pane: .agents, tab: 0), purpose: .update(id: "x"), noun: "agent", recordName: "x",
            fields: fields, original: values, values: values, baseMarker: nil,
            context: EditContext(directory: EditDirectory(teams: [(id: "t-1", name: "Platform")])), phase: .form)
    }

    func testEveryKindReadsBackAsWritten() {
        let tricky = [
            "yes", "null", "123", "- dash", "a: b", "quote \" and \\ backslash", "tab\there", " leading", "trailing ",
            "#hash", "emoji 🚀 和 中文", "ends with colon:", "@at", "bell \u{07} escape \u{1B}[2J delete \u{7F} unit \u{1F}",
            "next line \u{85} line \u{2028} paragraph \u{2029} byte-order mark \u{FEFF} carriage \r return",
        ]
        for text in tricky {
            let values: [String: FieldValue] = [
                "name": .text(text), "description": .null, "scope": .text("team"), "teams": .list(["Platform"]),
                "labels": .pairs([LabelPair("env", text), LabelPair("k", "v")]),
                "systemPrompt": .text("line one\n  indented \(text)\n\nlast"), "limitValue": .number(12.5), "flag": .bool(true),
            ]
            let document = EditDocument.render(session(values), server: "https://x")
            guard case .values(let read) = EditDocument.read(document, fields: fields) else {
                return XCTFail("\(text): \(EditDocument.read(document, fields: fields))\n\(document)")
            }
            for (name, value) in values { XCTAssertEqual(read[name], value, "\(name) with \(text.debugDescription)\n\(document)") }
        }
    }

    func testSecretsNeverGoIntoTheDocument() {
        let document = EditDocument.render(session(["token": .text("s3cret"), "name": .text("n")]), server: "https://x")
        XCTAssertFalse(document.contains("s3cret"))
        XCTAssertFalse(document.contains("token"))
    }

    func testMistakesAreNamedWithTheirLine() {
        guard case .problems(let problems) = EditDocument.read("name: a\nscope: nowhere\nfoo: 1\n", fields: fields) else {
            return XCTFail("problems expected")
        }
        XCTAssertEqual(problems.count, 2)
        XCTAssertTrue(
            problems.contains { $0.description.hasPrefix("line 2") && $0.message.contains("'nowhere' is not one of personal, team, org") },
            "\(problems)")
        XCTAssertTrue(problems.contains { $0.description.hasPrefix("line 3") && $0.message.contains("unknown field 'foo'") }, "\(problems)")
        guard case .problems(let syntax) = EditDocument.read("name: [a\n", fields: fields) else { return XCTFail() }
        XCTAssertTrue(syntax[0].description.hasPrefix("line "), "\(syntax)")
    }
}
