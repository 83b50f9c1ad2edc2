import Foundation
import Logging
import Synchronization

/// Writes log lines to a file under the XDG state directory; the screen belongs to the dashboard.
struct FileLogHandler: LogHandler {
    private let sink: Sink
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    private let label: String

    /// One log file shared by every logger, rotated by size so a console left running for weeks
    /// cannot fill the disk: at most `keptFiles + 1` files of `maximumBytes` each.
    final class Sink: Sendable {
        /// 10 MiB.
        static let defaultMaximumBytes = 10 * 1024 * 1024
        static let defaultKeptFiles = 3

        private let file: Mutex<RotatingLogFile>
        let path: String

        init(path: String, maximumBytes: Int = defaultMaximumBytes, keptFiles: Int = defaultKeptFiles) {
            self.path = path
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try? FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            file = Mutex(RotatingLogFile(path: path, maximumBytes: maximumBytes, keptFiles: keptFiles))
        }

        deinit {
            file.withLock { $0.close() }
        }

        func write(_ line: String) {
            let bytes = Array(line.utf8)
            file.withLock { $0.append(bytes) }
        }
    }

    /// `$XDG_STATE_HOME/archestra-tui/archestra-tui.log`, or `~/.local/state/...`.
    static func defaultPath(environment: [String: String]) -> String {
        let base =
            environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return base + "/archestra-tui/archestra-tui.log"
    }

    init(label: String, sink: Sink, level: Logger.Level) {
        self.label = label
        self.sink = sink
        self.logLevel = level
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let extra = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        sink.write("\(LogTimestamp.now()) \(event.level) \(label): \(event.message)\(extra)\n")
    }
}
