/// How close a limit's usage is to its cap, ordered from calm to exceeded.
///
/// Thresholds on the used fraction: below 0.75 `normal`, 0.75 up to (not including) 0.90
/// `warning`, 0.90 through 1.00 `danger`, above 1.00 `over`.
public enum UsageLevel: Sendable, Equatable, Hashable, Comparable, CaseIterable {
    case normal
    case warning
    case danger
    case over
}
