import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// `GET /api/teams/{id}/members`: the team's members with their names and emails.
    public func teamMembers(teamID: String) async throws -> [TeamMember] {
        try await list(Self.path("api", "teams", teamID, "members"))
    }

    /// `GET /api/statistics/users`: one page of per-person usage (`userName`, `userEmail`, tokens, cost).
    public func userStatistics(timeframe: Timeframe, query: UserStatisticsQuery = .init()) async throws -> Page<UserStatistics> {
        try await page("/api/statistics/users", query: Self.timeframeItems(timeframe) + query.queryItems)
    }

    /// `GET /api/statistics/users` sorted the server's way (by total tokens, largest first).
    public func userStatistics(timeframe: Timeframe, limit: Int, offset: Int) async throws -> Page<UserStatistics> {
        try await userStatistics(timeframe: timeframe, query: UserStatisticsQuery(limit: limit, offset: offset))
    }
}
