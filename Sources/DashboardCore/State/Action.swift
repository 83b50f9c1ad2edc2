import Foundation
import ArchestraAPI

/// Everything that can change the state: keys, the clock, the terminal size, and poll results.
public enum Action: Sendable {
    case key(KeyPress)
    case resize(width: Int, height: Int)
    /// The clock moved; age labels and staleness follow it.
    case tick(Date)
    case loadStarted(SourceID)
    /// A request was cancelled: its pane is no longer shown or its parameters changed.
    case loadCancelled(SourceID)
    case loaded(LoadResult)
    /// A per-row look-up answered.
    case itemLoaded(ItemResult)
    /// An edit, delete, restore or install came back (or `$EDITOR` closed).
    case edited(EditResult)
    /// Something to say on the status line (where an export went).
    case notice(String)
    /// The main loop rang the notifications up to this one.
    case notified(upTo: Int)
    /// The main loop applied `:theme NAME`, or could not (the reason).
    case themeSwitched(name: String, failure: String?)
    /// The main loop could not switch to the context asked for; the current one stays.
    case contextSwitchFailed(name: String, reason: String)
}

extension Action {
    /// Whether the screen may look different afterwards.
    public var changesWhatIsDrawn: Bool {
        switch self {
        case .loadStarted, .loadCancelled, .notified: false
        default: true
        }
    }
}

/// What the store must do after a state change; the reducer itself never does I/O.
public enum Effect: Sendable, Equatable {
    /// Fetch these sources now, ignoring their schedule and backoff.
    case refresh(Set<SourceID>)
    /// Change something on the server (the store carries it out and answers with `.edited`).
    case edit(EditCommand)
    /// Stop following an action's effect (its window closed).
    case stopFollowing(ActionRef, id: String)
    /// Write a table to CSV and JSON files.
    case export(TableExport)
    /// Write one record to a JSON file.
    case saveRecord(RecordExport)
    /// Ring a notification: a slice asks, the root reducer queues it in the outbox (never the store).
    case notify(PendingNotification)
}

/// The outcome of one poll of a source.
public struct LoadResult: Sendable {
    public var source: SourceID
    /// The parameters it was asked with.
    public var key: RequestKey
    public var outcome: Result<any Sendable, ArchestraError>
    public var finishedAt: Date
    /// 0...1, spreads the retry delay after a failure.
    public var jitter: Double

    public init(
        source: SourceID, key: RequestKey, outcome: Result<any Sendable, ArchestraError>, finishedAt: Date,
        jitter: Double = 0.5
    ) {
        self.source = source
        self.key = key
        self.outcome = outcome
        self.finishedAt = finishedAt
        self.jitter = jitter
    }

    /// A result for a typed source, asked with the parameters `state` holds now.
    public init<Parameters, Fetched, Value>(
        _ source: SourceDescription<Parameters, Fetched, Value>, in state: AppState,
        _ outcome: Result<Fetched, ArchestraError>, finishedAt: Date, jitter: Double = 0.5
    ) {
        self.init(
            source: source.id, key: RequestKey(source.parameters(state)), outcome: outcome.map { $0 as any Sendable },
            finishedAt: finishedAt, jitter: jitter)
    }
}

/// The outcome of one per-row look-up.
public struct ItemResult: Sendable {
    public var lookup: SourceID
    public var key: String
    public var outcome: Result<any Sendable, ArchestraError>
    public var finishedAt: Date

    public init(lookup: SourceID, key: String, outcome: Result<any Sendable, ArchestraError>, finishedAt: Date) {
        self.lookup = lookup
        self.key = key
        self.outcome = outcome
        self.finishedAt = finishedAt
    }
}

/// The layout rows the list panes share, so paging moves by exactly one screen.
public enum ScreenLayout {
    public static let headerRows = 2
    public static let footerRows = 2
    /// Pane title line plus the table's column header.
    public static let tableChromeRows = 2

    public static func listRows(height: Int) -> Int {
        max(1, height - headerRows - footerRows - tableChromeRows)
    }
}
