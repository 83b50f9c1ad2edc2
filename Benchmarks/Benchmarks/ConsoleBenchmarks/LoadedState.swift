import Foundation
import ArchestraAPI
import ArchestraSimulator
import DashboardCore

/// A console state with every source loaded from an in-process simulator, the way the console
/// loads it, so that the benchmarks draw the data a person would see. The simulator is stopped
/// before the state is returned: nothing runs in the background while a benchmark measures.
enum LoadedState {
    static func make(agents: Int = 48, pane: Pane, width: Int, height: Int) async throws -> AppState {
        var options = SimulatorOptions()
        options.agentCount = agents
        options.trafficInterval = .zero
        let simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        let baseURL = "http://127.0.0.1:\(port)"
        var configuration = try ClientConfiguration(baseURL: baseURL, apiKey: options.apiKey.map(APIKey.init))
        // As `--demo` does: the simulator serves /metrics beside its API.
        configuration.metrics.directURL = URL(string: baseURL + "/metrics")
        let client = ArchestraClient(configuration: configuration)
        let loader = APIDataLoader(client: client)

        var state = AppState(baseURL: baseURL, refreshInterval: 1)
        _ = state.reduce(.resize(width: width, height: height))
        // Two polls a second apart, so rates and trends have two observations.
        for round in 0..<2 {
            if round > 0 {
                await simulator.tickTraffic()
                try await Task.sleep(for: .seconds(1))
            }
            for source in ResourceRegistry.allSources {
                let request = source.request(in: state)
                let outcome = await loader.load(request)
                _ = state.reduce(.loaded(LoadResult(source: source.id, key: request.key, outcome: outcome, finishedAt: Date())))
            }
        }
        await client.shutdown()
        await simulator.stop()
        state.ui.pane = pane
        _ = state.reduce(.tick(Date()))
        return state
    }
}
