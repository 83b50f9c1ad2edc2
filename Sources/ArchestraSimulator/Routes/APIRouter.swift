import ArchestraAPI

/// Sends a request to the handler of its path: public meta routes or `/api/*`.
enum APIRouter {
    /// Routes anything that is not `/__sim`. Errors become the contract's error bodies.
    static func route(_ request: SimRequest, _ world: inout SimulatedWorld, now: Double) -> SimResponse {
        let context = RouteContext(request: request, now: now)
        do {
            if let meta = MetaRoutes.handle(context, world) {
                return .json(meta)
            }
            guard request.segments.first == "api", let area = context.segments.first else {
                throw context.routeNotFound
            }
            let result: JSONValue?
            switch area {
            case "agents": result = try AgentRoutes.handle(context, &world)
            case "mcp-gateways": result = try GatewayRoutes.handleGateway(context, &world)
            case "llm-proxy": result = try GatewayRoutes.handleLLMProxy(context, &world)
            case "mcp_server": result = try MCPRoutes.handleServers(context, &world)
            case "internal_mcp_catalog": result = try MCPRoutes.handleCatalog(context, &world)
            case "knowledge-bases": result = try KnowledgeRoutes.handleKnowledgeBases(context, &world)
            case "connectors": result = try ConnectorRunRoutes.handle(context, &world)
            case "tools": result = try ToolRoutes.handle(context, &world)
            case "autonomy-policies": result = try PolicyRoutes.handleAutonomy(context, &world)
            case "trusted-data-policies": result = try PolicyRoutes.handleTrustedData(context, &world)
            case "teams": result = try TeamRoutes.handleTeams(context, &world)
            case "organization": result = TeamRoutes.handleOrganization(context, &world)
            case "statistics": result = try StatisticsRoutes.handle(context, &world)
            case "limits": result = try LimitRoutes.handle(context, &world)
            case "optimization-rules": result = try OptimizationRuleRoutes.handle(context, &world)
            case "interactions": result = try LogRoutes.handleInteractions(context, &world)
            case "mcp-tool-calls": result = try LogRoutes.handleToolCalls(context, &world)
            default: result = nil
            }
            guard let result else { throw context.routeNotFound }
            return .json(result)
        } catch let error as APIError {
            return error.response
        } catch {
            return APIError(status: 500, message: "Internal server error", type: "api_internal_server_error").response
        }
    }

    /// Whether `path` needs the API key (everything under `/api`).
    static func requiresAuthentication(_ path: String) -> Bool {
        path == "/api" || path.hasPrefix("/api/")
    }
}
