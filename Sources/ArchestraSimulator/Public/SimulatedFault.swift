/// A misbehaviour the simulator can inject for requests under a path prefix.
public enum SimulatedFault: Sendable, Equatable {
    /// Answer with this HTTP status and the contract's error body.
    case status(Int)
    /// Answer 200 with a body that is not valid JSON.
    case malformedJSON
    /// Announce the full body length, send only part of it, then close the connection.
    case truncatedBody
    /// Wait this long before answering normally (for client time-out tests).
    case stall(Duration)
}
