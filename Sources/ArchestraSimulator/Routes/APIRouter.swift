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
            case "connectors": result = try KnowledgeRoutes.handleConnectors(context, &world)
            case "teams": result = try TeamRoutes.handleTeams(context, &world)
            case "organization": result = TeamRoutes.handleOrganization(context, &world)
            case "statistics": result = try StatisticsRoutes.handle(context, &world)
            case "limits": result = try LimitRoutes.handle(context, &world)
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

/// `GET /health`, `GET /ready`, `GET /openapi.json` (public).
enum MetaRoutes {
    static func version(_ generation: APIGeneration) -> String {
        generation == .v1_2 ? "1.2.9" : "1.4.0-beta.1"
    }

    static let apiName = "Archestra Platform API"

    static func handle(_ context: RouteContext, _ world: SimulatedWorld) -> JSONValue? {
        guard context.method == "GET" else { return nil }
        let version = JSONValue.string(version(world.generation))
        switch context.request.path {
        case "/health":
            return .object(["name": .string(apiName), "status": .string("ok"), "version": version])
        case "/ready":
            return .object([
                "name": .string(apiName), "status": .string("ok"), "version": version,
                "database": .string("connected"), "sandbox": .string("ready"),
            ])
        case "/openapi.json":
            return .object([
                "openapi": .string("3.0.0"),
                "info": .object(["title": .string(apiName), "version": version]),
                "paths": .object([:]),
            ])
        default:
            return nil
        }
    }
}
