import Foundation
import XCTest
import ArchestraAPI
import TerminalUI

@testable import DashboardCore

/// An interaction's detail folds what runs past the screen's edge instead of cutting it: the guardrail's
/// reason, a tool call's arguments, body lines; a CJK character counts two cells.
final class LogDetailFoldingTests: XCTestCase {
    static let reason =
        "Tool invocation blocked: github__delete_repository may not run after the context took in data from github__read_issue, which is untrusted"

    static func refusal() throws -> (InteractionSummary, LLMInteraction) {
        let text = """
            {"id": "i-9", "model": "gpt-4o", "createdAt": "2026-12-07T10:00:00Z",
             "toolCallBlock": {"reason": "\(reason)", "blockedToolCallCount": 1},
             "request": {"model": "gpt-4o", "messages": [{"role": "user", "content": "\(String(repeating: "数据", count: 60))"}]},
             "response": {"choices": [{"message": {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function",
               "function": {"name": "github__delete_repository", "arguments": "{\\"repo\\": \\"acme/\(String(repeating: "x", count: 120))\\"}"}}]}}]}}
            """
        let json = try JSONValue.parse(Data(text.utf8))
        return (try InteractionSummary(json: json), try LLMInteraction(json: json))
    }

    /// What a person reads: the values of the lines, continuations joined back.
    static func joined(_ lines: [DetailLine]) -> String {
        // A piece folded at a space keeps the space at its end, so only the continuation's indent goes.
        lines.map { String($0.value.replacingOccurrences(of: "↪ ", with: "").drop { $0 == " " }) }.joined()
    }

    func testAt80ColumnsEveryLineFitsAndNothingIsLost() throws {
        let (summary, record) = try Self.refusal()
        let lines = LogDetail.lines(summary: summary, agent: "bot", user: "u", record: record, error: nil, width: 80)
        for line in lines {
            let drawn = 1 + 2 * line.depth + (line.key.isEmpty ? 0 : DisplayWidth.of(line.key) + 2) + DisplayWidth.of(line.value)
            XCTAssertLessThanOrEqual(drawn, 80, "runs past the edge: \(line)")
        }
        XCTAssertTrue(
            Self.joined(lines).contains(Self.reason.replacingOccurrences(of: " ", with: "")) || Self.joined(lines).contains(Self.reason),
            "the whole reason is there")
        let reasonAt = try XCTUnwrap(lines.firstIndex { $0.key == "reason" })
        XCTAssertTrue(lines[reasonAt + 1].value.contains("↪"), "the reason continues on the next line: \(lines[reasonAt + 1])")
        XCTAssertTrue(Self.joined(lines).contains(String(repeating: "x", count: 120)), "the arguments are whole")
        XCTAssertTrue(Self.joined(lines).contains(String(repeating: "数据", count: 60)), "the CJK message is whole")
    }

    func testTheReasonFoldsBetweenWordsNotInsideThem() throws {
        let (summary, record) = try Self.refusal()
        let lines = LogDetail.lines(summary: summary, agent: "bot", user: "u", record: record, error: nil, width: 80)
        let reasonAt = try XCTUnwrap(lines.firstIndex { $0.key == "reason" })
        let pieces = ([lines[reasonAt]] + lines[(reasonAt + 1)...].prefix { $0.key.isEmpty }).map(\.value)
        XCTAssertGreaterThan(pieces.count, 1, "folded at 80 columns")
        let words = Set(pieces.flatMap { $0.replacingOccurrences(of: "↪", with: " ").split(separator: " ").map(String.init) })
        for word in Self.reason.split(separator: " ") {
            XCTAssertTrue(words.contains(String(word)), "'\(word)' is cut: \(pieces)")
        }
    }

    func testARunWithoutSpacesIsCutWhereTheLineEnds() {
        let pieces = Folder(width: 20).pieces(String(repeating: "x", count: 50))
        XCTAssertEqual(pieces.first, String(repeating: "x", count: 20))
        XCTAssertEqual(pieces.joined().replacingOccurrences(of: "↪ ", with: ""), String(repeating: "x", count: 50))
    }

    func testAWideScreenFoldsLess() throws {
        let (summary, record) = try Self.refusal()
        let narrow = LogDetail.lines(summary: summary, agent: "bot", user: "u", record: record, error: nil, width: 80)
        let wide = LogDetail.lines(summary: summary, agent: "bot", user: "u", record: record, error: nil, width: 200)
        XCTAssertLessThan(wide.count, narrow.count)
        XCTAssertEqual(wide.first { $0.key == "reason" }?.value, Self.reason, "fits whole on one line at 200 columns")
    }
}
