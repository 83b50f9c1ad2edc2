import ArchestraAPI

/// A hand-written agent of the demo organisation.
struct NamedAgentSpec: Sendable {
    var name: String
    var agentType: String
    var scope: String
    var team: String?
    /// Index into the directory's people.
    var author: Int
    var icon: String?
    var description: String?
    var model: Int = 0
    var builtInConfig: JSONValue? = nil
    var isDefault = false
    var isPersonalGateway = false
    var labels: [AgentLabel] = []
}

/// The 48 agents a default simulator shows: every type, scope and awkward name the UI must handle.
/// Their order is their creation order, so the first ones exist even with a small `agentCount`.
enum NamedAgents {
    private static func spec(
        _ name: String, _ agentType: String, _ scope: String, team: String? = nil, author: Int = 0,
        icon: String? = nil, about: String? = nil, model: Int = 0, labels: [(String, String)] = []
    ) -> NamedAgentSpec {
        NamedAgentSpec(
            name: name, agentType: agentType, scope: scope, team: team, author: author, icon: icon, description: about,
            model: model, labels: labels.map { AgentLabel(key: $0.0, value: $0.1) }
        )
    }

    static let all: [NamedAgentSpec] = {
        var specs: [NamedAgentSpec] = [
            spec(
                "Support Triage", "agent", "team", team: "Support", icon: "🎧", about: "Classifies new tickets and drafts first responses",
                labels: [("environment", "production"), ("cost-center", "cs-100")]),
            spec("Dana's MCP Gateway", "mcp_gateway", "personal", about: "Personal MCP gateway"),
            spec(
                "n8n Production", "profile", "org", author: 1, icon: "⚙️", about: "Legacy proxy profile used by the n8n workflows",
                model: 1, labels: [("environment", "production")]),
            spec("Default MCP Gateway", "mcp_gateway", "org", author: 1, about: "Organisation-wide MCP gateway"),
            spec(
                "客服助手", "agent", "team", team: "Support", author: 5, icon: "💬", about: "Chinese-language customer service assistant",
                model: 2),
            spec("データ分析", "agent", "team", team: "Research", author: 2, icon: "📊", about: "Japanese data analysis helper", model: 4),
            spec(
                "🚀 Launch Bot", "agent", "team", team: "Growth", author: 4, about: "Coordinates product launches", model: 3,
                labels: [("environment", "staging")]),
            spec("Platform Tools Gateway", "mcp_gateway", "team", team: "Platform", author: 1, about: "GitHub, Kubernetes and Jira tools"),
            spec("Research Assistant", "agent", "team", team: "Research", author: 2, icon: "🔬", about: "Finds and summarises papers"),
            spec("Policy Configuration Subagent", "agent", "org", about: "Suggests tool policies when tools are discovered"),
            spec("Dual LLM Main Agent", "agent", "org", about: "Plans with a quarantined LLM for untrusted data"),
            spec("Nightly Report Workflow", "workflow", "org", author: 3, icon: "🌙", about: "Agent of a type this client does not know"),
            spec(
                "Incident Commander", "agent", "team", team: "Platform", author: 3, icon: "🚨",
                about: "Runs incident channels and timelines",
                labels: [("environment", "production"), ("tier", "critical")]),
            spec("Legacy Zapier Profile", "profile", "team", team: "Growth", author: 4, model: 1),
            spec(
                "Sales Copilot", "agent", "team", team: "Growth", author: 4, icon: "💼", about: "Prepares account briefs before calls",
                model: 3),
            spec(
                "Code Review Agent", "agent", "team", team: "Platform", author: 1, icon: "🧑‍💻",
                about: "Reviews pull requests for risky changes"),
            spec("Knowledge Gateway", "mcp_gateway", "org", about: "Knowledge-base search for every agent"),
            spec("Onboarding Buddy", "agent", "org", icon: "👋", about: "Answers new-hire questions", model: 2),
            spec("Ticket Deduplicator", "agent", "team", team: "Support", author: 1, about: "Links duplicate tickets", model: 1),
            spec(
                "Release Notes Writer", "agent", "team", team: "Platform", author: 3, icon: "📝",
                about: "Drafts release notes from merged PRs"),
            spec("Mei's Scratchpad", "agent", "personal", author: 2, about: "Prompt experiments", model: 4),
            spec(
                "Churn Predictor", "agent", "team", team: "Growth", author: 4, icon: "📉", about: "Flags accounts likely to churn", model: 3),
            spec("SQL Helper", "agent", "team", team: "Research", author: 2, about: "Writes and explains warehouse queries", model: 1),
            spec(
                "Zendesk Bridge", "profile", "team", team: "Support", author: 5, about: "Legacy profile for the Zendesk integration",
                model: 2),
            spec(
                "Security Reviewer", "agent", "team", team: "Platform", author: 1, icon: "🛡️",
                about: "Checks configs against the security baseline",
                labels: [("tier", "critical")]),
            spec("Literature Scout", "agent", "team", team: "Research", author: 2, icon: "📚", model: 4),
            spec("Ads Copywriter", "agent", "team", team: "Growth", author: 4, about: "Writes ad variants for experiments", model: 3),
            spec("Slack Gateway", "mcp_gateway", "team", team: "Support", author: 5, about: "Slack tools for the support desk"),
            spec("Ravi's Experiments", "agent", "personal", author: 1, icon: "🧪", model: 1),
            spec("Compliance Checker", "agent", "org", author: 3, icon: "⚖️", about: "Reviews outbound messages for policy issues"),
            spec(
                "Invoice Parser", "agent", "team", team: "Support", author: 5, icon: "🧾", about: "Extracts line items from invoices",
                model: 2),
            spec(
                "Kubernetes Operator", "agent", "team", team: "Platform", author: 3, icon: "☸️",
                about: "Explains cluster state and drafts fixes"),
            spec("Translation Hub", "agent", "org", author: 5, icon: "🌐", about: "Translates support replies (中文, 日本語, Deutsch)", model: 4),
            spec("A/B Test Analyst", "agent", "team", team: "Growth", author: 4, model: 3),
            spec("GitHub Gateway", "mcp_gateway", "team", team: "Platform", author: 1, about: "GitHub tools with read-only defaults"),
            spec("Paper Summarizer", "agent", "team", team: "Research", author: 2, model: 4),
            spec(
                "Refund Approver", "agent", "team", team: "Support", author: 1, about: "Approves refunds under the policy limit", model: 1),
            spec(
                "On-call Helper", "agent", "team", team: "Platform", author: 3, icon: "📟",
                about: "Summarises alerts for the on-call engineer"),
            spec("Marketing Profile (legacy)", "profile", "org", author: 4, model: 1),
            spec("Lena's Gateway", "mcp_gateway", "personal", author: 4, about: "Personal tools"),
            spec("Data Quality Monitor", "agent", "team", team: "Research", author: 2, about: "Watches pipelines for anomalies", model: 1),
            spec("FAQ Bot", "agent", "org", author: 5, icon: "❓", about: "Answers public FAQ questions", model: 1),
            spec("Meeting Summarizer", "agent", "team", team: "Growth", author: 4, icon: "🗒️", model: 2),
            spec("Cost Watcher", "agent", "org", author: 1, icon: "💰", about: "Reports LLM spend against budgets", model: 1),
            spec("Schema Migrator", "agent", "team", team: "Platform", author: 3, about: "Plans database migrations"),
            spec("Customer Voice", "agent", "team", team: "Support", author: 5, about: "Clusters customer feedback themes", model: 2),
            spec("Prompt Lab", "agent", "personal", author: 3, model: 3),
            spec(
                "Архивариус", "agent", "team", team: "Research", author: 2, icon: "📦", about: "Archives finished research projects",
                model: 4),
        ]
        specs[1].isPersonalGateway = true
        specs[3].isDefault = true
        specs[9].builtInConfig = .object(["name": .string("policy-configuration-subagent"), "autoConfigureOnToolDiscovery": .bool(true)])
        specs[10].builtInConfig = .object(["name": .string("dual-llm-main-agent"), "maxRounds": .number(5)])
        return specs
    }()

    /// The two LLM proxies (agents of type `llm_proxy`; the first is the default).
    static let proxies: [NamedAgentSpec] = {
        var proxies = [
            spec("LLM Proxy", "llm_proxy", "org", author: 1, about: "Organisation LLM proxy"),
            spec(
                "Research LLM Proxy", "llm_proxy", "team", team: "Research", author: 2, about: "Proxy with research model allow-list",
                model: 4),
        ]
        proxies[0].isDefault = true
        return proxies
    }()
}
