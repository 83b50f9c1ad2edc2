import Foundation
import NIOCore

/// Turns a bare TLS or connection failure into the specific reason by looking at what the server presents:
/// which certificate (issuer, names, dates), or whether a port spoken to in plain HTTP speaks TLS.
///
/// Every poller of a broken server fails at once; one look is shared by all of them and kept for a while.
actor FailureDiagnoser {
    private let context: FailureContext
    private let port: Int
    private let timeout: TimeAmount
    private let group: EventLoopGroup
    private let now: @Sendable () -> Date

    private struct Finding {
        var input: TransportFailure
        var output: TransportFailure
        var at: ContinuousClock.Instant
    }
    private var lastFinding: Finding?
    private var running: (input: TransportFailure, task: Task<TransportFailure, Never>)?

    /// How long one finding answers for the same failure.
    static let reuseFor: Duration = .seconds(10)

    init(
        context: FailureContext, port: Int, timeout: TimeAmount, group: EventLoopGroup,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.context = context
        self.port = port
        self.timeout = timeout
        self.group = group
        self.now = now
    }

    /// `failure`, made specific when looking at the server can tell more.
    func explain(_ failure: TransportFailure) async -> TransportFailure {
        guard Self.worthALook(failure, usesTLS: context.usesTLS) else { return failure }
        if let lastFinding, lastFinding.input == failure, ContinuousClock.now - lastFinding.at < Self.reuseFor {
            return lastFinding.output
        }
        if let running, running.input == failure { return await running.task.value }
        let task = Task { await self.look(at: failure) }
        running = (failure, task)
        let output = await task.value
        running = nil
        lastFinding = Finding(input: failure, output: output, at: .now)
        return output
    }

    static func worthALook(_ failure: TransportFailure, usesTLS: Bool) -> Bool {
        switch failure {
        case .untrustedCertificate(nil), .hostNameMismatch(_, nil): return usesTLS
        case .connectionClosed: return !usesTLS
        case .other(let detail): return !usesTLS && detail.hasPrefix("malformed HTTP response")
        case .proxyTunnelFailed: return true
        default: return false
        }
    }

    private func look(at failure: TransportFailure) async -> TransportFailure {
        if case .proxyTunnelFailed(let name) = failure {
            // AsyncHTTPClient drops the proxy's status; ask the proxy again to tell a refusal from a dead server.
            guard let proxy = context.proxy else { return failure }
            let target = (context.host.contains(":") ? "[\(context.host)]" : context.host) + ":\(port)"
            let status = await ProxyTunnelProbe.status(of: proxy, target: target, timeout: timeout, group: group)
            guard let status, !(200..<300).contains(status), status != 407 else { return failure }
            return .proxyAnswered(proxy: name, status: status)
        }
        let chain = await PeerCertificateProbe.presentedChain(
            host: context.host, port: port, proxy: context.proxy, timeout: timeout, group: group)
        guard let chain else { return failure }
        if !context.usesTLS {
            // A certificate came back: the port speaks TLS, so plain HTTP was the wrong language.
            return .serverSpeaksTLS
        }
        let leaf = chain.first.flatMap { try? $0.toDERBytes() }.flatMap(CertificateFacts.init(derEncoded:))
        return Self.verdict(for: failure, leaf: leaf, host: context.host, now: now())
    }

    /// The most useful reason a verified handshake failed, given the server's certificate.
    /// Dates come first (renewal fixes them whoever issued the certificate), then names, then trust.
    static func verdict(for failure: TransportFailure, leaf: CertificateFacts?, host: String, now: Date) -> TransportFailure {
        guard let leaf else { return failure }
        if now > leaf.notValidAfter { return .certificateExpired(leaf) }
        if now < leaf.notValidBefore { return .certificateNotYetValid(leaf) }
        if case .hostNameMismatch = failure { return .hostNameMismatch(host: host, leaf) }
        if !leaf.covers(host: host) { return .hostNameMismatch(host: host, leaf) }
        return .untrustedCertificate(leaf)
    }
}
