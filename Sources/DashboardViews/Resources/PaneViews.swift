import DashboardCore

/// The one list of views that resources name in their bodies. DashboardCore declares the ids but
/// cannot import the views, so a view of its own costs a line here besides its resource's line.
enum PaneViews {
    static let all: [ViewID: any PaneView.Type] = [
        .overview: OverviewView.self,
        .proxyBreakdown: ProxyBreakdownView.self,
    ]
}
