import Foundation

extension ArchestraClient {
    /// `GET /api/teams`: one page. Older servers answer with a bare array of every team, read as one
    /// complete page.
    public func teams(_ query: TeamQuery = .init()) async throws -> Page<Team> {
        let value = try await json(.GET, "/api/teams", query: query.queryItems)
        do {
            return try Page<Team>(envelopeOrArray: value)
        } catch {
            throw ArchestraError.decoding(endpoint: "GET \(configuration.baseURL.path)/api/teams", detail: "\(error)")
        }
    }
}
