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
    /// Edits left unsaved on each context, by context name: they wait there for the person's return.
    private var drafts: [String: [String: EditDraft]] = [:]

    init(inputs: Settings.Inputs, environment: [String: String], factory: ConnectionFactory, logger: Logger) {
        self.inputs = inputs
        self.environment = environment
        self.factory = factory
        self.logger = logger
    }

    /// The connection to use next: the new one, or `current` with the reason on its status line.
    mutating func switchTo(_ name: String, from current: Connection) async -> Connection {
        let leaving = current.store.latest().state
        do {
            let settings = try Settings.resolve(inputs, environment: environment, switchingTo: name)
            let next = try factory.open(settings: settings, carrying: leaving, drafts: drafts[name] ?? [:], logger: logger)
            await current.close()
            let left = leaving.contexts.current ?? "-"
            drafts[left] = leaving.ui.unsavedEdits.isEmpty ? nil : leaving.ui.unsavedEdits
            var notice = "context \(name): \(settings.baseURL)"
            if let kept = drafts[left]?.count { notice += "; \(kept) unsaved edit\(kept == 1 ? "" : "s") kept on \(left) for your return" }
            await next.store.send(.notice(notice))
            await next.store.startPolling()
            logger.info("switched context", metadata: ["context": "\(name)"])
            return next
        } catch {
            logger.warning("context switch failed", metadata: ["context": "\(name)", "error": "\(error)"])
            // The status line names the context already ("cannot switch to NAME: …").
            let reason = String(describing: error)
            let prefix = "context \(name): "
            await current.store.send(
                .contextSwitchFailed(name: name, reason: reason.hasPrefix(prefix) ? String(reason.dropFirst(prefix.count)) : reason))
            return current
        }
    }
}
