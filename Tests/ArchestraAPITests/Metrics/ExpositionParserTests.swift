import XCTest
@testable import ArchestraAPI

final class ExpositionParserTests: XCTestCase {
    // MARK: - A real server's page

    func testAPrometheusServersOwnPage() throws {
        let bytes = try MetricsFixture.bytes("prometheus-2.42-self", "txt")
        let page = try ExpositionParser.parse(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        let declared = text.split(separator: "\n").filter { $0.hasPrefix("# TYPE ") }.count
        XCTAssertEqual(page.families.count, declared, "one family per # TYPE line, no stray untyped ones")
        let sampleLines = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.count
        XCTAssertEqual(page.families.reduce(0) { $0 + $1.samples.count }, sampleLines)

        let gc = try XCTUnwrap(page.family("go_gc_duration_seconds"))
        XCTAssertEqual(gc.type, .summary)
        XCTAssertEqual(gc.help, "A summary of the pause duration of garbage collection cycles.")
        XCTAssertEqual(gc.samples.first?.labels, ["quantile": "0"])
        XCTAssertTrue(gc.samples.contains { $0.name == "go_gc_duration_seconds_count" })

        let http = try XCTUnwrap(page.family("prometheus_http_request_duration_seconds"))
        XCTAssertEqual(http.type, .histogram)
        let buckets = http.samples.filter { $0.name.hasSuffix("_bucket") && $0.labels["handler"] == "/metrics" }
        XCTAssertEqual(buckets.last?.labels["le"], "+Inf")
        let count = try XCTUnwrap(http.samples.first { $0.name.hasSuffix("_count") && $0.labels["handler"] == "/metrics" })
        XCTAssertEqual(buckets.last?.value, count.value, "the +Inf bucket holds every observation")
        XCTAssertGreaterThan(count.value, 0)

        // A summary nobody observed yet (no rules here) reports its quantiles as NaN.
        let rules = try XCTUnwrap(page.family("prometheus_rule_evaluation_duration_seconds"))
        XCTAssertEqual(rules.type, .summary)
        XCTAssertTrue(rules.samples.filter { $0.labels["quantile"] != nil }.allSatisfy { $0.value.isNaN })

        let build = try XCTUnwrap(page.samples(named: "prometheus_build_info").first)
        XCTAssertEqual(build.value, 1)
        XCTAssertEqual(build.labels["version"], "2.42.0+ds")
    }

    func testKeepingOnlySomeSamples() throws {
        let bytes = try MetricsFixture.bytes("prometheus-2.42-self", "txt")
        let page = try ExpositionParser.parse(bytes, keeping: ["prometheus_http_request_duration_seconds_bucket", "up_not_there"])
        XCTAssertEqual(page.families.map(\.name), ["prometheus_http_request_duration_seconds"])
        XCTAssertTrue(page.families[0].samples.allSatisfy { $0.name == "prometheus_http_request_duration_seconds_bucket" })
    }

    // MARK: - What the format allows

    func testLabelEscapesAndOddSpacing() throws {
        let page = try ExpositionParser.parse(
            #"""
            # HELP weird_total A help with a backslash \\ and a\nnew line.
            # TYPE weird_total counter
            weird_total{path="C:\\temp",quote="say \"hi\"",lines="a\nb",} 3
            weird_total { empty = "" , unicode="café ☕" }	4.5
            """#)
        let family = try XCTUnwrap(page.family("weird_total"))
        XCTAssertEqual(family.help, "A help with a backslash \\ and a\nnew line.")
        XCTAssertEqual(family.samples[0].labels, ["path": #"C:\temp"#, "quote": #"say "hi""#, "lines": "a\nb"])
        XCTAssertEqual(family.samples[1].labels, ["empty": "", "unicode": "café ☕"])
        XCTAssertEqual(family.samples[1].value, 4.5)
    }

    func testSpecialValuesTimestampsAndExemplars() throws {
        let page = try ExpositionParser.parse(
            """
            # TYPE lat histogram
            lat_bucket{le="0.5"} 1 1700000000000
            lat_bucket{le="+Inf"} +Inf
            lat_sum NaN
            lat_count -Inf
            requests_total{code="200"} 12 # {trace_id="abc"} 0.67 1520879607.789
            requests_total{code="500"} 1.5e3 1520879607000 # {trace_id="def"} 2
            """)
        let lat = try XCTUnwrap(page.family("lat"))
        XCTAssertEqual(lat.samples.count, 4)
        XCTAssertEqual(lat.samples[0].timestamp, 1_700_000_000_000)
        XCTAssertEqual(lat.samples[1].value, .infinity)
        XCTAssertTrue(lat.samples[2].value.isNaN)
        XCTAssertEqual(lat.samples[3].value, -.infinity)
        let requests = page.samples(named: "requests_total")
        XCTAssertEqual(requests[0].exemplar, Exemplar(labels: ["trace_id": "abc"], value: 0.67, timestamp: 1_520_879_607.789))
        XCTAssertNil(requests[0].timestamp)
        XCTAssertEqual(requests[1].value, 1_500)
        XCTAssertEqual(requests[1].timestamp, 1_520_879_607_000)
        XCTAssertEqual(requests[1].exemplar?.value, 2)
        XCTAssertEqual(page.family("requests_total")?.type, .untyped)
    }

    func testOpenMetricsCountersEOFAndQuotedNames() throws {
        let page = try ExpositionParser.parse(
            "# TYPE jobs counter\r\n# UNIT jobs seconds\r\njobs_total 7\r\njobs_created 1.7e9\r\n"
                + "{\"archestra.latency\",route=\"/api\"} 0.25\r\n# EOF\r\nignored_after_eof 1\r\n")
        let jobs = try XCTUnwrap(page.family("jobs"))
        XCTAssertEqual(jobs.type, .counter)
        XCTAssertEqual(jobs.samples.map(\.name), ["jobs_total", "jobs_created"])
        XCTAssertEqual(page.samples(named: "archestra.latency").first?.labels, ["route": "/api"])
        XCTAssertTrue(page.samples(named: "ignored_after_eof").isEmpty)
    }

    func testMalformedPagesNameTheLine() {
        let cases: [(String, Int, String)] = [
            ("ok 1\nbad{le=\"1\" 2\n", 2, "label"),
            ("# TYPE x bogus\n", 1, "unknown metric type"),
            ("x 1\n\nx{a=1} 2\n", 3, "quoted value"),
            ("x one\n", 1, "is not a sample value"),
            ("x\n", 1, "expected a sample value"),
            ("<!DOCTYPE html>\n<html>", 1, "metric name"),
            ("x 1 2 3\n", 1, "unexpected text"),
            ("x{a=\"unterminated} 1\n", 1, "unterminated"),
        ]
        for (text, line, reason) in cases {
            XCTAssertThrowsError(try ExpositionParser.parse(text), text) { error in
                let failure = error as? ExpositionParseError
                XCTAssertEqual(failure?.line, line, text)
                XCTAssertTrue(failure?.reason.contains(reason) ?? false, "\(text): \(String(describing: failure))")
            }
        }
    }

    func testEmptyPageHasNoFamilies() throws {
        XCTAssertEqual(try ExpositionParser.parse("").families, [])
        XCTAssertEqual(try ExpositionParser.parse("# just a comment\n\n").families, [])
    }
}
