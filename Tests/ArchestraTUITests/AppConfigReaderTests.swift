import Foundation
import XCTest
@testable import archestra_tui

/// config.yaml: contexts, settings, keys; mistakes named with their line and column, never fatal
/// unless the file is not YAML.
final class AppConfigReaderTests: XCTestCase {
    func read(_ text: String) throws -> (AppConfig, [ConfigProblem]) {
        var reader = AppConfigReader(path: "/home/op/.config/archestra-tui/config.yaml")
        let config = try reader.read(text)
        return (config, reader.warnings)
    }

    func testTheDocumentedShape() throws {
        let (config, warnings) = try read(
            """
            currentContext: prod
            refresh: 2            # seconds
            theme: nord
            contexts:
              - name: prod
                baseURL: https://archestra.example.com
                apiKeyEnv: PROD_ARCHESTRA_KEY
                readOnly: true
              - name: local
                baseURL: http://localhost:9000
                apiKeyFile: ~/.config/archestra-tui/local.key
            keys:
              quit: q
              down: [j, ctrl-n]
            """)
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(config.currentContext, "prod")
        XCTAssertEqual(config.refresh, 2)
        XCTAssertEqual(config.theme, "nord")
        XCTAssertEqual(config.contexts.map(\.name), ["prod", "local"])
        XCTAssertEqual(config.context(named: "prod")?.apiKeyEnv, "PROD_ARCHESTRA_KEY")
        XCTAssertEqual(config.context(named: "prod")?.readOnly, true)
        XCTAssertEqual(config.context(named: "local")?.apiKeyFile, "~/.config/archestra-tui/local.key")
        XCTAssertEqual(config.keys, ["quit": ["q"], "down": ["j", "ctrl-n"]])
    }

    func testUnknownKeysAndWrongTypesAreWarnedWithTheirPlaceAndLeftOut() throws {
        let (config, warnings) = try read(
            """
            refresh: soon
            colour: blue
            contexts:
              - name: prod
                baseUrl: https://x
            """)
        XCTAssertNil(config.refresh, "the default applies")
        XCTAssertEqual(config.contexts.map(\.name), ["prod"])
        XCTAssertEqual(warnings.map { "\($0.line):\($0.column)" }, ["1:10", "2:1", "5:5"], "\(warnings)")
        XCTAssertTrue(warnings[0].description.hasPrefix("/home/op/.config/archestra-tui/config.yaml:1:10: refresh must be a number"))
        XCTAssertTrue(warnings[1].message.hasPrefix("unknown key 'colour'"))
        XCTAssertTrue(warnings[2].message.hasPrefix("unknown context key 'baseUrl'"))
    }

    func testAFileThatIsNotYAMLNamesTheLineAndColumn() {
        XCTAssertThrowsError(try read("contexts:\n  - name: [prod\n")) { error in
            let problem = error as? ConfigProblem
            XCTAssertEqual(problem?.path, "/home/op/.config/archestra-tui/config.yaml")
            XCTAssertGreaterThan(problem?.line ?? 0, 0, "\(String(describing: problem))")
        }
    }
}
