import Foundation
import XCTest
import ArchestraAPI
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
        Settings.Inputs(baseURLFlag: baseURL, apiKeyFile: keyFile, configPath: config, refreshFlag: nil, timeout: 10,
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
        let open = try write("base_url = http://cfg:9000\napi_key = arch_inconfig\n", to: "config", mode: 0o644)
        XCTAssertThrowsError(try Settings.resolve(inputs(config: open), environment: [:])) { error in
            XCTAssertTrue(String(describing: error).contains("chmod 600"), "\(error)")
        }
        let closed = try write("# comment\nbase_url = http://cfg:9000\napi_key = \"arch_inconfig\"\nrefresh = 0.5\n", to: "config2", mode: 0o600)
        let settings = try Settings.resolve(inputs(config: closed), environment: [:])
        XCTAssertEqual(settings.baseURL, "http://cfg:9000")
        XCTAssertEqual(settings.apiKey?.raw, "arch_inconfig")
        XCTAssertEqual(settings.refresh, 0.5)
    }

    func testConfigWithoutAKeyMayBeReadableByOthers() throws {
        let path = try write("base_url = http://cfg:9000\n", to: "config", mode: 0o644)
        XCTAssertEqual(try Settings.resolve(inputs(config: path), environment: [:]).baseURL, "http://cfg:9000")
    }

    func testConfigErrorsNameTheLine() throws {
        let path = try write("base_url = http://x\nnonsense line\n", to: "config", mode: 0o600)
        XCTAssertThrowsError(try Settings.resolve(inputs(config: path), environment: [:])) { error in
            XCTAssertEqual(String(describing: error), "\(path):2: expected 'key = value'")
        }
        let unknown = try write("colour = red\n", to: "config3", mode: 0o600)
        XCTAssertThrowsError(try Settings.resolve(inputs(config: unknown), environment: [:])) { error in
            XCTAssertTrue(String(describing: error).contains("unknown key 'colour'"), "\(error)")
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
