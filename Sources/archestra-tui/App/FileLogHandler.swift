import Foundation
import Logging
import Synchronization

/// Writes log lines to a file under the XDG state directory; the screen belongs to the dashboard.
struct FileLogHandler: LogHandler {
    private let sink: Sink
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    private let label: String

    /// One open file shared by every logger.
    final class Sink: Sendable {
        private let handle: Mutex<FileHandle?>
        let path: String

        init(path: String) {
            self.path = path
            let url = URL(fileURLWithPath: path)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o700])
            if !FileManager.default.fileExists(atPath: path) {
                FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
            }
            let handle = FileHandle(forWritingAtPath: path)
            _ = try? handle?.seekToEnd()
            self.handle = Mutex(handle)
        }

        func write(_ line: String) {
            handle.withLock { $0?.write(Data(line.utf8)) }
        }
    }

    /// `$XDG_STATE_HOME/archestra-tui/archestra-tui.log`, or `~/.local/state/...`.
    static func defaultPath(environment: [String: String]) -> String {
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
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
        let stamp = ISO8601DateFormatter().string(from: Date())
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let extra = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        sink.write("\(stamp) \(event.level) \(label): \(event.message)\(extra)\n")
    }
}
