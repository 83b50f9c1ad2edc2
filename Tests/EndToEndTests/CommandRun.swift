import Foundation

/// One run of a built executable to its end: what it wrote on stdout and stderr, and its exit status.
struct CommandRun {
    var status: Int32
    var stdout: Data
    var stderr: String

    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }

    /// Runs `binary` with `arguments`; the environment is the given variables only, with every proxy
    /// variable empty so the machine's proxies cannot route the run elsewhere.
    static func run(
        _ binary: String, _ arguments: [String], environment: [String: String] = [:],
        timeout: TimeInterval = 60
    ) throws -> CommandRun {
        var variables = [
            "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(),
            "XDG_STATE_HOME": TestFolders.state,
            "XDG_CONFIG_HOME": TestFolders.noConfig,
        ]
        for name in ["http_proxy", "https_proxy", "all_proxy", "no_proxy"] {
            variables[name] = ""
            variables[name.uppercased()] = ""
        }
        variables.merge(environment) { _, given in given }

        // Files rather than pipes: a large output cannot fill a pipe and stall the child.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archestra-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = variables
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw TimedOut(description: "\(binary) \(arguments.joined(separator: " ")) ran over \(timeout) s")
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return CommandRun(
            status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    struct TimedOut: Error, CustomStringConvertible { var description: String }
}
