import Foundation
import ArchestraAPI
import ArchestraSimulator
import DashboardCore
import DashboardViews

/// `archestra-bench logs [MINUTES] [RATE]`: an hour (by default) of LLM traffic at 10 interactions a second
/// through the `:logs` state in accelerated time: the simulator logs a second's worth, the console's own
/// source asks for the newest page and stores it, the clock moves a second, and every tenth second a frame
/// is drawn. RSS is printed before, during and after; the log holds at most its capacity (2,000 rows). The heap
/// in use (glibc) is printed beside it: RSS less that is memory the allocator freed but kept.
enum LogMemory {
    /// Resident memory in KiB, from /proc (Linux); 0 elsewhere.
    static func residentKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    static func mebibytes(_ kib: Int) -> String { String(format: "%.1f MiB", Double(kib) / 1024) }

    static func heap(_ kib: Int?) -> String { kib.map { " (heap in use \(mebibytes($0)))" } ?? "" }

    static func run(minutes: Int, rate: Int) async throws {
        var options = SimulatorOptions()
        options.agentCount = 48
        // As `--demo --demo-log-rate RATE` starts: five minutes of history, so the simulator's own log
        // (2,000 interactions, as the console's) is full before the console starts. Its traffic ticks are
        // off: the loop below makes every second's interactions itself.
        options.logRate = Double(rate)
        options.trafficInterval = .zero
        let simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        let client = ArchestraClient(
            configuration: try ClientConfiguration(baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init)))
        let loader = APIDataLoader(client: client)
        var state = AppState(baseURL: "http://127.0.0.1:\(port)", refreshInterval: 1)
        state.ui.pane = .logs
        _ = state.reduce(.resize(width: 160, height: 48))
        let source = LogsResource.source.erased

        func poll() async {
            let request = source.request(in: state)
            let outcome = await loader.load(request)
            _ = state.reduce(.loaded(LoadResult(source: source.id, key: request.key, outcome: outcome, finishedAt: state.now)))
        }

        // The first page and the first frame, so what is measured is the growth of a log left running.
        await poll()
        _ = DashboardView.render(state, width: 160, height: 48, glyphs: .unicode)
        let before = residentKiB()
        let heapBefore = HeapUse.inUseKiB()
        let capacity = state.logRows
        print("archestra-bench logs: \(minutes) min at \(rate) interactions/s, capacity \(capacity) rows")
        print("RSS before: \(mebibytes(before))\(heap(heapBefore))")
        let start = ContinuousClock.now
        var givingBack: [Duration] = []
        for second in 1...(minutes * 60) {
            await simulator.generateLogTraffic(count: rate)
            await poll()
            state.now = state.now.addingTimeInterval(1)
            _ = state.reduce(.tick(state.now))
            // As the console's main loop does, once a minute.
            if second % Int(FreedMemory.interval.components.seconds) == 0 {
                let started = ContinuousClock.now
                FreedMemory.giveBack()
                givingBack.append(ContinuousClock.now - started)
            }
            if second % 10 == 0 { _ = DashboardView.render(state, width: 160, height: 48, glyphs: .unicode) }
            if second % 600 == 0 {
                let rows = state[LogsResource.source].value?.feed.rows.count ?? 0
                print("  \(second / 60) min: \(rows) rows held, RSS \(mebibytes(residentKiB()))\(heap(HeapUse.inUseKiB()))")
            }
        }
        let after = residentKiB()
        let heapAfter = HeapUse.inUseKiB()
        let rows = state[LogsResource.source].value?.feed.rows.count ?? 0
        print("RSS after:  \(mebibytes(after))\(heap(heapAfter)) (\(rows) rows held; \(minutes * 60 * rate) interactions seen)")
        print("growth:     \(mebibytes(after - before)), in \(ContinuousClock.now - start) of wall-clock time")
        if let heapBefore, let heapAfter { print("heap growth: \(mebibytes(heapAfter - heapBefore))") }
        if let longest = givingBack.max() { print("giving freed memory back: \(givingBack.count) times, the longest \(longest)") }
        // What the held rows themselves take: the heap in use once the log is let go.
        state = AppState(baseURL: state.baseURL, refreshInterval: 1)
        if let heapAfter, let heapWithout = HeapUse.inUseKiB() {
            print("the log's rows and the state around them: \(mebibytes(heapAfter - heapWithout)) of heap")
        }
        await client.shutdown()
        await simulator.stop()
    }
}
