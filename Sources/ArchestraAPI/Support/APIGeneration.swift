import Foundation

/// Which shape of the LLM-proxy API a server speaks.
public enum APIGeneration: String, Sendable, Equatable, CaseIterable {
    /// Older servers: LLM proxies are agents (`agentType=llm_proxy`) plus `GET /api/llm-proxy/default`.
    case v1_2 = "1.2"
    /// 1.4 and later: one organization LLM proxy at `GET /api/llm-proxy`.
    case v1_4 = "1.4"
}
