import Foundation
import XCTest
import Logging
import ArgumentParser
import ArchestraSimulator
import DashboardCore
@testable import archestra_tui

/// `:ctx` at runtime: the new context's server, the person's place kept, drafts waiting on their own context.
final class ContextSwitcherTests: XCTestCase {
    func testSwitchingCarriesThePlaceKeepsDraftsPerContextAndSurvivesABrokenContext() async throws {
        let first = ArchestraSimulator(options: SimulatorOptions())
        let second = ArchestraSimulator(options: SimulatorOptions())
        let firstPort = try await first.start()
        let secondPort = try await second.start()
        let folder = NSTemporaryDirectory() + "archestra-switch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = folder + "/config.yaml"
        try """
        contexts:
          - name: a
            baseURL: http://127.0.0.1:\(firstPort)
            apiKeyEnv: DEMO_KEY
          - name: b
            baseURL: http://127.0.0.1:\(secondPort)
            apiKeyEnv: DEMO_KEY
          - name: broken
            baseURL: http://127.0.0.1:9
            apiKeyFile: \(folder)/absent.key
        """.write(toFile: config, atomically: true, encoding: .utf8)
        let environment = ["DEMO_KEY": SimulatorOptions().apiKey ?? ""]
        let inputs = Settings.Inputs(configPath: config, timeout: 5, insecure: false)
        let factory = ConnectionFactory(
            network: try NetworkOptions.parse([]), metrics: try MetricsOptions.parse([]),
            environment: environment, demo: false, readOnlyFlag: false,
            stateDirectory: folder, themeNames: ["default"])
        let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        let draft: [String: EditDraft] = ["agents:edit:a1": EditDraft(values: ["name": .text("draft on a")])]
        let opened = try factory.open(
            settings: try Settings.resolve(inputs, environment: environment), carrying: nil,
            drafts: draft, logger: logger)
        await opened.store.send(.key(.character("7")))
        var switcher = ContextSwitcher(inputs: inputs, environment: environment, factory: factory, logger: logger)

        let onB = await switcher.switchTo("b", from: opened)
        var state = onB.store.latest().state
        XCTAssertEqual(state.baseURL, "http://127.0.0.1:\(secondPort)")
        XCTAssertEqual(state.contexts.current, "b")
        XCTAssertEqual(state.ui.pane, .limits, "the pane stays")
        XCTAssertEqual(state.ui.unsavedEdits, [:], "a's draft is not b's")
        XCTAssertEqual(state.ui.flash, "context b: http://127.0.0.1:\(secondPort); 1 unsaved edit kept on a for your return")

        let stillB = await switcher.switchTo("broken", from: onB)
        state = stillB.store.latest().state
        XCTAssertEqual(state.contexts.current, "b")
        XCTAssertEqual(state.ui.flash?.hasPrefix("cannot switch to broken: Cannot read \(folder)/absent.key"), true, state.ui.flash ?? "")

        let backOnA = await switcher.switchTo("a", from: stillB)
        state = backOnA.store.latest().state
        XCTAssertEqual(state.contexts.current, "a")
        XCTAssertEqual(state.ui.unsavedEdits, draft, "the draft waited on a")
        await backOnA.close()
        await first.stop()
        await second.stop()
    }
}
