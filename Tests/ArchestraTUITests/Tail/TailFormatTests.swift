import Foundation
import XCTest
import ArchestraAPI
import TerminalUI
@testable import archestra_tui

/// The lines `logs` prints: the panes' columns in text, the record in JSON, and never a byte that drives a terminal.
final class TailFormatTests: XCTestCase {
    let text = TailText(glyphs: .unicode)

    func summary(_ fields: [String: JSONValue]) throws -> InteractionSummary {
        var all: [String: JSONValue] = [
            "id": .string("8f1e6c2a-3b4d-4e5f-9a0b-1c2d3e4f5a6b"), "model": .string("claude-sonnet-4-5"),
            "baselineModel": .string("claude-sonnet-4-5"), "inputTokens": .number(12_034), "outputTokens": .number(211),
            "cost": .string("0.0392670000"), "createdAt": .string("2026-06-12T09:41:07.311Z"),
            "lastUserMessagePreview": .string("list open incidents"),
        ]
        all.merge(fields) { _, given in given }
        return try InteractionSummary(json: .object(all))
    }

    func call(_ fields: [String: JSONValue]) throws -> MCPToolCall {
        var all: [String: JSONValue] = [
            "id": .string("0c9b7a44-21de-4f0e-b7a3-58e6b1d2c3f4"), "mcpServerName": .string("servicenow"),
            "method": .string("tools/call"), "createdAt": .string("2026-06-12T09:41:09.004Z"),
            "toolCall": .object([
                "id": .string("toolu_01A"), "name": .string("servicenow__list_incidents"),
                "arguments": .object(["state": .string("open"), "limit": .number(20)]),
            ]),
            "toolResult": .object(["isError": .bool(false), "content": .array([])]),
        ]
        all.merge(fields) { _, given in given }
        return try MCPToolCall(json: .object(all))
    }

