import Foundation

/// What every program a test starts gets, whether or not it outlives the test: none of the test
/// process's descriptors (swift test --parallel reads each test's output until every copy of its pipe
/// is closed, so a tmux server or Prometheus holding one would hang the run), and default signals
/// (a test thread blocks SIGTERM, and tmux's kill-server is a SIGTERM to itself).
enum ChildHygiene {
    /// Adds a close for each descriptor above 2 open now (those the actions set up come first).
    static func closeInherited(_ actions: inout posix_spawn_file_actions_t) {
        let open = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
        for descriptor in open where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
    }

    /// Attributes with no signal blocked and every signal at its default action; destroy them after use.
    static func defaultSignals() -> posix_spawnattr_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return attributes
    }
}
