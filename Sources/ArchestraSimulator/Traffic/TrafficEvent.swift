/// LLM calls made at one moment by one agent, with one model, through one auth channel, billed to one team
/// and counted for one person.
///
/// The simulator's single source of traffic: ``TrafficLedger`` records each event once in the usage
/// history, which every statistics endpoint reads, and charges the same event to the limits it counts
/// against. Who a call is billed to (team and person) is decided here, when it happens, so no endpoint can
/// disagree later.
struct TrafficEvent: Sendable {
    /// Agent row index.
    var agent: Int
    /// Index into the directory's teams the calls are billed to (see ``SimulatedWorld/billingTeam(ofAgent:)``).
    var team: Int
    /// Index into the directory's people the calls are counted for (see ``SimulatedWorld/billingUser(ofAgent:)``).
    var user: Int
    /// Index into ``ModelInfo/catalog``.
    var model: Int
    /// Index into ``AuthChannel/catalog``.
    var channel: Int
    var sample: UsageSample
    /// Epoch seconds.
    var time: Double

    var key: UsageKey {
        UsageKey(
            agent: Int32(agent), team: UInt8(clamping: team), user: UInt8(clamping: user),
            model: UInt8(clamping: model), channel: UInt8(clamping: channel)
        )
    }
}
