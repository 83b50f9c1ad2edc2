import DashboardCore

/// The sources whose errors a pane reports.
enum PaneSource {
    /// The first source of the visible pane that has an error, main source first.
    static func failing(for state: AppState) -> (source: AnySource, status: SourceStatus)? {
        // Another service's failure (metrics beside the overview) is told on its own pane only.
        let ownService = ResourceRegistry.otherServices.contains(state.mainSource.id)
        for source in state.paneSources where ownService || !ResourceRegistry.otherServices.contains(source.id) {
            let status = state.status(of: source)
            if status.error != nil { return (source, status) }
        }
        return nil
    }
}
