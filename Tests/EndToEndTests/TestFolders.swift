import Foundation

/// Where the consoles a test starts keep their state (log, audit log, edit journal): a folder of this
/// test process only. `swift test --parallel` runs tests in several processes at once, and two consoles
/// writing one log would rotate it under each other and mix their audit lines.
enum TestFolders {
    /// Removed when the test process exits, so a parallel run leaves no folder per test behind.
    static let state: String = {
        atexit { try? FileManager.default.removeItem(atPath: TestFolders.state) }
        return NSTemporaryDirectory() + "archestra-e2e-state-\(getpid())"
    }()
    /// Never created: a console started with it finds no config file (read only, so it can be shared).
    static let noConfig = NSTemporaryDirectory() + "archestra-e2e-config-none"
}
