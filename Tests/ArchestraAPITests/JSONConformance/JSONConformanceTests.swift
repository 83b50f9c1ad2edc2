import Foundation
import XCTest
import ArchestraAPI

/// The production parser (`JSONValue.parse`) against the JSONTestSuite's accept, reject and
/// implementation-defined cases.
final class JSONConformanceTests: XCTestCase {
    func testAcceptsEveryYCaseWithTheValueItDenotes() {
        XCTAssertGreaterThan(JSONTestSuiteAccepted.all.count, 90)
        for item in JSONTestSuiteAccepted.all {
            XCTAssertEqual(try JSONValue.parse(item.vector.data), item.expected, item.vector.name)
        }
    }

    func testRejectsEveryNCaseWithAParseError() {
        XCTAssertGreaterThan(JSONTestSuiteRejected.all.count, 180)
        for vector in JSONTestSuiteRejected.all {
            XCTAssertThrowsError(try JSONValue.parse(vector.data), vector.name) { error in
                XCTAssertTrue(error is JSONParseError, "\(vector.name): \(error)")
            }
        }
    }

    func testImplementationDefinedCasesFollowTheDocumentedChoices() {
        for item in JSONTestSuiteImplementationDefined.all {
            switch item.outcome {
            case .accepted(let expected):
                XCTAssertEqual(try JSONValue.parse(item.vector.data), expected, item.vector.name)
            case .rejected:
                XCTAssertThrowsError(try JSONValue.parse(item.vector.data), item.vector.name)
            }
        }
    }

    func testCaseNamesAreUniqueAndCarryTheirPrefix() {
        let accepted = JSONTestSuiteAccepted.all.map(\.vector.name)
        let rejected = JSONTestSuiteRejected.all.map(\.name)
        let chosen = JSONTestSuiteImplementationDefined.all.map(\.vector.name)
        XCTAssertTrue(accepted.allSatisfy { $0.hasPrefix("y_") })
        XCTAssertTrue(rejected.allSatisfy { $0.hasPrefix("n_") })
        XCTAssertTrue(chosen.allSatisfy { $0.hasPrefix("i_") })
        let everything = accepted + rejected + chosen
        XCTAssertEqual(Set(everything).count, everything.count, "a case is listed twice")
    }
}
