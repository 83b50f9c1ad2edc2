import Foundation
import Benchmark
import DashboardCore
import DashboardViews
import TerminalUI

/// What one frame costs: the pure render of each pane into a `ScreenBuffer`, and the diff that
/// turns two frames into the runs the terminal backend writes.
enum RenderBenchmarks {
    static let sizes = [(width: 120, height: 40), (width: 250, height: 70)]

    static func register() {
        for size in sizes {
            for pane in Pane.allCases {
                Benchmark("render \(pane.rawValue) \(size.width)x\(size.height)") { (benchmark: Benchmark, state: AppState) in
                    for _ in benchmark.scaledIterations {
                        blackHole(DashboardView.render(state, width: size.width, height: size.height, glyphs: .unicode))
                    }
                } setup: {
                    try await LoadedState.make(pane: pane, width: size.width, height: size.height)
                }
            }
        }
        registerDiffs()
    }

    /// A frame compared with an identical one (most redraws: nothing moved), with the frame a
    /// second later (the age labels and clock moved) and with nothing (the first frame, a resize).
    static func registerDiffs() {
        for size in sizes {
            Benchmark("diff overview \(size.width)x\(size.height), nothing changed") { (benchmark: Benchmark, frames: Frames) in
                for _ in benchmark.scaledIterations { blackHole(frames.now.changedRuns(since: frames.now)) }
            } setup: {
                try await Frames.make(size)
            }
            Benchmark("diff overview \(size.width)x\(size.height), one second later") { (benchmark: Benchmark, frames: Frames) in
                for _ in benchmark.scaledIterations { blackHole(frames.later.changedRuns(since: frames.now)) }
            } setup: {
                try await Frames.make(size)
            }
            Benchmark("diff overview \(size.width)x\(size.height), whole screen") { (benchmark: Benchmark, frames: Frames) in
                for _ in benchmark.scaledIterations { blackHole(frames.now.changedRuns(since: nil)) }
            } setup: {
                try await Frames.make(size)
            }
        }
    }

    /// Two overview frames one clock second apart.
    struct Frames: Sendable {
        var now: ScreenBuffer
        var later: ScreenBuffer

        static func make(_ size: (width: Int, height: Int)) async throws -> Frames {
            var state = try await LoadedState.make(pane: .overview, width: size.width, height: size.height)
            let now = DashboardView.render(state, width: size.width, height: size.height, glyphs: .unicode)
            _ = state.reduce(.tick(state.now.addingTimeInterval(1)))
            let later = DashboardView.render(state, width: size.width, height: size.height, glyphs: .unicode)
            return Frames(now: now, later: later)
        }
    }
}
