import Foundation
import Benchmark
import DashboardCore

/// Usage-limit maths: the figures of every limit (used, level, next reset, forecast), rebuilt
/// once a second, and a forecast over a long poll history.
enum UsageBenchmarks {
    static func register() {
        Benchmark("limit figures, every limit of the simulator") { (benchmark: Benchmark, state: AppState) in
            let limits = state.limits.value ?? []
            for _ in benchmark.scaledIterations {
                blackHole(limits.map { LimitFigures(limit: $0, state: state) })
            }
        } setup: {
            try await LoadedState.make(pane: .overview, width: 120, height: 40)
        }

        Benchmark("forecast from 3 600 samples (an hour at 1 s)") { (benchmark: Benchmark, samples: [UsageSample]) in
            let start = samples[0].time
            for _ in benchmark.scaledIterations {
                blackHole(
                    Forecast.make(
                        samples: samples, limit: 10_000, now: start.addingTimeInterval(3_600),
                        nextReset: start.addingTimeInterval(86_400)))
            }
        } setup: {
            let start = Date(timeIntervalSince1970: 1_748_779_200)
            return (0..<3_600).map { UsageSample(time: start.addingTimeInterval(Double($0)), used: Double($0) * 1.5) }
        }
    }
}
