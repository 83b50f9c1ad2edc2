import Foundation

/// Where edits leave traces on disk: an audit log of every change (never values, so never a
/// secret) and recovery files for edits the server would not take.
public struct EditJournal: Sendable {
    /// The state directory (`$XDG_STATE_HOME/archestra-tui`).
    public let directory: String
    /// The server, named in every audit line.
    public let server: String

    public init(directory: String, server: String) {
        self.directory = directory
        self.server = server
    }

    public var auditPath: String { directory + "/audit.log" }
    public var recoveryDirectory: String { directory + "/recovery" }

    /// Appends one JSON line: time, server, action, resource, id, the record's name, the names of the
    /// fields changed, and for a version restore the version brought back.
    public func audit(
        _ action: String, noun: String, id: String, name: String, fields: [String] = [], version: Int? = nil,
        now: Date = Date()
    ) {
        var entry: [String: Any] = [
            "time": ISO8601DateFormatter().string(from: now), "server": server, "action": action,
            "resource": noun, "id": id, "name": name, "fields": fields,
        ]
        if let version { entry["version"] = version }
        guard let data = try? JSONSerialization.data(withJSONObject: entry, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
        Self.append(data + Data("\n".utf8), to: auditPath, directory: directory)
    }

    /// Writes an edit that could not be saved; returns its path, or nil when it could not be written.
    public func saveRecovery(_ document: String, stem: String, now: Date = Date()) -> String? {
        let stamp = Int(now.timeIntervalSince1970)
        let safeStem = String(stem.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" }.prefix(60))
        let path = "\(recoveryDirectory)/\(safeStem)-\(stamp).yaml"
        guard Self.makeDirectory(recoveryDirectory), Self.write(Data(document.utf8), to: path) else { return nil }
        return path
    }

    static func makeDirectory(_ path: String) -> Bool {
        (try? FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])) != nil
    }

    /// Owner-only files, written with plain system calls (a full disk fails quietly instead of trapping).
    static func write(_ data: Data, to path: String, flags: Int32 = O_WRONLY | O_CREAT | O_TRUNC) -> Bool {
        let descriptor = open(path, flags, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        fchmod(descriptor, 0o600)
        return data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }

    static func append(_ data: Data, to path: String, directory: String) {
        guard makeDirectory(directory) else { return }
        _ = write(data, to: path, flags: O_WRONLY | O_CREAT | O_APPEND)
    }
}