    /// The cells of a line, split where two or more spaces part them.
    func cells(_ line: String) -> [String] {
        line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func testAnInteractionLineHasThePanesColumns() throws {
        let line = text.interaction(try summary([:]), agent: "Support Triage", user: "Dana Ops")
        XCTAssertEqual(
            cells(line),
            [
                "2026-06-12T09:41:07Z", "Support Triage", "Dana Ops", "claude-sonnet-4-5", "12.0k", "211", "$0.0393", "ok",
                "list open incidents",
            ])
    }

    func testTheTitlesStandAboveTheirColumns() throws {
        let header = text.header(TailText.interactionColumns)
        let line = text.interaction(try summary([:]), agent: "Support Triage", user: "Dana Ops")
        for (title, value) in [("AGENT", "Support Triage"), ("USER", "Dana Ops"), ("STATUS", "ok"), ("MESSAGE", "list open")] {
            XCTAssertEqual(
                header.range(of: title)?.lowerBound.utf16Offset(in: header), line.range(of: value)?.lowerBound.utf16Offset(in: line), title)
        }
    }

    func testStatusWordsRerouteMarkAndDollarsAboveOne() throws {
        let refused = try summary(["toolCallBlock": .object(["reason": .string("blocked by policy")])])
        XCTAssertEqual(cells(text.interaction(refused, agent: "a", user: "u"))[7], "refused")
        let failed = try summary(["error": .string("rate limited")])
        XCTAssertEqual(cells(text.interaction(failed, agent: "a", user: "u"))[7], "upstream error")
        let rerouted = try summary(["model": .string("claude-haiku-4-5"), "cost": .string("12.5")])
        let line = cells(text.interaction(rerouted, agent: "a", user: "u"))
        XCTAssertEqual(line[3], "⇄ claude-haiku-4-5")
        XCTAssertEqual(line[6], "$12.50")
        let ascii = TailText(glyphs: .ascii).interaction(rerouted, agent: "a", user: "u")
        XCTAssertTrue(ascii.allSatisfy(\.isASCII), ascii)
    }

    func testLongCellsAreCutAndTheMessageKeepsItsFirstWords() throws {
        let long = String(repeating: "word ", count: 40)
        let line = text.interaction(
            try summary(["lastUserMessagePreview": .string(long)]), agent: String(repeating: "A", count: 30), user: "u")
        XCTAssertTrue(line.contains(String(repeating: "A", count: 19) + "…"), line)
        XCTAssertTrue(line.hasSuffix("…"), line)
        XCTAssertEqual(DisplayWidth.of(String(line.suffix(60))), 60)
    }

    func testOnATerminalTheLastColumnFillsTheWidth() throws {
        let long = try summary(["lastUserMessagePreview": .string(String(repeating: "word ", count: 60))])
        for width in [160, 200] {
            let line = TailText(glyphs: .unicode, terminalWidth: width).interaction(long, agent: "a", user: "u")
            XCTAssertEqual(DisplayWidth.of(line), width, "\(width)")
        }
        let narrow = TailText(glyphs: .unicode, terminalWidth: 80).interaction(long, agent: "a", user: "u")
        XCTAssertTrue(narrow.hasSuffix("  word word word word…"), "the message keeps its first words: \(narrow)")
        let call = TailText(glyphs: .unicode, terminalWidth: 160).call(try call(["mcpServerName": .string("s")]), agent: "a")
        XCTAssertLessThanOrEqual(DisplayWidth.of(call), 160, call)
    }

    func testAToolCallLineHasThePanesColumnsAndTheErrorsFirstText() throws {
        XCTAssertEqual(
            cells(text.call(try call([:]), agent: "Support Triage")),
            [
                "2026-06-12T09:41:09Z", "Support Triage", "servicenow", "servicenow__list_incidents", "{\"limit\":20,\"state\":\"open\"}",
                "ok",
            ])
        let failed = try call([
            "toolResult": .object([
                "isError": .bool(true), "content": .array([.object(["type": .string("text"), "text": .string("ticket\nnot found")])]),
            ])
        ])
        XCTAssertEqual(cells(text.call(failed, agent: "a")).last, "error: ticket not found")
    }

    func testServerStringsCannotDriveTheTerminalInText() throws {
        let hostile = "\u{1B}[2J\u{1B}]0;owned\u{07}red\u{1B}[31m!\u{9B}31m\u{202E}x\ny"
        let line = text.interaction(
            try summary(["model": .string(hostile), "lastUserMessagePreview": .string(hostile)]), agent: hostile, user: hostile)
        let callLine = text.call(
            try call([
                "mcpServerName": .string(hostile),
                "toolCall": .object(["name": .string(hostile), "arguments": .object(["q": .string(hostile)])]),
            ]), agent: hostile)
        for output in [line, callLine] {
            XCTAssertFalse(
                output.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" }, output)
            XCTAssertTrue(output.contains("red!"), output)
        }
    }

    func testJSONIsTheRecordOnOneLineWithEveryControlEscaped() throws {
        let hostile = "\u{1B}[31mred\u{7F}\u{9B}2J\u{202E}\u{2028}\nend"
        let record = JSONValue.object([
            "id": .string("a/b"), "text": .string(hostile), "count": .number(3), "nested": .array([.null, .bool(true)]),
        ])

        let line = TailJSON.line(record)

        XCTAssertFalse(line.contains("\n"))
        XCTAssertFalse(
            line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" || $0 == "\u{2028}" },
            line)
        XCTAssertTrue(line.contains("\"id\":\"a/b\""), line)
        let decoded = try JSONDecoder().decode(JSONValue.self, from: Data(line.utf8))
        XCTAssertEqual(decoded, record, "the escapes mean the server's text exactly")
    }

    func testAnAgentIsPickedByIdThenExactNameThenNameInAnyCase() throws {
        let triage = AgentChoice(id: "1", name: "Support Triage", kind: "agent")
        let gateway = AgentChoice(id: "2", name: "support triage", kind: "MCP gateway")
        let other = AgentChoice(id: "3", name: "Support", kind: "agent")
        XCTAssertEqual(try AgentChoice.pick("2", among: [triage, gateway, other]), gateway)
        XCTAssertEqual(try AgentChoice.pick("Support Triage", among: [triage, gateway, other]), triage)
        XCTAssertEqual(try AgentChoice.pick("SUPPORT", among: [triage, gateway, other]), other)
        XCTAssertThrowsError(try AgentChoice.pick("SUPPORT TRIAGE", among: [triage, gateway])) { error in
            XCTAssertEqual(error as? AgentChoice.Problem, .ambiguous("SUPPORT TRIAGE", [triage, gateway]))
            XCTAssertEqual(
                "\(error)", "'SUPPORT TRIAGE' names 2 of them (agent 1, MCP gateway 2): give its id with --agent")
        }
        // The 1.4 proxy singleton and the agent row behind it: one record, found by either name.
        let singleton = AgentChoice(id: "4", name: "Organization LLM proxy", kind: "LLM proxy")
        let row = AgentChoice(id: "4", name: "LLM Proxy", kind: "LLM proxy")
        XCTAssertEqual(try AgentChoice.pick("LLM Proxy", among: [singleton, triage, row]), row)
        XCTAssertThrowsError(try AgentChoice.pick("triage", among: [triage, gateway, other])) { error in
            XCTAssertEqual(
                "\(error)", "no agent, MCP gateway or LLM proxy is named 'triage'; names containing it: Support Triage, support triage")
        }
    }

    func testAClosedPipeIsTheReaderGoneAndNotASignal() throws {
        signal(SIGPIPE, SIG_IGN)
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        let writer = LineWriter(descriptor: ends[1])
        try writer.write(["first"])
        close(ends[0])
        XCTAssertThrowsError(try writer.write(["second"])) { error in
            XCTAssertTrue(error is LineWriter.ReaderGone, "\(error)")
        }
        close(ends[1])
    }
}
