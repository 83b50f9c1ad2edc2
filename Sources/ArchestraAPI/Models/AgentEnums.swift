import Foundation

/// What kind of agent row a record is (`agentType`).
public struct AgentType: LenientEnum {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// An internal agent with a system prompt.
    public static let agent = AgentType(rawValue: "agent")
    /// An MCP gateway.
    public static let mcpGateway = AgentType(rawValue: "mcp_gateway")
    /// The row backing an LLM proxy.
    public static let llmProxy = AgentType(rawValue: "llm_proxy")
    /// A legacy external "API gateway profile".
    public static let profile = AgentType(rawValue: "profile")

    public static let knownValues: [AgentType] = [.agent, .mcpGateway, .llmProxy, .profile]
}

/// Who can see an agent or installation (`scope`).
public struct AgentScope: LenientEnum {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let personal = AgentScope(rawValue: "personal")
    public static let team = AgentScope(rawValue: "team")
    public static let org = AgentScope(rawValue: "org")
    /// Only valid as a list filter; built-ins are reported through `builtIn` on records.
    public static let builtIn = AgentScope(rawValue: "built_in")

    public static let knownValues: [AgentScope] = [.personal, .team, .org, .builtIn]
}
