import XCTest

@testable import archestra_tui

/// `--demo` logs a modest stream of LLM interactions unless told otherwise.
final class DemoLogRateTests: XCTestCase {
    func testTheDemoLogsTwoInteractionsASecondByDefault() throws {
        let options = try DemoOptions.parse(["--demo"])
        XCTAssertEqual(options.demoLogRate, 2)
        XCTAssertNil(options.problem)
    }

    func testTheRateCanBeSetAndIsBounded() throws {
        XCTAssertEqual(try DemoOptions.parse(["--demo", "--demo-log-rate", "10"]).demoLogRate, 10)
        XCTAssertEqual(try DemoOptions.parse(["--demo-log-rate", "0"]).problem, nil, "0 turns the log off")
        XCTAssertEqual(try DemoOptions.parse(["--demo-log-rate", "5000"]).problem, "--demo-log-rate must be between 0 and 1000")
    }
}
