import ArchestraAPI

/// One request on its way through the routes.
struct RouteContext {
    let request: SimRequest
    let query: QueryReader
    /// Wall-clock time of the request (epoch seconds).
    let now: Double
    /// Path segments after `/api` (`/api/agents/x` → `["agents", "x"]`).
    let segments: [String]

    init(request: SimRequest, now: Double) {
        self.request = request
        self.query = QueryReader(values: request.query)
        self.now = now
        let all = request.segments.map(String.init)
        self.segments = all.first == "api" ? Array(all.dropFirst()) : all
    }

    var method: String { request.method }

    /// The 404 the platform (Fastify) gives for a path it has no route for.
    var routeNotFound: APIError {
        APIError.notFound("Route \(request.method):\(request.path) not found")
    }
}
