import Foundation
import ArchestraAPI
import DashboardCore

/// The refusal watch's first page for the overview: the log's refusal and one more within the hour, and the
/// server's rows end there (the count covers the whole hour).
enum SampleRefusals {
    static let rows: [WatchedInteraction] =
        SampleLogs.rows.map(WatchedInteraction.init) + [
            WatchedInteraction(
                id: "i-0", createdAt: SampleState.time(1_200), refusal: Refusal(agentLabel: "support-bot", tool: "github__delete_repo"))
        ]

    static func load(into state: inout AppState, next: LogPagePosition? = nil) {
        let answer = RefusalWatchAnswer(request: .newest, page: LogPage(items: rows, style: .offset, total: rows.count, next: next))
        _ = state.reduce(.loaded(LoadResult(Refusals.source, in: state, .success(answer), finishedAt: state.now)))
    }
}
