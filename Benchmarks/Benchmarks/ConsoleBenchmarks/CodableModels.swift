import Foundation
import ArchestraAPI

// Decodable mirrors of the console's models, for the decoding comparison only. Each builds the very
// value `init(json:)` builds (the same type, through its public initialiser), so the two paths do the
// same work and their results can be compared with `==`. Nothing in Sources/ changes for them.

/// `Page<Agent>` through JSONDecoder: a `{data, pagination}` envelope read leniently.
struct AgentPageCodable<Policy: RawPolicy>: Decodable {
    var value: Page<Agent>

    init(from decoder: Decoder) throws {
        let members = try decoder.members()
        let list = try members.decode(LenientArray<AgentCodable<Policy>>.self, forKey: "data")
        let count = list.items.count + list.skipped
        let pagination = members.lenient("pagination", as: PaginationCodable.self)
        value = Page(
            data: list.items.map(\.value),
            pagination: pagination?.value(itemCount: count) ?? PaginationCodable.missing(itemCount: count),
            skipped: list.skipped)
    }
}

/// The pagination block, with the fallbacks of `Pagination(json:itemCount:)`.
struct PaginationCodable: Decodable {
    var currentPage, limit, total, totalPages: Int?
    var hasNext, hasPrev: Bool?

    init(from decoder: Decoder) throws {
        let members = try decoder.members()
        currentPage = members.int("currentPage")
        limit = members.int("limit")
        total = members.int("total")
        totalPages = members.int("totalPages")
        hasNext = members.bool("hasNext")
        hasPrev = members.bool("hasPrev")
    }

    init() {}

    static func missing(itemCount: Int) -> Pagination { PaginationCodable().value(itemCount: itemCount) }

    func value(itemCount: Int) -> Pagination {
        let limit = self.limit ?? max(itemCount, 1)
        let total = self.total ?? itemCount
        let totalPages = self.totalPages ?? (total <= 0 ? 0 : (total + max(limit, 1) - 1) / max(limit, 1))
        let currentPage = self.currentPage ?? 1
        return Pagination(
            currentPage: currentPage, limit: limit, total: total, totalPages: totalPages,
            hasNext: hasNext ?? (currentPage < totalPages), hasPrev: hasPrev ?? (currentPage > 1))
    }
}

struct AgentCodable<Policy: RawPolicy>: Decodable {
    var value: Agent

    init(from decoder: Decoder) throws {
        let json = try decoder.members()
        value = Agent(
            id: try json.requiredID(),
            name: json.string("name") ?? "",
            agentType: json.lenient("agentType") ?? AgentType(rawValue: ""),
            scope: json.lenient("scope") ?? AgentScope(rawValue: ""),
            slug: json.string("slug"),
            isDefault: json.bool("isDefault") ?? false,
            isPersonalGateway: json.bool("isPersonalGateway") ?? false,
            isPersonalProxy: json.bool("isPersonalProxy") ?? false,
            description: json.string("description"),
            icon: json.string("icon"),
            systemPrompt: json.string("systemPrompt"),
            llmModel: json.string("llmModel"),
            resolvedLlmProvider: json.string("resolvedLlmProvider"),
            resolvedLlmModelName: json.string("resolvedLlmModelName"),
            identityProviderId: json.string("identityProviderId"),
            builtIn: json.bool("builtIn") ?? false,
            latestVersion: json.int("latestVersion"),
            teams: json.records("teams", as: TeamRefCodable.self).map(\.value),
            labels: json.records("labels", as: LabelCodable.self).map(\.value),
            tools: json.records("tools", as: AgentToolCodable.self).map(\.value),
            knowledgeBaseIds: json.strings("knowledgeBaseIds"),
            connectorIds: json.strings("connectorIds"),
            authorName: json.string("authorName"),
            createdAt: json.string("createdAt"),
            updatedAt: json.string("updatedAt"),
            lastUsedAt: json.string("lastUsedAt"),
            deletedAt: json.string("deletedAt"),
            raw: try decoder.raw(Policy.self)
        )
    }
}

struct TeamRefCodable: Decodable {
    var value: TeamRef

    init(from decoder: Decoder) throws {
        let json = try decoder.members()
        value = TeamRef(id: try json.requiredID(), name: json.string("name") ?? "")
    }
}

struct LabelCodable: Decodable {
    var value: Label

    init(from decoder: Decoder) throws {
        let json = try decoder.members()
        guard let key = json.string("key") else { throw RecordDecodingError("expected a label with a \"key\"") }
        value = Label(key: key, value: json.string("value") ?? "")
    }
}

struct AgentToolCodable: Decodable {
    var value: AgentTool

    init(from decoder: Decoder) throws {
        let json = try decoder.members()
        value = AgentTool(id: try json.requiredID(), name: json.string("name") ?? "", description: json.string("description"))
    }
}

