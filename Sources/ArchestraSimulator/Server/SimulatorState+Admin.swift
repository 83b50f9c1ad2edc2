import ArchestraAPI

/// The unauthenticated `/__sim` control surface, for tests that run `archestra-sim` as a separate process.
///
/// * `POST /__sim/faults` `{"failureRate":0.3,"latencyMs":5000,"apiKey":"k"|null,"pathPrefix":"/api/limits","fault":"malformed"|"truncated"|"stall"|"stall:<ms>"|"status:503"|null}` (every key optional)
/// * `POST /__sim/agents` — insert raw agent JSON (an object, or an array of objects)
/// * `GET /__sim/requests`, `DELETE /__sim/requests` — the request log
/// * `POST /__sim/reset` — clear faults, latency and failure rate; restore the API key
/// * `POST /__sim/tick` — one traffic-generator step
/// * `POST /__sim/connector-syncs/skip-phase` — every connector sync in progress moves one phase on
extension SimulatorState {
    func handleAdmin(_ request: SimRequest) -> SimResponse {
        do {
            switch (request.method, request.path) {
            case ("POST", "/__sim/faults"):
                try applyFaultSettings(try request.jsonObject())
            case ("POST", "/__sim/agents"):
                guard let value = JSON.decode(request.body) else { throw APIError.validation("Body must be JSON") }
                for record in value.arrayValue ?? [value] {
                    guard record.objectValue != nil else { throw APIError.validation("Agents must be JSON objects") }
                    insertAgent(record)
                }
            case ("GET", "/__sim/requests"):
                return .json(.array(recordedRequests().map(Self.json(of:))))
            case ("DELETE", "/__sim/requests"):
                clearRecordedRequests()
            case ("POST", "/__sim/reset"):
                resetControls()
            case ("POST", "/__sim/tick"):
                tickTraffic()
            case ("POST", "/__sim/connector-syncs/skip-phase"):
                skipConnectorSyncPhase()
            default:
                throw APIError.notFound("Route \(request.method):\(request.path) not found")
            }
            return .json(.object(["success": .bool(true)]))
        } catch let error as APIError {
            return error.response
        } catch {
            return APIError.forStatus(500).response
        }
    }

    private func applyFaultSettings(_ body: JSONObject) throws {
        if let rate = body["failureRate"] {
            guard let value = rate.doubleValue, (0...1).contains(value) else { throw APIError.validation("failureRate must be 0...1") }
            setFailureRate(value)
        }
        if let milliseconds = body["latencyMs"] {
            guard let value = milliseconds.doubleValue, (0...86_400_000).contains(value) else {
                throw APIError.validation("latencyMs must be 0...86400000")
            }
            setLatency(.milliseconds(Int64(value)))
        }
        if let key = body["apiKey"] {
            guard key.isNull || key.stringValue != nil else { throw APIError.validation("apiKey must be a string or null") }
            setAPIKey(key.stringValue)
        }
        if let faultValue = body["fault"] {
            let prefix = body.text("pathPrefix") ?? "/api"
            if faultValue.isNull {
                setFault(nil, forPathPrefix: prefix)
            } else {
                guard let text = faultValue.stringValue, let fault = Self.parseFault(text) else {
                    throw APIError.validation("fault must be malformed, truncated, stall, stall:<ms>, status:<code> or null")
                }
                setFault(fault, forPathPrefix: prefix)
            }
        }
    }

    /// `malformed`, `truncated`, `stall` (60 s), `stall:<ms>`, `status:<code>`.
    static func parseFault(_ text: String) -> SimulatedFault? {
        switch text {
        case "malformed": return .malformedJSON
        case "truncated": return .truncatedBody
        case "stall": return .stall(.seconds(60))
        default:
            if text.hasPrefix("stall:"), let milliseconds = Int64(text.dropFirst("stall:".count)), milliseconds >= 0 {
                return .stall(.milliseconds(milliseconds))
            }
            if text.hasPrefix("status:"), let status = Int(text.dropFirst("status:".count)), (100...599).contains(status) {
                return .status(status)
            }
            return nil
        }
    }

    static func json(of request: RecordedRequest) -> JSONValue {
        .object([
            "method": .string(request.method),
            "path": .string(request.path),
            "query": .object(request.query.mapValues(JSONValue.string)),
            "authorization": JSON.string(request.authorization),
            "body": JSON.string(request.body),
        ])
    }
}
