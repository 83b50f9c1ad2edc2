import Foundation
import Logging
import ArchestraAPI
import DashboardCore
import TerminalUI

/// One Archestra instance connected: the client and the store that polls it. A context switch closes
/// one and opens another; the terminal and the person's place (pane, tab, timeframe, theme) stay.
struct Connection {
    let client: ArchestraClient
    let store: DashboardStore

    /// Stops the pollers, drops the connections; the store's caches and histories go with it.
    func close() async {
        await store.stopPolling()
        await client.shutdown()
    }
}

/// Builds clients and stores from resolved ``Settings``, the same way for the first context and the next.
struct ConnectionFactory {
    let network: NetworkOptions
    let metrics: MetricsOptions
    let environment: [String: String]
    /// The in-process simulator answers on loopback: no proxy, no private CA, its own /metrics.
    let demo: Bool
    /// `--read-only`, which holds for every context.
    let readOnlyFlag: Bool
    /// Where the edit journal and exports are written.
    let stateDirectory: String
    /// Every theme that can be chosen with `:theme`.
    let themeNames: [String]

    /// The client's settings: flags, then the context's network and metrics settings.
    func clientConfiguration(for settings: Settings) throws -> ClientConfiguration {
        let networkSettings =
            demo
            ? NetworkSettings()
            : network.settings(insecure: settings.insecure, environment: environment, context: settings.context)
        var configuration = try ClientConfiguration(
            baseURL: settings.baseURL, apiKey: settings.apiKey,
            timeout: settings.timeout, network: networkSettings)
        configuration.metrics = try metrics.settings(environment: environment, context: demo ? nil : settings.context)
        if demo, !configuration.metrics.isConfigured {
            configuration.metrics.directURL = URL(string: settings.baseURL + "/metrics")
        }
        // The version of this build, which a release stamps (the API library only knows its own default).
        configuration.userAgent = "archestra-tui/\(BuildStamp.version)"
        return configuration
    }

    /// A client and a store for `settings`, not yet polling. `previous` is the state of the context
    /// being left: the person's place in the console is carried over, its data is not. `drafts` are the
    /// edits kept unsaved on this context when it was last left.
    func open(
        settings: Settings, carrying previous: AppState?, drafts: [String: EditDraft] = [:],
        logger: Logger
    ) throws -> Connection {
        let configuration = try clientConfiguration(for: settings)
        let client = ArchestraClient(configuration: configuration)
        var state = AppState(
            baseURL: configuration.baseURL.absoluteString, insecureTLS: settings.insecure,
            refreshInterval: settings.refresh)
        state.maskedAPIKey = settings.apiKey?.description
        state.networkSummary = configuration.networkSummary + configuration.metrics.summary
        let readOnly = readOnlyFlag || settings.readOnly
        state.readOnly = readOnly
        state.logRows = settings.logRows
        state.contexts = ContextChoice(
            names: demo ? [] : settings.config.contexts.map(\.name),
            current: demo ? nil : settings.context?.name,
            overridden: !demo && !settings.contextOverrides.isEmpty)
        state.ui.unsavedEdits = drafts
        if let previous {
            state.ui.pane = previous.ui.pane
            state.ui.tabs = previous.ui.tabs
            state.ui.screenWidth = previous.ui.screenWidth
            state.ui.screenHeight = previous.ui.screenHeight
            state.timeframe = previous.timeframe
            state.keyMap = previous.keyMap
            state.favorites = previous.favorites
            state.themes = previous.themes
            // Another server: where its limits stood is not known yet, so only the settings carry over.
            state.notifications = NotificationOutbox(
                isEnabled: previous.notifications.isEnabled, topics: previous.notifications.topics)
            state.slices[LimitsResource.slice].alerts = LimitThresholds(thresholds: previous.slices[LimitsResource.slice].alerts.thresholds)
        } else {
            state.keyMap = KeyMap.overriding(settings.config.keys).map
            state.favorites = settings.config.resolvedFavorites.favorites
            state.themes = ThemeChoice(names: themeNames, current: settings.themeName ?? Theme.default.name)
            state.notifications = NotificationOutbox(isEnabled: settings.notify, topics: settings.notifyOn)
            state.slices[LimitsResource.slice].alerts = LimitThresholds(thresholds: settings.notifyAt ?? LimitThresholds().thresholds)
        }
        // Changes are recorded (never their values) next to the log, where failed edits are kept too.
        let journal = EditJournal(directory: stateDirectory, server: configuration.baseURL.absoluteString)
        let store = DashboardStore(
            state: state, loader: APIDataLoader(client: client), clock: MonotonicClock(EventLoopClock()),
            editing: EditExecutor(
                client: client, journal: journal, readOnly: readOnly,
                report: { logger.warning("edit", metadata: ["problem": "\($0)"]) }),
            exportDirectory: stateDirectory + "/exports", homeDirectory: environment["HOME"],
            executor: EventLoopTaskExecutor.networking)
        logger.info(
            "connecting",
            metadata: [
                "context": "\(settings.context?.name ?? "-")",
                "baseURL": "\(configuration.baseURL.absoluteString)",
                "key": "\(settings.apiKey?.description ?? "none")",
                "readOnly": "\(readOnly)",
            ])
        logger.info("network", metadata: ["settings": "\(configuration.networkSummary.joined(separator: "; "))"])
        logger.info("metrics", metadata: ["sources": "\(configuration.metrics.summary.joined(separator: "; "))"])
        if configuration.allowInsecureTLS {
            logger.warning("TLS certificate verification is OFF (--insecure): any server can pose as \(configuration.hostAndPort)")
        }
        return Connection(client: client, store: store)
    }
}
