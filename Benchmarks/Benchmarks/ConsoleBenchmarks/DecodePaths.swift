import Foundation
import ArchestraAPI

/// The two ways of decoding each body of `CodableDecodeBenchmarks`, shared by its benchmarks and by
/// the check in `DecodeBodies.verify()`.
enum DecodePaths {
    /// Today's path, as `ArchestraClient` takes it (`LenientList` is internal; `compactMap` is what it does).
    enum Today {
        static func agentsPage(_ body: Data) throws -> Page<Agent> {
            try Page<Agent>(envelope: try JSONValue.parse(body))
        }

        static func statistics(_ bodies: StatisticsBodies) throws -> StatisticsAnswers {
            StatisticsAnswers(
                overview: try OverviewStatistics(json: try JSONValue.parse(bodies.overview)),
                llmProxy: try LLMProxyStatistics(json: try JSONValue.parse(bodies.llmProxy)),
                teams: try list(bodies.teams), agents: try list(bodies.agents), models: try list(bodies.models))
        }

        static func list<Record: LenientDecodable>(_ body: Data) throws -> [Record] {
            guard let elements = try JSONValue.parse(body).arrayValue else { throw RecordDecodingError("expected a JSON array") }
            return elements.compactMap { try? Record(json: $0) }
        }

        static func interactions(_ body: Data) throws -> (items: [BenchInteraction], skipped: Int) {
            let elements = try JSONValue.parse(body)["data"]?.arrayValue ?? []
            let items = elements.compactMap { try? BenchInteraction(json: $0) }
            return (items, elements.count - items.count)
        }
    }

    enum ThroughDecoder {
        static func statistics(_ bodies: StatisticsBodies, decoder: JSONDecoder?) throws -> StatisticsAnswers {
            func decode<T: Decodable>(_ type: T.Type, _ body: Data) throws -> T {
                try (decoder ?? JSONDecoder()).decode(type, from: body)
            }
            return StatisticsAnswers(
                overview: try decode(OverviewStatisticsCodable.self, bodies.overview).value,
                llmProxy: try decode(LLMProxyStatisticsCodable.self, bodies.llmProxy).value,
                teams: try decode(LenientArray<TeamStatisticsCodable>.self, bodies.teams).items.map(\.value),
                agents: try decode(LenientArray<AgentStatisticsCodable>.self, bodies.agents).items.map(\.value),
                models: try decode(LenientArray<ModelStatisticsCodable>.self, bodies.models).items.map(\.value))
        }
    }
}

struct StatisticsBodies: Sendable {
    var overview, llmProxy, teams, agents, models: Data
}

struct StatisticsAnswers: Equatable {
    var overview: OverviewStatistics
    var llmProxy: LLMProxyStatistics
    var teams: [TeamStatistics]
    var agents: [AgentStatistics]
    var models: [ModelStatistics]
}
