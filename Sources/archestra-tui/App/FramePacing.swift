import Foundation

/// When the UI loop draws a frame and how long it may wait for a key.
///
/// Keys and resizes are drawn at once. A console nobody is typing into draws at most once a
/// second, on its clock tick, with whatever answers came meanwhile: each frame costs a render and
/// a diff, and the answers of one poll arrive one source at a time. For a few seconds after a key,
/// a resize or the start, answers are drawn as they come (at most every 50 ms), so a pane
/// just opened fills one round trip later.
struct FramePacing {
    typealias Instant = ContinuousClock.Instant

    /// Closest two frames of answers may follow each other while someone is at the keyboard: long
    /// enough to draw the answers of one poll (which arrive within milliseconds of each other) together,
    /// short enough that a frame just drawn for nothing visible does not hold the first answers back.
    static let minimumDataRedraw: Duration = .milliseconds(50)
    /// How long after a key, a resize or the start answers are drawn as they come.
    static let attentiveSpan: Duration = .seconds(3)
    /// The longest wait for a key: a signal (which rings the wake pipe too) is seen within it anyway.
    static let longestWait: Duration = .seconds(1)

    private(set) var lastPersonAction: Instant
    private(set) var lastDraw: Instant

    /// Starting counts as a person's action, and the first answers may be drawn at once.
    init(startedAt start: Instant) {
        lastPersonAction = start
        lastDraw = start - Self.minimumDataRedraw
    }

    /// Whether answers are drawn as they come (soon after a person acted) or wait for the tick.
    func isAttentive(at now: Instant) -> Bool {
        now - lastPersonAction < Self.attentiveSpan
    }

    mutating func personActed(at now: Instant) {
        lastPersonAction = now
    }

    /// Whether a changed state is drawn now: at once for a person, with the clock's tick, or, while
    /// attentive, once ``minimumDataRedraw`` has passed since the last frame.
    func shouldDraw(answeringPerson: Bool, ticked: Bool, at now: Instant) -> Bool {
        answeringPerson || ticked || (isAttentive(at: now) && now - lastDraw >= Self.minimumDataRedraw)
    }

    mutating func drew(at now: Instant) {
        lastDraw = now
    }

    /// Milliseconds to wait for a key: until the next clock second (`untilTick`), or, while attentive,
    /// until a change not drawn yet may be drawn. Rounded up: waking a fraction of a millisecond early
    /// would only go round the loop again.
    func waitMilliseconds(untilTick: Duration, changed: Bool, at now: Instant) -> Int32 {
        var wait = min(Self.longestWait, max(.zero, untilTick))
        if changed, isAttentive(at: now) { wait = min(wait, max(.zero, lastDraw + Self.minimumDataRedraw - now)) }
        let (seconds, attoseconds) = wait.components
        return Int32(seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }
}
