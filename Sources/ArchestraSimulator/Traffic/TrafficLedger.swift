/// Writes traffic into the world: the usage history that statistics read and, for live traffic, the limits.
enum TrafficLedger {
    /// Records `event` once. `chargeLimits` is off for the seeded history, which predates the limits'
    /// current windows (their seeded `modelUsage` stands for it).
    static func record(_ event: TrafficEvent, in world: inout SimulatedWorld, chargeLimits: Bool) {
        world.usage.record(event.sample, key: event.key, at: event.time)
        if chargeLimits {
            LimitCharging.charge(&world, for: event)
        }
    }
}
