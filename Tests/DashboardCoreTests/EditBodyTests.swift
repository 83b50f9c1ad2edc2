import XCTest
import ArchestraAPI
@testable import DashboardCore

/// The request bodies the editors' field declarations build, the one way the console writes: a field
/// left alone is absent, a cleared one is `null`, the rest carry the API's names and shapes.
final class EditBodyTests: XCTestCase {
    static let platform = (id: "t-1", name: "Platform")
    static let context = EditContext(
        directory: EditDirectory(teams: [platform]),
        choices: [
            LimitsResource.entities: [
                EditChoice(label: "team Platform", fields: ["entityType": .string("team"), "entityId": .string(platform.id)])
            ]
        ])

    /// An edit of `record` as the reducer begins it, with `typed` entered into the form field by field.
    func update(_ editor: ResourceEditor, _ record: JSONValue, typed: [String: String]) throws -> EditSession {
        let fields = editor.fields(record, Self.context)
        let original = Dictionary(
            fields.map { ($0.name, $0.value(in: record, directory: Self.context.directory)) },
            uniquingKeysWith: { first, _ in first })
        var session = EditSession(
            ref: EditorRef(pane: .agents, tab: 0), purpose: .update(id: "r-1"), noun: editor.noun,
            recordName: "", fields: fields, original: original, values: original, baseMarker: nil,
            context: Self.context, phase: .form)
        try type(typed, into: &session)
        return session
    }

    /// A new record as the reducer begins it: empty values, then the resource's defaults, then `typed`.
    func create(_ editor: ResourceEditor, typed: [String: String]) throws -> EditSession {
        let fields = editor.fields(nil, Self.context)
        var original = Dictionary(fields.map { ($0.name, FieldValue.empty(for: $0.kind)) }, uniquingKeysWith: { first, _ in first })
        original.merge(editor.defaults(Self.context)) { _, new in new }
        var session = EditSession(
            ref: EditorRef(pane: .agents, tab: 0), purpose: .create, noun: editor.noun, recordName: "",
            fields: fields, original: original, values: original, baseMarker: nil,
            context: Self.context, phase: .form)
        try type(typed, into: &session)
        return session
    }

    func type(_ typed: [String: String], into session: inout EditSession) throws {
        for (name, text) in typed {
            let field = try XCTUnwrap(session.fields.first { $0.name == name }, "no field \(name)")
            session.values[name] = try field.value(fromTyped: text).get()
        }
    }

    static let agent: JSONValue = .object([
        "id": .string("r-1"), "name": .string("Support"), "description": .string("old"), "scope": .string("team"),
        "teams": .array([.object(["id": .string(platform.id), "name": .string(platform.name)])]), "labels": .array([]),
        "systemPrompt": .string("Be kind"), "llmModel": .string("gpt-4o"), "considerContextUntrusted": .bool(false),
        "agentType": .string("agent"),
    ])

    func testAnAgentUpdateSendsNullForWhatWasClearedAndLeavesTheRestOut() throws {
        var edit = try update(AgentsResource.editor, Self.agent, typed: ["description": "", "systemPrompt": "Be brief"])
        edit.values["considerContextUntrusted"] = .bool(true)  // what Space does on a yes/no field
        XCTAssertEqual(
            try edit.body(editor: AgentsResource.editor),
            .object([
                "description": .null, "systemPrompt": .string("Be brief"), "considerContextUntrusted": .bool(true),
            ]), "name, scope, teams, labels and the model were not touched: they are not sent")
        let untouched = try update(AgentsResource.editor, Self.agent, typed: [:])
        XCTAssertEqual(try untouched.body(editor: AgentsResource.editor), .object([:]))
    }

    func testABlankNullableFieldIsNullAndABlankPlainOneIsText() throws {
        let edit = try update(AgentsResource.editor, Self.agent, typed: ["llmModel": "  ", "name": ""])
        XCTAssertEqual(try edit.body(editor: AgentsResource.editor), .object(["llmModel": .null, "name": .string("")]))
        XCTAssertEqual(
            edit.problemsBeforeSaving(editor: AgentsResource.editor).map(\.field), ["name"],
            "the blank name is stopped before it is sent")
        let set = try update(AgentsResource.editor, Self.agent, typed: ["llmModel": "claude-haiku-4-5"])
        XCTAssertEqual(try set.body(editor: AgentsResource.editor), .object(["llmModel": .string("claude-haiku-4-5")]))
    }

