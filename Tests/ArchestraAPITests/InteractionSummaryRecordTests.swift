import Foundation
import XCTest
@testable import ArchestraAPI
import ArchestraSimulator

/// A summary keeps its fields and one compact string for the rest (issue 24: 2,000 rows of trees of JSON
/// values were most of a live log's memory), yet `raw` — what `Ctrl-S` saves before the full record is read —
/// is still exactly the row as the server sent it.
final class InteractionSummaryRecordTests: XCTestCase {
    func testRawIsTheRowAsSentWhateverItsMembersHold() throws {
        let rows = [
            #"{"id":"i1"}"#,
            #"{"id":7,"model":null,"cost":0.5,"inputTokens":"12","outputTokens":3.5,"createdAt":"2026-01-02T03:04:05.678Z"}"#,
            #"{"id":"i2","type":"anthropic:messages","profileId":"p","externalAgentId":"x","externalAgentIdLabel":"Bot","userId":"u","sessionId":"s","model":"m","baselineModel":"b","inputTokens":1200,"outputTokens":0,"cost":"0.0041250000","lastUserMessagePreview":"plain","createdAt":"2026-01-02T03:04:05Z"}"#,
            #"{"id":"i3","lastUserMessagePreview":"two\nlines\tand \u001b[31m red","error":{"message":"rate limited","code":429}}"#,
            #"{"id":"i4","toolCallBlock":{"reason":"blocked","blockedToolCallCount":2},"unsafeContextBoundary":null,"baselineCost":1e-7,"ratio":0.1,"big":12345678901234567,"flags":[true,false,null,"é 中文 🚀","quote \" and \\"]}"#,
            #"{"id":"i5","request":{"messages":[{"role":"user","content":"from the request"}]},"lastUserMessagePreview":7}"#,
        ]
        for row in rows {
            let sent = try Fixture.value(row)
            let summary = try InteractionSummary(json: sent)
            XCTAssertEqual(summary.raw, sent, row)
            XCTAssertEqual(try InteractionSummary(json: summary.raw), summary, "read again, the same summary: \(row)")
        }
        let derived = try Fixture.decode(InteractionSummary.self, literal: rows[5])
        XCTAssertEqual(derived.lastUserMessagePreview, "from the request")
        XCTAssertNil(derived.raw["lastUserMessagePreview"]?.stringValue, "a preview the server did not send is not added")
    }

    func testEverySummaryTheSimulatorSendsComesBackWhole() async throws {
        var options = SimulatorOptions()
        options.trafficInterval = .zero
        options.logRate = 2
        let simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        let client = ArchestraClient(
            configuration: try ClientConfiguration(baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init)))
        let sent = try await client.json(.GET, "/api/interactions/summaries", query: [URLQueryItem(name: "limit", value: "50")])
        let page = try LogPage<InteractionSummary>(json: sent)
        await client.shutdown()
        await simulator.stop()
        let rows = try XCTUnwrap(sent["data"]?.arrayValue)
        XCTAssertEqual(page.items.count, 50)
        XCTAssertEqual(page.items.map(\.raw), rows)
    }
}
