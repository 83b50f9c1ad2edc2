import XCTest
import ArchestraAPI

/// The pure mapping from a reported platform version to the API generation.
final class APIGenerationVersionTests: XCTestCase {
    func testVersionsBelow14SpeakThe12API() {
        for version in [
            "1.2.56", "v1.2.9", "V1.2.0", "1.2.0-rc.2", "1.3.0", "1.3.99", "1.0.0", "0.9.1", "1", " 1.2.56\n", "1.2",
            "1.2.56+build.7",
        ] {
            XCTAssertEqual(APIGeneration.forServerVersion(version), .v1_2, version)
        }
    }

    func testVersionsFrom14OnSpeakThe14API() {
        for version in ["1.4.0", "1.4.0-beta.1", "v1.4.2", "1.4", "1.5.0", "1.10.0", "1.40.1", "2.0.0", "2", "10.0.0-alpha"] {
            XCTAssertEqual(APIGeneration.forServerVersion(version), .v1_4, version)
        }
    }

    func testTextThatIsNoVersionGivesNothing() {
        for version in ["", "   ", "garbage", "v", "latest", "dev-build", ".4.0", "x1.4", "1x.4", "1.x", "1.", "-1.4", "1..4", "１.４"] {
            XCTAssertNil(APIGeneration.forServerVersion(version), version)
        }
    }

    func testMinorVersionsCompareAsNumbersNotText() {
        XCTAssertEqual(APIGeneration.forServerVersion("1.10.0"), .v1_4, "10 > 4 although \"10\" < \"4\"")
        XCTAssertEqual(APIGeneration.forServerVersion("1.03.0"), .v1_2)
    }
}
