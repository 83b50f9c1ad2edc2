import DashboardCore

/// The sources whose errors a pane reports.
enum PaneSource {
    /// The first source of the visible pane that has an error, main source first.
    static func failing(for state: AppState) -> (source: AnySource, status: SourceStatus)? {
        for source in state.paneSources {
            let status = state.status(of: source)
            if status.error != nil { return (source, status) }
        }
        return nil
    }
}
