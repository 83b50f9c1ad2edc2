import Foundation
import ArchestraAPI

/// Everything the console knows, as one value. The store owns the only mutable copy;
/// the UI renders snapshots of it.
public struct AppState: Sendable {
    // Where we are connected.
    public var baseURL: String
    public var insecureTLS: Bool
    public var generation: APIGeneration?
    public var refreshInterval: TimeInterval
    /// The most rows each live log holds (``LogRows``).
    public var logRows = LogRows.defaultCount
    /// The API key as it may be shown: masked (`APIKey.description`), never the key itself.
    public var maskedAPIKey: String?
    /// `--read-only`: every key that would change something on the server is disabled.
    public var readOnly = false
    /// How the console reaches the server (proxy, extra CA, TLS checks), for help; never credentials.
    public var networkSummary: [String] = []
    /// Which keys run which command (defaults, or the config file's `keys`).
    public var keyMap = KeyMap.defaults
    /// What the digit keys open (`favorites:` in config.yaml).
    public var favorites = Favorites.defaults
    /// Bell and desktop notifications resources ask for, waiting to be rung (off by default).
    public var notifications = NotificationOutbox()
    /// The config file's contexts (instances), the one shown, and one asked for with `:ctx NAME`.
    public var contexts = ContextChoice()
    /// Shipped and personal themes, the one in use, and one asked for with `:theme NAME`.
    public var themes = ThemeChoice()

    /// Loaded data, one slot per source (read typed with `state[source]`), and per-row look-ups.
    public var sources = SourceSlots()

    /// Each resource's own state (live rates, limit thresholds), changed only by its slice reducer.
    public var slices = ResourceSlices()

    // What the person is doing.
    public var ui = UIState()
    public var timeframe: Timeframe = .day
    public var now: Date
    public var shouldQuit = false

    /// Tables and figures built when their inputs change, not per frame (see `DerivedCache`).
    var cache = DerivedCache()

    public init(baseURL: String, insecureTLS: Bool = false, refreshInterval: TimeInterval = 2, now: Date = Date()) {
        self.baseURL = baseURL
        self.insecureTLS = insecureTLS
        self.refreshInterval = refreshInterval
        self.now = now
    }
}
