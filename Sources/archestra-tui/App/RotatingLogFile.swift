#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An append-only file that is rotated by size: when a write would take `path` past `maximumBytes`,
/// `path.<keptFiles>` is deleted, `path.N` becomes `path.N+1`, `path` becomes `path.1` and a new `path` starts.
///
/// Plain POSIX calls rather than `FileHandle`: its `write` traps on a full disk on Linux, and a log must
/// never take the console down. Write errors are dropped.
struct RotatingLogFile {
    let path: String
    let maximumBytes: Int
    let keptFiles: Int
    private var descriptor: Int32 = -1
    /// Bytes in the current file, read when it is opened and counted since.
    private var size = 0

    init(path: String, maximumBytes: Int, keptFiles: Int) {
        self.path = path
        self.maximumBytes = max(1, maximumBytes)
        self.keptFiles = max(0, keptFiles)
        openFile()
    }

    /// Appends `bytes`, rotating first when they would not fit. A write larger than the limit gets a file of its own.
    mutating func append(_ bytes: [UInt8]) {
        if descriptor < 0 { openFile() }
        guard descriptor >= 0, !bytes.isEmpty else { return }
        if size > 0, size + bytes.count > maximumBytes {
            rotate()
            guard descriptor >= 0 else { return }
        }
        size += writeAll(bytes)
    }

    mutating func close() {
        guard descriptor >= 0 else { return }
        _ = closeDescriptor(descriptor)
        descriptor = -1
    }

    /// `path.<index>`, the name of the index-th older file.
    func rotatedPath(_ index: Int) -> String {
        "\(path).\(index)"
    }

    private mutating func rotate() {
        close()
        if keptFiles == 0 {
            _ = unlink(path)
        } else {
            _ = unlink(rotatedPath(keptFiles))
            for index in stride(from: keptFiles - 1, through: 1, by: -1) {
                _ = rename(rotatedPath(index), rotatedPath(index + 1))
            }
            _ = rename(path, rotatedPath(1))
        }
        openFile()
    }

    /// Opens `path` for appending; a file this call creates is made 0600 whatever the umask.
    private mutating func openFile() {
        let flags = O_WRONLY | O_APPEND | O_CLOEXEC
        descriptor = open(path, flags | O_CREAT | O_EXCL, 0o600)
        if descriptor >= 0 {
            _ = fchmod(descriptor, 0o600)
            size = 0
            return
        }
        descriptor = open(path, flags)
        guard descriptor >= 0 else { return }
        var status = stat()
        size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
    }

    /// Writes every byte unless the system refuses; returns how many were written.
    private func writeAll(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBytes { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var written = 0
            while written < buffer.count {
                let result = write(descriptor, base + written, buffer.count - written)
                if result > 0 {
                    written += result
                } else if result < 0, errno == EINTR {
                    continue
                } else {
                    break
                }
            }
            return written
        }
    }
}

/// `close(2)`, named apart from ``RotatingLogFile/close()``.
private func closeDescriptor(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}
