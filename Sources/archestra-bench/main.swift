// Benchmarks that print figures (never pass/fail): what one poll and one frame cost.
// Run with: swift run -c release archestra-bench [agents=10000] [frames=200]
//       or: swift run -c release archestra-bench logs [minutes=60] [rate=10]
import Foundation
import ArchestraAPI
import ArchestraSimulator
import DashboardCore
import DashboardViews
import TerminalUI

// `archestra-bench logs [MINUTES=60] [RATE=10]`: the memory of a live log (issue 24).
if CommandLine.arguments.dropFirst().first == "logs" {
    let numbers = CommandLine.arguments.dropFirst(2).compactMap { Int($0) }
    try await LogMemory.run(minutes: numbers.first ?? 60, rate: numbers.dropFirst().first ?? 10)
    exit(0)
}

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let agentCount = arguments.first ?? 10_000
let frames = arguments.dropFirst().first ?? 200

/// Runs `body` `count` times and returns milliseconds per run.
func measure(_ count: Int, _ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    for _ in 0..<count { try body() }
    return milliseconds(ContinuousClock.now - start) / Double(count)
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func figure(_ label: String, _ value: Double, _ unit: String) {
    print(label.padding(toLength: 48, withPad: " ", startingAt: 0) + String(format: "%10.3f %@", value, unit))
}

var options = SimulatorOptions()
options.agentCount = agentCount
options.trafficInterval = .zero
let simulator = ArchestraSimulator(options: options)
let port = try await simulator.start()
let client = ArchestraClient(
    configuration: try ClientConfiguration(
        baseURL: "http://127.0.0.1:\(port)",
        apiKey: options.apiKey.map(APIKey.init)))
print("archestra-bench: \(agentCount) agents, \(frames) frames per pane, \(ProcessInfo.processInfo.activeProcessorCount) cores")

// Decoding: a whole page and a huge bare array, parsed and mapped to models. The simulator runs in
// this process, so these figures include the server's own work.
var start = ContinuousClock.now
let all = try await client.allAgents()
figure("GET /api/agents/all (\(all.count) agents, server incl.)", milliseconds(ContinuousClock.now - start), "ms")
start = ContinuousClock.now
for _ in 0..<20 { _ = try await client.agents(AgentQuery(limit: 100)) }
figure("GET /api/agents?limit=100 (server incl.)", milliseconds(ContinuousClock.now - start) / 20, "ms")

// A full state, loaded the way the console loads it.
let loader = APIDataLoader(client: client)
var state = AppState(baseURL: "http://127.0.0.1:\(port)")
let sources = ResourceRegistry.allSources
for source in sources {
    let request = source.request(in: state)
    _ = state.reduce(.loaded(LoadResult(source: source.id, key: request.key, outcome: await loader.load(request), finishedAt: Date())))
}
start = ContinuousClock.now
for _ in 0..<20 {
    for source in sources { _ = await loader.load(source.request(in: state)) }
}
figure("poll of all \(sources.count) sources (server incl.)", milliseconds(ContinuousClock.now - start) / 20, "ms")

// Rendering and diffing, per pane, at a large terminal.
for (width, height) in [(80, 24), (200, 60)] {
    for pane in Pane.allCases {
        state.ui.pane = pane
        _ = state.reduce(.resize(width: width, height: height))
        var previous: ScreenBuffer?
        var bytes = 0
        let perFrame = measure(frames) {
            state.now = state.now.addingTimeInterval(1)
            let frame = DashboardView.render(state, width: width, height: height, glyphs: .unicode)
            bytes += frame.changedRuns(since: previous).reduce(0) { $0 + $1.text.utf8.count }
            previous = frame
        }
        figure("render+diff \(pane.rawValue) \(width)x\(height), per frame", perFrame, "ms")
        figure("  changed text per frame after the first", Double(bytes) / Double(frames), "bytes")
    }
}
await client.shutdown()
await simulator.stop()