    func testAKnowledgeBaseClearsItsDescriptionAndSendsAnEmptyLabelList() throws {
        let base: JSONValue = .object([
            "id": .string("r-1"), "name": .string("Docs"), "description": .string("All of them"),
            "labels": .array([.object(["key": .string("env"), "value": .string("prod")])]),
        ])
        let editor = KnowledgeBasesResource.editor
        XCTAssertEqual(try update(editor, base, typed: ["description": ""]).body(editor: editor), .object(["description": .null]))
        XCTAssertEqual(
            try update(editor, base, typed: ["labels": ""]).body(editor: editor), .object(["labels": .array([])]),
            "an empty array is sent: it clears the labels")
        XCTAssertEqual(
            try create(editor, typed: ["name": "Docs", "description": "All of them"]).body(editor: editor),
            .object(["name": .string("Docs"), "description": .string("All of them"), "labels": .array([])]),
            "blank text is left out of a create; labels are always a list")
    }

    func testALimitClearsItsModelsAndNamesAndSendsModelsAsAList() throws {
        let limit: JSONValue = .object([
            "id": .string("r-1"), "entityType": .string("team"), "entityId": .string(Self.platform.id),
            "limitType": .string("tool_calls"), "limitValue": .number(10), "model": .array([.string("gpt-4.1")]),
            "cleanupInterval": .string("1m"), "mcpServerName": .string("github"), "toolName": .string("create_issue"),
        ])
        let editor = LimitsResource.editor
        XCTAssertEqual(
            try update(editor, limit, typed: ["model": ""]).body(editor: editor), .object(["model": .array([])]),
            "no models: the limit covers every model again")
        XCTAssertEqual(
            try update(editor, limit, typed: ["model": "gpt-4.1, claude-haiku-4-5"]).body(editor: editor),
            .object(["model": .array([.string("gpt-4.1"), .string("claude-haiku-4-5")])]))
        XCTAssertEqual(
            try update(editor, limit, typed: ["limitType": "token_cost", "mcpServerName": "", "toolName": ""]).body(editor: editor),
            .object(["limitType": .string("token_cost"), "mcpServerName": .null, "toolName": .null]))
    }

    func testACreateSendsTheFilledFieldsInTheAPIsShapes() throws {
        let editor = AgentsResource.editor
        let edit = try create(editor, typed: ["name": "Bot", "scope": "team", "teams": "Platform", "labels": "env=prod"])
        XCTAssertEqual(
            try edit.body(editor: editor),
            .object([
                "name": .string("Bot"), "scope": .string("team"), "agentType": .string("agent"),
                "teams": .array([.string(Self.platform.id)]),
                "labels": .array([.object(["key": .string("env"), "value": .string("prod")])]),
                "considerContextUntrusted": .bool(false),
            ]), "blank text is left out; teams go by id, labels as key and value; the type is always said")
        let limit = try create(LimitsResource.editor, typed: ["entity": "team Platform", "limitValue": "250"])
        XCTAssertEqual(
            try limit.body(editor: LimitsResource.editor),
            .object([
                "entityType": .string("team"), "entityId": .string(Self.platform.id), "limitType": .string("token_cost"),
                "limitValue": .number(250), "cleanupInterval": .string("1m"),
            ]), "whom it applies to becomes the API's type and id")
    }

    func testALimitsRulesAreCheckedBeforeAnythingIsSent() throws {
        let editor = LimitsResource.editor
        let fine = try create(editor, typed: ["entity": "team Platform", "limitValue": "10"])
        XCTAssertEqual(fine.problemsBeforeSaving(editor: editor), [])
        let toolCalls = try create(
            editor,
            typed: [
                "entity": "team Platform", "limitType": "tool_calls", "limitValue": "-1",
                "mcpServerName": "github",
            ])
        XCTAssertEqual(
            toolCalls.problemsBeforeSaving(editor: editor).map(\.message),
            ["tool_calls needs the tool's name", "the value must be above 0"])
        let empty = try create(editor, typed: [:])
        XCTAssertEqual(
            empty.problemsBeforeSaving(editor: editor).map(\.message), ["value is required"],
            "whom it applies to, the type and the window start chosen; the value must be typed")
    }
}
