/// How many rows each live log (`:logs`, `:calls`, `:sessions`) holds: `logRows:` in config.yaml or
/// `--log-rows`. The oldest rows go first; older pages are then no longer read.
public enum LogRows {
    /// What a log holds unless configured otherwise (issue 24).
    public static let defaultCount = 2_000
    /// What may be configured: at least one page of a poll, at most what stays a few tens of MiB.
    public static let allowed = 50...100_000
}
