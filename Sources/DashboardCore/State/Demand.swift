import Foundation
import ArchestraAPI

/// What the screen needs from the server, read from the registry.
extension AppState {
    /// The resource of the visible pane.
    public var resource: ResourceDescription { ui.pane.resource }

    /// The visible tab of the visible pane.
    public var currentTab: ResourceTab { resource.tab(ui.tab(of: ui.pane)) }

    /// The source whose freshness and errors the visible pane reports.
    public var mainSource: AnySource { currentTab.main }

    /// Sources whose figures are on screen: the always-polled ones, the watches that are on (polled at
    /// their cadence like figures on screen, but their failures are no pane's) and the visible tab's.
    public var shownSources: [AnySource] {
        ResourceRegistry.alwaysPolled + ResourceRegistry.watches.filter { $0.isOn(self) }.map(\.source) + currentTab.sources
    }

    /// The visible pane's own sources, main first, then the others it draws from or computes with.
    public var paneSources: [AnySource] {
        var seen = Set<SourceID>()
        return (currentTab.sources + resource.background).filter { seen.insert($0.id).inserted }
    }

    /// Every source to poll now.
    public var neededSources: Set<SourceID> {
        neededSources(shown: Set(shownSources.map(\.id)))
    }

    /// The same, from the shown set a caller has already built (the scheduler, at each step).
    func neededSources(shown: Set<SourceID>) -> Set<SourceID> {
        var needed = shown
        for source in resource.background { needed.insert(source.id) }
        return needed
    }

    /// Seconds between polls of a source: its cadence while its figures are on screen,
    /// the slow background cadence while it only feeds figures computed from it.
    public func pollInterval(of source: AnySource) -> TimeInterval {
        pollInterval(of: source, shown: shownSources.contains(source))
    }

    /// The same, told whether the source is shown (the scheduler asks for every source in a row).
    func pollInterval(of source: AnySource, shown: Bool) -> TimeInterval {
        let interval = source.cadence.interval(refresh: refreshInterval, timeframe: timeframe)
        return shown ? interval : max(interval, BackgroundCadence.interval)
    }

    /// Whether a source's last good data is older than two of its poll intervals.
    public func isStale(_ source: AnySource) -> Bool {
        status(of: source).isStale(now: now, interval: pollInterval(of: source))
    }
}
