import Foundation

/// Reads files that hold an API key, refusing ones other users could read.
enum SecretFile {
    enum Failure: Error, CustomStringConvertible, Equatable {
        case unreadable(path: String, reason: String)
        case tooOpen(path: String, mode: String)
        case empty(path: String)

        var description: String {
            switch self {
            case .unreadable(let path, let reason):
                "Cannot read \(path): \(reason)."
            case .tooOpen(let path, let mode):
                "\(path) holds an API key but is readable by group or others (mode \(mode)). Run: chmod 600 \(path)"
            case .empty(let path):
                "\(path) is empty: it should contain the API key."
            }
        }
    }

    /// Fails unless only the owner may read or write the file (mode 0600 or stricter).
    static func checkPermissions(path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw Failure.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        let mode = info.st_mode & 0o777
        if mode & 0o077 != 0 {
            throw Failure.tooOpen(path: path, mode: String(mode, radix: 8))
        }
    }

    /// The first non-empty line of a key file, after the permission check.
    static func readKey(path: String) throws -> String {
        try checkPermissions(path: path)
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Failure.unreadable(path: path, reason: "not a UTF-8 text file")
        }
        guard
            let key = text.split(whereSeparator: \.isNewline).map({ $0.trimmingCharacters(in: .whitespaces) })
                .first(where: { !$0.isEmpty })
        else {
            throw Failure.empty(path: path)
        }
        return key
    }
}
