import Foundation

/// Writes lines to a descriptor (stdout) with `write(2)`, unbuffered: each row is out as soon as it is read,
/// and a reader that went away (`| head -3`) is an error the program can end on quietly, instead of a
/// SIGPIPE that kills it (the command ignores SIGPIPE).
struct LineWriter: Sendable {
    /// The reader closed its end of the pipe.
    struct ReaderGone: Error {}

    /// Any other failure to write, e.g. a full disk.
    struct WriteFailed: Error, CustomStringConvertible {
        var code: Int32
        var description: String { "cannot write to stdout: " + String(cString: strerror(code)) }
    }

    var descriptor: Int32 = STDOUT_FILENO

    /// Writes `lines`, each ended by a newline, in as few calls as the system allows.
    func write(_ lines: [String]) throws {
        guard !lines.isEmpty else { return }
        var bytes = Array(lines.joined(separator: "\n").utf8)
        bytes.append(UInt8(ascii: "\n"))
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let start = buffer.baseAddress else { return 0 }
                return Foundation.write(descriptor, start + offset, buffer.count - offset)
            }
            if written >= 0 {
                offset += written
                continue
            }
            switch errno {
            case EINTR: continue
            case EAGAIN: waitUntilWritable()
            case EPIPE: throw ReaderGone()
            case let code: throw WriteFailed(code: code)
            }
        }
    }

    /// For a descriptor someone made non-blocking: wait for room rather than spin.
    private func waitUntilWritable() {
        var target = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        _ = poll(&target, 1, 1_000)
    }
}
