import Foundation
import XCTest
@testable import ArchestraAPI

/// The query strings the client sends; request bodies are tested where the editors build them.
final class QueryTests: XCTestCase {
    private func pairs(_ items: [URLQueryItem]) -> [String] {
        items.map { "\($0.name)=\($0.value ?? "")" }
    }

    func testAgentQueryItems() {
        XCTAssertEqual(pairs(AgentQuery().queryItems), ["limit=20", "offset=0"])
        let query = AgentQuery(
            limit: 50, offset: 100, name: "Support", agentTypes: [.agent, .mcpGateway], scope: .team,
            labels: "env:prod|staging", sortBy: "name", sortDirection: "asc"
        )
        XCTAssertEqual(
            pairs(query.queryItems),
            [
                "limit=50", "offset=100", "name=Support", "agentTypes=agent,mcp_gateway", "scope=team",
                "labels=env:prod|staging", "sortBy=name", "sortDirection=asc",
            ])
        XCTAssertEqual(pairs(AgentQuery(agentType: .mcpGateway).queryItems), ["limit=20", "offset=0", "agentType=mcp_gateway"])
    }

    func testOtherQueries() {
        XCTAssertEqual(
            pairs(AllAgentsQuery(excludeBuiltIn: true, includeTools: false).queryItems), ["excludeBuiltIn=true", "includeTools=false"])
        XCTAssertEqual(pairs(AllAgentsQuery().queryItems), [])
        XCTAssertEqual(pairs(KnowledgeBaseQuery(search: "hr").queryItems), ["limit=20", "offset=0", "search=hr"])
        XCTAssertEqual(pairs(ConnectorQuery(limit: 5, knowledgeBaseId: "k1").queryItems), ["limit=5", "offset=0", "knowledgeBaseId=k1"])
        XCTAssertEqual(pairs(TeamQuery(name: "").queryItems), ["limit=20", "offset=0"], "empty strings are not sent")
        XCTAssertEqual(
            pairs(LimitQuery(entityType: .virtualKey, limitType: .tokenCost).queryItems),
            ["entityType=virtual_key", "limitType=token_cost"])
        XCTAssertEqual(pairs(LLMProxyStatisticsQuery(authMethod: "jwks", limit: 10).queryItems), ["authMethod=jwks", "limit=10"])
    }

    func testStatusAndUserStatisticsQueries() {
        XCTAssertEqual(pairs(AgentQuery(limit: 5, status: .deleted).queryItems), ["limit=5", "offset=0", "status=deleted"])
        XCTAssertEqual(pairs(AllAgentsQuery(status: .deleted).queryItems), ["status=deleted"])
        XCTAssertEqual(pairs(KnowledgeBaseQuery(status: .active).queryItems), ["limit=20", "offset=0", "status=active"])
        XCTAssertEqual(
            pairs(UserStatisticsQuery(limit: 10, offset: 20, sortBy: "userName", sortDirection: "asc", includeModels: true).queryItems),
            ["limit=10", "offset=20", "sortBy=userName", "sortDirection=asc", "includeModels=true"]
        )
    }

    func testTimeframeWindowsAndBucketWidths() {
        let expected: [Timeframe: (TimeInterval?, TimeInterval)] = [
            .fiveMinutes: (300, 60), .fifteenMinutes: (900, 60), .thirtyMinutes: (1_800, 300),
            .oneHour: (3_600, 300), .day: (86_400, 3_600), .week: (604_800, 21_600),
            .month: (2_592_000, 86_400), .quarter: (7_776_000, 259_200), .year: (31_536_000, 604_800),
            .all: (nil, 2_592_000),
        ]
        XCTAssertEqual(Timeframe.allCases.count, expected.count)
        for timeframe in Timeframe.allCases {
            guard let (window, bucket) = expected[timeframe] else {
                XCTFail("no expectation for \(timeframe)")
                continue
            }
            XCTAssertEqual(timeframe.window, window, timeframe.rawValue)
            XCTAssertEqual(timeframe.bucketWidth, bucket, timeframe.rawValue)
        }
        XCTAssertEqual(Timeframe(rawValue: "12m"), .year)
        XCTAssertEqual(Timeframe.day.rawValue, "24h")
    }

    func testPaginationArithmeticMatchesTheContract() {
        XCTAssertEqual(
            Pagination(total: 0, offset: 0, limit: 20),
            Pagination(currentPage: 1, limit: 20, total: 0, totalPages: 0, hasNext: false, hasPrev: false))
        XCTAssertEqual(
            Pagination(total: 7, offset: 3, limit: 3),
            Pagination(currentPage: 2, limit: 3, total: 7, totalPages: 3, hasNext: true, hasPrev: true))
        XCTAssertEqual(Pagination(total: 7, offset: 6, limit: 3).hasNext, false)
    }
}
