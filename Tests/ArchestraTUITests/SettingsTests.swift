import Foundation
import XCTest
import ArchestraAPI
import DashboardCore
@testable import archestra_tui

/// Where the key and server come from, and the refusal of files others can read.
final class SettingsTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("archestra-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func write(_ text: String, to name: String, mode: Int) throws -> String {
        let path = folder.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    func inputs(keyFile: String? = nil, config: String? = nil, baseURL: String? = nil) -> Settings.Inputs {
        Settings.Inputs(
            baseURLFlag: baseURL, apiKeyFile: keyFile, configPath: config, refreshFlag: nil, timeout: 10,
            insecure: false, themeFlag: nil)
    }

    var noConfig: [String: String] { ["XDG_CONFIG_HOME": folder.appendingPathComponent("none").path] }

    func testDefaultsFollowTheTerraformProvider() throws {
        let settings = try Settings.resolve(inputs(), environment: noConfig)
        XCTAssertEqual(settings.baseURL, "http://localhost:9000")
        XCTAssertNil(settings.apiKey)
        XCTAssertEqual(settings.refresh, 2)
    }

    func testEnvironmentProvidesServerAndKey() throws {
        var environment = noConfig
        environment["ARCHESTRA_BASE_URL"] = "https://archestra.example.com"
        environment["ARCHESTRA_API_KEY"] = "arch_fromenvironment"
        let settings = try Settings.resolve(inputs(), environment: environment)
        XCTAssertEqual(settings.baseURL, "https://archestra.example.com")
        XCTAssertEqual(settings.apiKey?.raw, "arch_fromenvironment")
        let flagged = try Settings.resolve(inputs(baseURL: "http://flag:1"), environment: environment)
        XCTAssertEqual(flagged.baseURL, "http://flag:1", "a flag beats the environment")
    }

    func testKeyFileWithMode600IsRead() throws {
        let path = try write("  arch_secretfromfile\n", to: "key", mode: 0o600)
        let settings = try Settings.resolve(inputs(keyFile: path), environment: noConfig)
        XCTAssertEqual(settings.apiKey?.raw, "arch_secretfromfile")
    }

    func testKeyFileReadableByOthersIsRefusedNamingChmod() throws {
        let path = try write("arch_secretfromfile\n", to: "key", mode: 0o644)
        XCTAssertThrowsError(try Settings.resolve(inputs(keyFile: path), environment: noConfig)) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.contains("chmod 600 \(path)"), message)
            XCTAssertFalse(message.contains("arch_secretfromfile"), "the key is never in a message")
        }
        let groupReadable = try write("arch_x\n", to: "key2", mode: 0o640)
        XCTAssertThrowsError(try SecretFile.readKey(path: groupReadable))
    }

    func testMissingOrEmptyKeyFileGivesAClearMessage() throws {
        XCTAssertThrowsError(try SecretFile.readKey(path: folder.appendingPathComponent("absent").path)) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("Cannot read"), "\(error)")
        }
        let empty = try write("\n\n", to: "empty", mode: 0o600)
        XCTAssertThrowsError(try SecretFile.readKey(path: empty)) { error in
            XCTAssertTrue(String(describing: error).contains("is empty"), "\(error)")
        }
    }

    func testConfigFileHoldingAKeyMustBePrivate() throws {
        let text = "contexts:\n  - name: lab\n    baseURL: http://cfg:9000\n    apiKey: arch_inconfig\nrefresh: 0.5\n"
        let open = try write(text, to: "open.yaml", mode: 0o644)
        XCTAssertThrowsError(try Settings.resolve(inputs(config: open), environment: [:])) { error in
            XCTAssertTrue(String(describing: error).contains("chmod 600 \(open)"), "\(error)")
            XCTAssertFalse(String(describing: error).contains("arch_inconfig"), "the key is never in a message")
        }
        let closed = try write("# comment\n" + text, to: "closed.yaml", mode: 0o600)
        let settings = try Settings.resolve(inputs(config: closed), environment: [:])
        XCTAssertEqual(settings.baseURL, "http://cfg:9000")
        XCTAssertEqual(settings.apiKey?.raw, "arch_inconfig")
        XCTAssertEqual(settings.refresh, 0.5)
    }

    func testConfigWithoutAKeyMayBeReadableByOthers() throws {
        let path = try write("contexts:\n  - name: lab\n    baseURL: http://cfg:9000\n", to: "config.yaml", mode: 0o644)
        XCTAssertEqual(try Settings.resolve(inputs(config: path), environment: [:]).baseURL, "http://cfg:9000")
    }

    func testAFileThatIsNotYAMLNamesLineAndColumn() throws {
        let path = try write("refresh: 2\ncontexts:\n  - name: a\n   baseURL: [oops\n", to: "broken.yaml", mode: 0o600)
        XCTAssertThrowsError(try Settings.resolve(inputs(config: path), environment: [:])) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("\(path):4:"), "\(error)")
        }
    }

    func testWrongValuesAreWarnedWithTheirPlaceAndDefaultsApply() throws {
        let path = try write("refresh: soon\ncolour: red\ntheme: nord\n", to: "config.yaml", mode: 0o600)
        let settings = try Settings.resolve(inputs(config: path), environment: noConfig)
        XCTAssertEqual(settings.refresh, 2, "the default refresh")
        XCTAssertEqual(settings.themeName, "nord", "the rest of the file still counts")
        XCTAssertTrue(settings.notices.contains { $0.hasPrefix("\(path):1:10: refresh must be a number") }, "\(settings.notices)")
        XCTAssertTrue(settings.notices.contains { $0.hasPrefix("\(path):2:1: unknown key 'colour'") }, "\(settings.notices)")
    }

    // MARK: - Contexts

    let twoContexts = """
        currentContext: prod
        contexts:
          - name: prod
            baseURL: https://archestra.example.com
            apiKeyEnv: PROD_ARCHESTRA_KEY
            readOnly: true
          - name: local
            baseURL: http://localhost:9100
            apiKeyFile: KEYFILE
          - name: typo
            baseURL: http://typo:9000
            readOnly: perhaps
        """

    func contextsFile() throws -> String {
        let keyFile = try write("arch_localkey\n", to: "local.key", mode: 0o600)
        return try write(twoContexts.replacingOccurrences(of: "KEYFILE", with: keyFile), to: "config.yaml", mode: 0o644)
    }

    func testTheCurrentContextAndContextFlagChooseServerKeyAndReadOnly() throws {
        let path = try contextsFile()
        let environment = ["PROD_ARCHESTRA_KEY": "arch_prodkey"]
        let prod = try Settings.resolve(inputs(config: path), environment: environment)
        XCTAssertEqual(prod.context?.name, "prod")
        XCTAssertEqual(prod.baseURL, "https://archestra.example.com")
        XCTAssertEqual(prod.apiKey?.raw, "arch_prodkey")
        XCTAssertEqual(prod.apiKeySource, "$PROD_ARCHESTRA_KEY (context prod)")
        XCTAssertTrue(prod.readOnly, "prod is read-only")

        var local = inputs(config: path)
        local.contextFlag = "local"
        let chosen = try Settings.resolve(local, environment: environment)
        XCTAssertEqual(chosen.baseURL, "http://localhost:9100")
        XCTAssertEqual(chosen.apiKey?.raw, "arch_localkey")
        XCTAssertFalse(chosen.readOnly, "local may be edited")

        var typo = inputs(config: path)
        typo.contextFlag = "typo"
        let unreadable = try Settings.resolve(typo, environment: environment)
        XCTAssertTrue(unreadable.readOnly, "a readOnly that cannot be read keeps editing off")
        XCTAssertTrue(unreadable.notices.contains { $0.contains("readOnly must be true or false; read-only is kept on") })

        var missing = inputs(config: path)
        missing.contextFlag = "staging"
        XCTAssertThrowsError(try Settings.resolve(missing, environment: environment)) { error in
            XCTAssertEqual(String(describing: error), "no context 'staging' in \(path) (contexts: prod, local, typo)")
        }
    }

    func testTheEnvironmentWinsOverTheContextAtStartButNotForASwitch() throws {
        let path = try contextsFile()
        let environment = [
            "PROD_ARCHESTRA_KEY": "arch_prodkey", "ARCHESTRA_BASE_URL": "http://env:1",
            "ARCHESTRA_API_KEY": "arch_envkey",
        ]
        let started = try Settings.resolve(inputs(config: path), environment: environment)
        XCTAssertEqual(started.baseURL, "http://env:1")
        XCTAssertEqual(started.apiKey?.raw, "arch_envkey")
        XCTAssertEqual(started.baseURLSource, "ARCHESTRA_BASE_URL")
        // `:ctx local` later: the environment chose the first server, the file speaks for this one.
        let switched = try Settings.resolve(inputs(config: path, baseURL: "http://flag:2"), environment: environment, switchingTo: "local")
        XCTAssertEqual(switched.baseURL, "http://localhost:9100")
        XCTAssertEqual(switched.apiKey?.raw, "arch_localkey")
    }

    func testTheDemoChoosesNoContextSoAnUnsetKeyVariableDoesNotStopIt() throws {
        let path = try contextsFile()
        var demo = inputs(config: path)
        demo.demo = true
        let settings = try Settings.resolve(demo, environment: [:])
        XCTAssertNil(settings.context)
        XCTAssertNil(settings.apiKey)
    }

    func testAContextKeyFromAnUnsetVariableOrAnOpenFileIsRefused() throws {
        let path = try contextsFile()
        XCTAssertThrowsError(try Settings.resolve(inputs(config: path), environment: [:])) { error in
            XCTAssertEqual(String(describing: error), "context prod: apiKeyEnv names PROD_ARCHESTRA_KEY, which is unset or empty")
        }
        let openKey = try write("arch_x\n", to: "open.key", mode: 0o644)
        let config = try write("contexts:\n  - name: a\n    apiKeyFile: \(openKey)\n", to: "c.yaml", mode: 0o600)
        XCTAssertThrowsError(try Settings.resolve(inputs(config: config), environment: [:])) { error in
            XCTAssertTrue(String(describing: error).contains("chmod 600 \(openKey)"), "\(error)")
        }
    }

    func testAKeyFileUnderHomeIsFoundWithATilde() throws {
        _ = try write("arch_tilde\n", to: "t.key", mode: 0o600)
        let config = try write("contexts:\n  - name: a\n    apiKeyFile: ~/t.key\n", to: "c.yaml", mode: 0o644)
        let settings = try Settings.resolve(inputs(config: config), environment: ["HOME": folder.path])
        XCTAssertEqual(settings.apiKey?.raw, "arch_tilde")
    }

    func testTheOldConfigFileIsNotReadButNamedWithTheNewOne() throws {
        let configHome = folder.appendingPathComponent("xdg")
        try FileManager.default.createDirectory(at: configHome.appendingPathComponent("archestra-tui"), withIntermediateDirectories: true)
        let old = configHome.appendingPathComponent("archestra-tui/config").path
        FileManager.default.createFile(atPath: old, contents: Data("base_url = http://old:9000\n".utf8))
        let settings = try Settings.resolve(inputs(), environment: ["XDG_CONFIG_HOME": configHome.path])
        XCTAssertEqual(settings.baseURL, "http://localhost:9000")
        XCTAssertEqual(
            settings.notices,
            [
                "\(old) is no longer read: move its settings to \(old).yaml (YAML: refresh, theme, currentContext, "
                    + "contexts: [{name, baseURL, apiKeyFile}]; see README, Config file)"
            ])
    }

    func testNetworkAndMetricsComeFromTheContextUnlessAFlagSaysOtherwise() throws {
        let config = try write(
            """
            contexts:
              - name: corp
                baseURL: https://archestra.corp
                caFile: ~/corp-ca.pem
                proxy: http://proxy.corp:3128
                prometheusURL: http://prom.corp:9090
            """, to: "c.yaml", mode: 0o644)
        let settings = try Settings.resolve(inputs(config: config), environment: ["HOME": "/home/ops"])
        let network = try NetworkOptions.parse([]).settings(insecure: false, environment: ["HOME": "/home/ops"], context: settings.context)
        XCTAssertEqual(network.caFile, "/home/ops/corp-ca.pem")
        XCTAssertEqual("\(network.proxy)".contains("proxy.corp"), true, "\(network.proxy)")
        let flagged = try NetworkOptions.parse(["--ca-file", "/etc/ca.pem", "--no-proxy"])
            .settings(insecure: false, environment: [:], context: settings.context)
        XCTAssertEqual(flagged.caFile, "/etc/ca.pem")
        XCTAssertEqual("\(flagged.proxy)", "\(ProxyPolicy.none)")
        let metrics = try MetricsOptions.parse([]).settings(environment: [:], context: settings.context)
        XCTAssertEqual(metrics.prometheusURL?.absoluteString, "http://prom.corp:9090")
    }

    func testMouseAndNotificationsAreOffUnlessTheFileOrAFlagTurnsThemOn() throws {
        let off = try Settings.resolve(inputs(), environment: noConfig)
        XCTAssertFalse(off.mouse)
        XCTAssertFalse(off.notify, "a console never rings by default")
        let path = try write("mouse: true\nnotify: true\nnotifyAt: [50, 75]\n", to: "on.yaml", mode: 0o644)
        let on = try Settings.resolve(inputs(config: path), environment: [:])
        XCTAssertTrue(on.mouse)
        XCTAssertTrue(on.notify)
        XCTAssertEqual(on.notifyAt, [50, 75])
        XCTAssertEqual(on.notifyOn, [.limits, .refusals], "limits and refusals unless the file picks")
        let picked = try write("notify: true\nnotifyOn: [limits]\n", to: "limits.yaml", mode: 0o644)
        XCTAssertEqual(try Settings.resolve(inputs(config: picked), environment: [:]).notifyOn, [.limits])
        var flags = inputs()
        flags.mouseFlag = true
        flags.notifyFlag = true
        let flagged = try Settings.resolve(flags, environment: noConfig)
        XCTAssertTrue(flagged.mouse && flagged.notify)
    }

    func testLogRowsComeFromTheFlagElseTheFileElseTwoThousand() throws {
        XCTAssertEqual(try Settings.resolve(inputs(), environment: noConfig).logRows, 2_000)
        let path = try write("logRows: 300\n", to: "rows.yaml", mode: 0o644)
        XCTAssertEqual(try Settings.resolve(inputs(config: path), environment: [:]).logRows, 300)
        var flagged = inputs(config: path)
        flagged.logRowsFlag = 5_000
        XCTAssertEqual(try Settings.resolve(flagged, environment: [:]).logRows, 5_000, "the flag wins over the file")
        flagged.logRowsFlag = 20
        XCTAssertThrowsError(try Settings.resolve(flagged, environment: [:])) { error in
            XCTAssertEqual("\(error)", "--log-rows must be from 50 to 100000")
        }
    }

    func testRefreshBounds() throws {
        var bad = inputs()
        bad.refreshFlag = 0
        XCTAssertThrowsError(try Settings.resolve(bad, environment: noConfig))
        bad.refreshFlag = 0.25
        XCTAssertEqual(try Settings.resolve(bad, environment: noConfig).refresh, 0.25, "fractions are allowed")
    }
}
