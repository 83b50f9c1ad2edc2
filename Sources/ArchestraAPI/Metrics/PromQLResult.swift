import Foundation

/// One series of an instant query: its labels and one value.
public struct PromQLSample: Sendable, Equatable {
    public var labels: [String: String]
    /// Seconds since the epoch.
    public var time: Double
    public var value: Double

    public init(labels: [String: String], time: Double, value: Double) {
        self.labels = labels
        self.time = time
        self.value = value
    }
}

/// One series of a range query: its labels and its points, oldest first.
public struct PromQLSeries: Sendable, Equatable {
    public var labels: [String: String]
    public var points: [PromQLPoint]

    public init(labels: [String: String], points: [PromQLPoint]) {
        self.labels = labels
        self.points = points
    }
}

public struct PromQLPoint: Sendable, Equatable {
    /// Seconds since the epoch.
    public var time: Double
    public var value: Double

    public init(time: Double, value: Double) {
        self.time = time
        self.value = value
    }
}

/// What `/api/v1/query` or `/api/v1/query_range` answered, by its `resultType`.
public enum PromQLResult: Sendable, Equatable {
    case vector([PromQLSample])
    case matrix([PromQLSeries])
    case scalar(PromQLPoint)
    case string(time: Double, value: String)

    /// The samples of a vector; a scalar as one sample without labels; nothing for the rest.
    public var samples: [PromQLSample] {
        switch self {
        case .vector(let samples): samples
        case .scalar(let point): [PromQLSample(labels: [:], time: point.time, value: point.value)]
        case .matrix, .string: []
        }
    }

    /// The series of a matrix; nothing for the rest.
    public var series: [PromQLSeries] {
        if case .matrix(let series) = self { return series }
        return []
    }
}

/// Reads the JSON envelope every Prometheus-compatible query API (Prometheus, Thanos, Mimir,
/// VictoriaMetrics) answers with: `{"status":"success","data":{"resultType":…,"result":…}}`, or
/// `{"status":"error","errorType":…,"error":…}` with a 4xx/5xx status.
public enum PromQLDecoding {
    /// - Throws: ``ArchestraError/http(status:type:message:endpoint:)`` for an error answer (the type is
    ///   Prometheus' `errorType`, e.g. `bad_data`), ``ArchestraError/decoding(endpoint:detail:)`` for a
    ///   body that is not such an envelope.
    public static func decode(status: Int, body: [UInt8], endpoint: String) throws -> PromQLResult {
        let json: JSONValue
        do {
            json = try JSONValue.parse(Data(body))
        } catch {
            guard (200..<300).contains(status) else {
                throw ArchestraError.http(status: status, type: nil, message: statusText(status, body: body), endpoint: endpoint)
            }
            throw ArchestraError.decoding(endpoint: endpoint, detail: "the body is not JSON")
        }
        if json.string("status") == "error" || !(200..<300).contains(status) {
            let message = json.string("error") ?? statusText(status, body: body)
            throw ArchestraError.http(
                status: (200..<300).contains(status) ? 422 : status, type: json.string("errorType"),
                message: message, endpoint: endpoint)
        }
        guard json.string("status") == "success", let data = json["data"] else {
            throw ArchestraError.decoding(endpoint: endpoint, detail: "expected {\"status\":\"success\",\"data\":…}")
        }
        let result = data["result"] ?? .null
        switch data.string("resultType") {
        case "vector":
            return .vector(
                try result.arrayValue.orThrow(endpoint, "a vector result is not an array").map { element in
                    let point = try point(element["value"], endpoint: endpoint)
                    return PromQLSample(labels: labels(element["metric"]), time: point.time, value: point.value)
                })
        case "matrix":
            return .matrix(
                try result.arrayValue.orThrow(endpoint, "a matrix result is not an array").map { element in
                    let values = element["values"]?.arrayValue ?? []
                    return PromQLSeries(labels: labels(element["metric"]), points: try values.map { try point($0, endpoint: endpoint) })
                })
        case "scalar":
            return .scalar(try point(result, endpoint: endpoint))
        case "string":
            let pair = result.arrayValue ?? []
            guard pair.count == 2, let time = pair[0].numberLike, let text = pair[1].stringValue else {
                throw ArchestraError.decoding(endpoint: endpoint, detail: "a string result is not [time, \"text\"]")
            }
            return .string(time: time, value: text)
        case let other:
            throw ArchestraError.decoding(endpoint: endpoint, detail: "unknown resultType \(other ?? "(none)")")
        }
    }

    /// `[1435781451.781, "1"]`: values travel as strings so `NaN` and `+Inf` survive JSON.
    static func point(_ value: JSONValue?, endpoint: String) throws -> PromQLPoint {
        guard let pair = value?.arrayValue, pair.count == 2, let time = pair[0].numberLike,
            let text = pair[1].stringValue, let number = ExpositionParser.number(Substring(text))
        else {
            throw ArchestraError.decoding(endpoint: endpoint, detail: "a sample is not [time, \"value\"]")
        }
        return PromQLPoint(time: time, value: number)
    }

    static func labels(_ value: JSONValue?) -> [String: String] {
        guard case .object(let members)? = value else { return [:] }
        return members.compactMapValues(\.stringValue)
    }

    static func statusText(_ status: Int, body: [UInt8]) -> String {
        let preview = String(decoding: body.prefix(80), as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
        return preview.isEmpty ? "HTTP \(status)" : "HTTP \(status): \(preview)"
    }
}

extension Optional where Wrapped == [JSONValue] {
    fileprivate func orThrow(_ endpoint: String, _ detail: String) throws -> [JSONValue] {
        guard let self else { throw ArchestraError.decoding(endpoint: endpoint, detail: detail) }
        return self
    }
}
