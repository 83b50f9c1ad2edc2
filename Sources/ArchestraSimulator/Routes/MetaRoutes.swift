import ArchestraAPI

/// `GET /health`, `GET /ready`, `GET /openapi.json` (public).
enum MetaRoutes {
    static let apiName = "Archestra Platform API"

    static func handle(_ context: RouteContext, _ world: SimulatedWorld) -> JSONValue? {
        guard context.method == "GET" else { return nil }
        let version = JSONValue.string(world.generation.simulatedVersion)
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
