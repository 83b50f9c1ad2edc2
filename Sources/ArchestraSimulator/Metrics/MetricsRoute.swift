/// `GET /metrics`: the platform's Prometheus endpoint, served beside the API as a worker deployment
/// serves it (the web process uses port 9050 for it).
enum MetricsRoute {
    static func respond(to request: SimRequest, secret: String?, metrics: PlatformMetrics) -> SimResponse {
        if let secret, request.authorization != "Bearer " + secret {
            // The platform's words when ARCHESTRA_METRICS_SECRET is set and the header is wrong.
            return .json(.object(["error": .string("Unauthorized: invalid or missing metrics bearer token")]), status: 401)
        }
        var response = SimResponse(status: 200, body: Array(metrics.exposition().utf8))
        response.contentType = "text/plain; version=0.0.4; charset=utf-8"
        return response
    }
}
