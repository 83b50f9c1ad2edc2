import Foundation

/// Runs the person's editor on a document, with the terminal handed over to it.
///
/// `VISUAL`, then `EDITOR`, then `vi`; the value may carry arguments (`code --wait`), so it runs
/// through `/bin/sh` with the file as `$1`. The file is private (mode 0600) and removed afterwards.
struct ExternalEditor {
    let environment: [String: String]

    /// The command that will run.
    var command: String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return "vi"
    }

    /// The text the editor left, or why there is none.
    func edit(_ document: String, fileStem: String) -> (text: String?, failure: String?) {
        let folder = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let stem = String(fileStem.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" }.prefix(50))
        let path = "\(folder)/archestra-\(stem)-\(UInt32.random(in: 0...UInt32.max)).yaml"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { return (nil, "could not create \(path): \(String(cString: strerror(errno)))") }
        let bytes = Array(document.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        defer { unlink(path) }
        guard written == bytes.count else { return (nil, "could not write \(path)") }
        let status = run(command, file: path)
        guard status == 0 else {
            return (nil, status == 127 ? "'\(command)' was not found: set VISUAL or EDITOR" : "the editor exited with status \(status)")
        }
        guard let data = FileManager.default.contents(atPath: path) else { return (nil, "could not read \(path) back") }
        return (String(decoding: data, as: UTF8.self), nil)
    }

    /// Runs `command "$1"` on the terminal and waits for it.
    private func run(_ command: String, file: String) -> Int32 {
        var pid: pid_t = 0
        let arguments = ["/bin/sh", "-c", command + " \"$1\"", "sh", file]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // Exited normally: its code; killed by a signal: a failure.
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
