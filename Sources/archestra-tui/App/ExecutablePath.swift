import Foundation

/// Where the running binary lives, so that files shipped beside it can be found.
enum ExecutablePath {
    /// The binary's real path (symlinks resolved), or nil if the system will not say.
    ///
    /// `/proc/self/exe` rather than `argv[0]`: a binary found through `PATH` gets only its bare name in `argv[0]`.
    static func current() -> String? {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return link }
        guard let first = CommandLine.arguments.first, first.contains("/") else { return nil }
        return URL(fileURLWithPath: first).resolvingSymlinksInPath().path
    }
}
