import ArchestraAPI

/// What `archestra-tui --version` prints: the version, the commit and the API generations spoken.
enum VersionText {
    static func make(version: String = BuildStamp.version, commit: String = BuildStamp.commit) -> String {
        let generations = APIGeneration.allCases.map { "\($0.rawValue) (\(serverRange(of: $0)))" }
        return """
            archestra-tui \(version)
            commit: \(commit)
            API generations: \(generations.joined(separator: ", "))
            """
    }

    /// Which servers speak a generation, in the words an operator checks against `GET /api/version`.
    private static func serverRange(of generation: APIGeneration) -> String {
        switch generation {
        case .v1_2: "Archestra before 1.4"
        case .v1_4: "Archestra 1.4 and later"
        }
    }
}
