import Foundation
import Benchmark
import DashboardCore
import DashboardViews
import TerminalUI

/// Keystroke to frame inside the process at 100 000 agents: the reducer handles the key, then the
/// agents pane is drawn. Keys alternate with their opposite so the selection stays on loaded rows.
enum KeyBenchmarks {
    static let width = 120
    static let height = 40

    static func register() {
        keyPair("key j/k + frame, agents pane, 100 000 agents", .character("j"), .character("k"))
        keyPair("key G/g + frame, agents pane, 100 000 agents", .character("G"), .character("g"))
        keyPair("filter typing (a letter / backspace) + frame, 100 000 agents", .character("b"), .backspace, filtering: true)
    }

    static func keyPair(_ name: String, _ forth: KeyPress, _ back: KeyPress, filtering: Bool = false) {
        Benchmark(name) { (benchmark: Benchmark, start: AppState) in
            var state = start
            for iteration in benchmark.scaledIterations {
                blackHole(state.reduce(Action.key(iteration % 2 == 0 ? forth : back)))
                blackHole(DashboardView.render(state, width: width, height: height, glyphs: .unicode))
            }
        } setup: {
            var state = try await LoadedState.make(agents: 100_000, pane: .agents, width: width, height: height)
            if filtering { _ = state.reduce(.key(.character("/"))) }
            return state
        }
    }
}
