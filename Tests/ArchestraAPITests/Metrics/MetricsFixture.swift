import Foundation
import XCTest

/// Reads the metrics fixtures: a real Prometheus server's own `/metrics` page and the answers of its
/// query API, saved from Debian's `prometheus` 2.42 on loopback.
enum MetricsFixture {
    static func bytes(_ name: String, _ type: String, file: StaticString = #filePath, line: UInt = #line) throws -> [UInt8] {
        let url = try XCTUnwrap(
            Bundle.module.url(forResource: name, withExtension: type, subdirectory: "Fixtures/metrics"),
            "missing fixture metrics/\(name).\(type)", file: file, line: line)
        return Array(try Data(contentsOf: url))
    }
}
