import Foundation
import Logging
import DashboardCore

/// `:ctx NAME` at runtime: resolves the named context from the config file, opens it, and only then
/// closes the old one, so a context that cannot be opened (a missing key file) leaves the console where it was.
struct ContextSwitcher {
    let inputs: Settings.Inputs
    let environment: [String: String]
    let factory: ConnectionFactory
    let logger: Logger

    /// The connection to use next: the new one, or `current` with the reason on its status line.
    func switchTo(_ name: String, from current: Connection) async -> Connection {
        do {
            let settings = try Settings.resolve(inputs, environment: environment, switchingTo: name)
            let next = try factory.open(settings: settings, carrying: current.store.latest().state, logger: logger)
            await current.close()
            await next.store.send(.notice("context \(name): \(settings.baseURL)"))
            await next.store.startPolling()
            logger.info("switched context", metadata: ["context": "\(name)"])
            return next
        } catch {
            logger.warning("context switch failed", metadata: ["context": "\(name)", "error": "\(error)"])
            await current.store.send(.contextSwitchFailed(name: name, reason: String(describing: error)))
            return current
        }
    }
}
