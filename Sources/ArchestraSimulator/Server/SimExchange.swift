import ArchestraAPI

/// A request as the routes see it: plain values, no server-framework types.
struct SimRequest: Sendable {
    var method: String
    var path: String
    var query: [String: String]
    var authorization: String?
    var body: [UInt8]

    /// The body as text, or `nil` when it is empty.
    var bodyText: String? {
        body.isEmpty ? nil : String(decoding: body, as: UTF8.self)
    }

    /// The body as a JSON object; 400 when it is missing or not an object.
    func jsonObject() throws -> JSONObject {
        guard let object = JSON.decode(body)?.objectValue else {
            throw APIError.validation("Request body must be a JSON object")
        }
        return object
    }

    /// The path split at `/`, without empty parts (`/api/agents/x` → `["api", "agents", "x"]`).
    var segments: [Substring] {
        path.split(separator: "/")
    }
}

/// What the simulator sends back.
struct SimResponse: Sendable {
    /// How the body reaches the client.
    enum Delivery: Sendable, Equatable {
        /// The whole body.
        case complete
        /// Part of the body, then the connection drops (the declared length is the full one).
        case truncated
    }

    var status: Int
    var body: [UInt8]
    var delay: Duration = .zero
    var delivery: Delivery = .complete
    var contentType = "application/json; charset=utf-8"

    static func json(_ value: JSONValue, status: Int = 200) -> SimResponse {
        SimResponse(status: status, body: JSON.encode(value))
    }
}

/// An API failure, rendered as the contract's error body `{"error":{"message","type","internal_code"?}}`.
struct APIError: Error, Sendable, Equatable {
    var status: Int
    var message: String
    var type: String
    /// `internal_code`, sent only for the few errors that carry one.
    var internalCode: String? = nil

    var response: SimResponse {
        var error: JSONObject = ["message": .string(message), "type": .string(type)]
        if let internalCode { error["internal_code"] = .string(internalCode) }
        return .json(.object(["error": .object(error)]), status: status)
    }

    static func validation(_ message: String) -> APIError {
        APIError(status: 400, message: message, type: "api_validation_error")
    }

    /// A schema violation in Fastify's words: `body/<path> <problem>` (`path` like `teams/1`).
    static func invalidBody(_ path: String, _ problem: String) -> APIError {
        validation("body/\(path) \(problem)")
    }

    /// A required member is missing, in Ajv's words: `body must have required property '<name>'`.
    static func missingBody(_ name: String) -> APIError {
        validation("body must have required property '\(name)'")
    }

    /// A business rule about one member, in the platform's `"<field>": <problem>` form.
    static func invalidField(_ field: String, _ problem: String) -> APIError {
        validation("\"\(field)\": \(problem)")
    }

    static func conflict(_ message: String, internalCode: String? = nil) -> APIError {
        APIError(status: 409, message: message, type: "api_conflict_error", internalCode: internalCode)
    }

    static func notFound(_ message: String) -> APIError {
        APIError(status: 404, message: message, type: "api_not_found_error")
    }

    static func forbidden(_ message: String) -> APIError {
        APIError(status: 403, message: message, type: "api_authorization_error")
    }

    static let unauthenticated = APIError(status: 401, message: "Unauthenticated", type: "api_authentication_error")
    static let simulatedFailure = APIError(status: 500, message: "Simulated failure", type: "api_internal_server_error")

    /// The conventional error for `status`, used by injected `.status(n)` faults.
    static func forStatus(_ status: Int) -> APIError {
        switch status {
        case 400: return .validation("Simulated validation failure")
        case 401: return .unauthenticated
        case 403: return .forbidden("Forbidden")
        case 404: return .notFound("Not found")
        case 409: return APIError(status: 409, message: "Simulated conflict", type: "api_conflict_error")
        case 503: return APIError(status: 503, message: "Service unavailable", type: "api_service_unavailable_error")
        default: return APIError(status: status, message: "Simulated failure", type: "api_internal_server_error")
        }
    }
}
