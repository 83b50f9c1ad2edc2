import XCTest
@testable import ArchestraAPI

/// Answers of a real Prometheus 2.42 query API (saved on loopback), and the shapes the API documents.
final class PromQLDecodingTests: XCTestCase {
    func testVector() throws {
        let result = try PromQLDecoding.decode(
            status: 200, body: MetricsFixture.bytes("query-vector", "json"), endpoint: "GET /api/v1/query")
        guard case .vector(let samples) = result else { return XCTFail("\(result)") }
        XCTAssertEqual(samples.count, 3)
        let metrics = try XCTUnwrap(samples.first { $0.labels["handler"] == "/metrics" })
        XCTAssertEqual(metrics.value, 1.2493753123438283, accuracy: 1e-12)
        XCTAssertEqual(metrics.time, 1_796_163_230.879, accuracy: 0.001)
    }

    func testMatrix() throws {
        let result = try PromQLDecoding.decode(
            status: 200, body: MetricsFixture.bytes("query-matrix", "json"), endpoint: "GET /api/v1/query_range")
        let series = result.series
        XCTAssertEqual(series.count, 3)
        let query = try XCTUnwrap(series.first { $0.labels["handler"] == "/api/v1/query" })
        XCTAssertEqual(query.points.map(\.time), [1_796_163_224, 1_796_163_226, 1_796_163_228, 1_796_163_230])
        XCTAssertEqual(query.points[1].value, 0.49950049950049946, accuracy: 1e-12)
        XCTAssertTrue(result.samples.isEmpty)
    }

    func testScalarAndString() throws {
        let scalar = try PromQLDecoding.decode(status: 200, body: MetricsFixture.bytes("query-scalar", "json"), endpoint: "q")
        XCTAssertEqual(scalar, .scalar(PromQLPoint(time: 1_796_163_230.976, value: 1)))
        XCTAssertEqual(scalar.samples, [PromQLSample(labels: [:], time: 1_796_163_230.976, value: 1)])
        let string = try PromQLDecoding.decode(
            status: 200, body: Array(#"{"status":"success","data":{"resultType":"string","result":[1,"hi"]}}"#.utf8), endpoint: "q")
        XCTAssertEqual(string, .string(time: 1, value: "hi"))
    }

    func testValuesTravelAsStringsIncludingNaNAndInfinity() throws {
        let body =
            #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":"1"},"value":[1,"NaN"]},{"metric":{},"value":[1,"+Inf"]},{"metric":{},"value":[1,"-Inf"]}]},"warnings":["partial"]}"#
        let samples = try PromQLDecoding.decode(status: 200, body: Array(body.utf8), endpoint: "q").samples
        XCTAssertTrue(samples[0].value.isNaN)
        XCTAssertEqual(samples[1].value, .infinity)
        XCTAssertEqual(samples[2].value, -.infinity)
    }

    func testErrorAnswersKeepPrometheusWords() throws {
        XCTAssertThrowsError(
            try PromQLDecoding.decode(
                status: 400, body: MetricsFixture.bytes("query-error", "json"),
                endpoint: "GET /api/v1/query")
        ) { error in
            guard case .http(let status, let type, let message, let endpoint) = error as? ArchestraError else { return XCTFail("\(error)") }
            XCTAssertEqual(status, 400)
            XCTAssertEqual(type, "bad_data")
            XCTAssertEqual(message, #"invalid parameter "query": 1:8: parse error: unclosed left parenthesis"#)
            XCTAssertEqual(endpoint, "GET /api/v1/query")
        }
        // Thanos and others answer 503/422 with the same envelope.
        let timeout = #"{"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"}"#
        XCTAssertThrowsError(try PromQLDecoding.decode(status: 503, body: Array(timeout.utf8), endpoint: "q")) { error in
            XCTAssertEqual((error as? ArchestraError)?.status, 503)
            XCTAssertTrue((error as? ArchestraError)?.isRetryable ?? false)
        }
    }

    func testBodiesThatAreNotTheEnvelope() {
        XCTAssertThrowsError(try PromQLDecoding.decode(status: 502, body: Array("<html>Bad gateway</html>".utf8), endpoint: "q")) { error in
            XCTAssertEqual(
                error as? ArchestraError, .http(status: 502, type: nil, message: "HTTP 502: <html>Bad gateway</html>", endpoint: "q"))
        }
        for body in [
            "not json", #"{"data":{}}"#, #"{"status":"success","data":{"resultType":"vector","result":{}}}"#,
            #"{"status":"success","data":{"resultType":"vector","result":[{"value":[1,2]}]}}"#,
            #"{"status":"success","data":{"resultType":"histogram","result":[]}}"#,
        ] {
            XCTAssertThrowsError(try PromQLDecoding.decode(status: 200, body: Array(body.utf8), endpoint: "q"), body) { error in
                guard case .decoding = error as? ArchestraError else { return XCTFail("\(body): \(error)") }
            }
        }
    }
}
