import Foundation
import ArchestraAPI

/// Everything that can change the state: keys, the clock, the terminal size, and poll results.
public enum Action: Sendable {
    case key(KeyPress)
    case resize(width: Int, height: Int)
    /// The clock moved; age labels and staleness follow it.
    case tick(Date)
    case loadStarted(DataSource)
    /// A request was cancelled because its pane is no longer shown.
    case loadCancelled(DataSource)
    case loaded(LoadResult)
}

extension Action {
    /// Whether the screen may look different afterwards.
    public var changesWhatIsDrawn: Bool {
        switch self {
        case .loadStarted, .loadCancelled: false
        default: true
        }
    }
}

/// What the store must do after a state change; the reducer itself never does I/O.
public enum Effect: Sendable, Equatable {
    /// Fetch these sources now, ignoring their schedule and backoff.
    case refresh(Set<DataSource>)
    /// The set of needed sources or their parameters changed: wake the pollers.
    case demandChanged
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
