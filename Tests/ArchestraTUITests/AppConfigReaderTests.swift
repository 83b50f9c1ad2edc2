import Foundation
import XCTest
import DashboardCore
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

    func testFavoritesAreAListOfPaneCommandsAndABadEntryIsNamed() throws {
        let (config, warnings) = try read("favorites: [limits, agnets, {x: 1}]\n")
        XCTAssertEqual(
            warnings.map { "\($0.line):\($0.column) \($0.message)" }, ["1:29 favorites: each entry is a pane command such as agents"])
        XCTAssertEqual(config.favorites, ["limits", "agnets", ""])
        let (favorites, problems) = config.resolvedFavorites
        XCTAssertEqual(favorites.pane(forDigit: 1), .limits)
        XCTAssertNil(favorites.pane(forDigit: 2))
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].hasPrefix("favorites: 'agnets' (for 2) is not a pane"), problems[0])

        let (notAList, listWarnings) = try read("favorites: agents\n")
        XCTAssertNil(notAList.favorites)
        XCTAssertEqual(notAList.resolvedFavorites.favorites, .defaults)
        XCTAssertTrue(
            listWarnings.first?.description.hasSuffix(
                "config.yaml:1:12: favorites must be a list of pane commands (favorites: [agents, limits, mcp]); the default is used")
                == true, "\(listWarnings)")
    }

    func testLogRowsIsAWholeNumberWithinItsBoundsAndABadValueIsNamed() throws {
        let (config, warnings) = try read("logRows: 500\n")
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(config.logRows, 500)
        for bad in ["lots", "2.5", "10", "1000000", "[100]"] {
            let (badConfig, badWarnings) = try read("logRows: \(bad)\n")
            XCTAssertNil(badConfig.logRows, "\(bad): the default applies")
            XCTAssertEqual(
                badWarnings.map(\.description),
                ["/home/op/.config/archestra-tui/config.yaml:1:10: logRows must be a whole number from 50 to 100000; 2000 is used"],
                bad)
        }
    }

    func testAFileThatIsNotYAMLNamesTheLineAndColumn() {
        XCTAssertThrowsError(try read("contexts:\n  - name: [prod\n")) { error in
            let problem = error as? ConfigProblem
            XCTAssertEqual(problem?.path, "/home/op/.config/archestra-tui/config.yaml")
            XCTAssertGreaterThan(problem?.line ?? 0, 0, "\(String(describing: problem))")
        }
    }

    func testNotifyOnPicksWhatRingsAndWarnsOfAnUnknownTopic() throws {
        let (both, none) = try read("notify: true\nnotifyOn: [limits, refusals]\n")
        XCTAssertEqual(both.notifyOn, [.limits, .refusals])
        XCTAssertEqual(none, [])
        let (one, _) = try read("notifyOn: refusals\n")
        XCTAssertEqual(one.notifyOn, [.refusals], "a single topic without brackets")
        let (typo, warnings) = try read("notifyOn: [limits, refusal]\n")
        XCTAssertEqual(typo.notifyOn, [.limits], "the unknown entry is left out")
        XCTAssertEqual(
            warnings.map { "\($0.line):\($0.column) \($0.message)" }, ["1:20 notifyOn: 'refusal' is not one of limits, refusals; left out"])
        let (absent, _) = try read("notify: true\n")
        XCTAssertNil(absent.notifyOn, "the default: everything")
    }
}