// MARK: - Statistics (none of these models keeps `raw`)

struct TimeSeriesPointCodable: Decodable {
    var value: TimeSeriesPoint

    init(from decoder: Decoder) throws {
        let json = try decoder.members()
        guard let timestamp = json.string("timestamp") else {
            throw RecordDecodingError("expected a time-series point with a \"timestamp\"")
        }
        value = TimeSeriesPoint(timestamp: timestamp, value: json.double("value") ?? 0)
    }
}

struct OverviewStatisticsCodable: Decodable {
    var value: OverviewStatistics

    init(from decoder: Decoder) throws {
        let json = try decoder.members()
        value = OverviewStatistics(
            totalRequests: json.double("totalRequests") ?? 0, totalTokens: json.double("totalTokens") ?? 0,
            totalCost: json.double("totalCost") ?? 0, topTeam: json.string("topTeam"),
            topAgent: json.string("topAgent"), topModel: json.string("topModel"))
    }
}

struct TeamStatisticsCodable: Decodable {
    var value: TeamStatistics

    init(from decoder: Decoder) throws {
        let json = try decoder.members()
        value = TeamStatistics(
            teamId: json.string("teamId") ?? "", teamName: json.string("teamName") ?? "",
            members: json.double("members") ?? 0, agents: json.double("agents") ?? 0,
            requests: json.double("requests") ?? 0, inputTokens: json.double("inputTokens") ?? 0,
            outputTokens: json.double("outputTokens") ?? 0, cost: json.double("cost") ?? 0,
            timeSeries: json.records("timeSeries", as: TimeSeriesPointCodable.self).map(\.value))
    }
}

struct AgentStatisticsCodable: Decodable {
    var value: AgentStatistics

    init(from decoder: Decoder) throws {
        let json = try decoder.members()
        value = AgentStatistics(
            agentId: json.string("agentId") ?? "", agentName: json.string("agentName") ?? "",
            agentType: json.string("agentType") ?? "", teamName: json.string("teamName") ?? "",
            requests: json.double("requests") ?? 0, inputTokens: json.double("inputTokens") ?? 0,
            outputTokens: json.double("outputTokens") ?? 0, cacheReadTokens: json.double("cacheReadTokens") ?? 0,
            cost: json.double("cost") ?? 0,
            timeSeries: json.records("timeSeries", as: TimeSeriesPointCodable.self).map(\.value))
    }
}

struct ModelStatisticsCodable: Decodable {
    var value: ModelStatistics

    init(from decoder: Decoder) throws {
        let json = try decoder.members()
        value = ModelStatistics(
            model: json.string("model") ?? "", requests: json.double("requests") ?? 0,
            inputTokens: json.double("inputTokens") ?? 0, outputTokens: json.double("outputTokens") ?? 0,
            cacheReadTokens: json.double("cacheReadTokens") ?? 0, cost: json.double("cost") ?? 0,
            percentage: json.double("percentage") ?? 0,
            timeSeries: json.records("timeSeries", as: TimeSeriesPointCodable.self).map(\.value))
    }
}

struct LLMProxyUsageCodable: Decodable {
    var value: LLMProxyUsage

    init(from decoder: Decoder) throws {
        let json = try decoder.members()
        value = LLMProxyUsage(
            requests: json.double("requests") ?? 0, inputTokens: json.double("inputTokens") ?? 0,
            outputTokens: json.double("outputTokens") ?? 0, cacheReadTokens: json.double("cacheReadTokens") ?? 0,
            billedCost: json.double("billedCost") ?? 0, subscriptionCost: json.double("subscriptionCost") ?? 0,
            authMethod: json.string("authMethod"), credentialId: json.string("credentialId"),
            credentialName: json.string("credentialName"), timestamp: json.string("timestamp"))
    }
}

struct OffsetPaginationCodable: Decodable {
    var value: OffsetPagination

    init(from decoder: Decoder) throws {
        let json = try decoder.members()
        value = OffsetPagination(limit: json.int("limit") ?? 0, offset: json.int("offset") ?? 0, total: json.int("total") ?? 0)
    }
}

struct LLMProxyStatisticsCodable: Decodable {
    var value: LLMProxyStatistics

    init(from decoder: Decoder) throws {
        let json = try decoder.members()
        let credentials = json.records("credentials", as: LLMProxyUsageCodable.self).map(\.value)
        value = LLMProxyStatistics(
            totals: json.lenient("totals", as: LLMProxyUsageCodable.self)?.value ?? .init(),
            timeSeries: json.records("timeSeries", as: LLMProxyUsageCodable.self).map(\.value),
            methods: json.records("methods", as: LLMProxyUsageCodable.self).map(\.value),
            credentials: credentials,
            pagination: json.lenient("pagination", as: OffsetPaginationCodable.self)?.value
                ?? .init(limit: credentials.count, offset: 0, total: credentials.count))
    }
}
