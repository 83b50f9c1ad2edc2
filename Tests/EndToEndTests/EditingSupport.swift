import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Editor scripts and request checks for the editing tests.
struct EditorScript {
    let folder: URL
    let path: String

    /// A shell script run as `$EDITOR FILE`; `body` sees the file as `$1` and the folder as `$DIR`.
    init(_ body: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("archestra-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("editor.sh").path
        let script = """
            #!/bin/sh
            DIR=\(TmuxSession.quote(folder.path))
            n=$(cat "$DIR/runs" 2>/dev/null || echo 0); n=$((n + 1)); echo $n > "$DIR/runs"
            cp "$1" "$DIR/document-$n.yaml"
            \(body)
            """
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
    }

    var runs: Int {
        Int(
            (try? String(contentsOfFile: folder.appendingPathComponent("runs").path, encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
    }

    func document(_ run: Int) -> String {
        (try? String(contentsOfFile: folder.appendingPathComponent("document-\(run).yaml").path, encoding: .utf8)) ?? ""
    }
}

extension SimulatorFixture {
    /// Requests that change something (not GET), as the server received them.
    func changes() async -> [RecordedRequest] {
        await simulator.recordedRequests().filter { $0.method != "GET" }
    }

    /// Waits until the server has received changes matching `condition`.
    @discardableResult
    func waitForChanges(
        _ description: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line,
        _ condition: ([RecordedRequest]) -> Bool
    ) async -> [RecordedRequest] {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [RecordedRequest] = []
        while Date() < deadline {
            last = await changes()
            if condition(last) { return last }
            try? await Task.sleep(for: .milliseconds(100))
        }
        XCTFail(
            "timed out waiting for \(description); changes: \(last.map { "\($0.method) \($0.path) \($0.body ?? "")" })",
            file: file, line: line)
        return last
    }

    /// An agent with a plain ASCII name that the console's filter finds alone.
    func plainAgent() async throws -> Agent {
        let all = try await client.allAgents()
        return try XCTUnwrap(
            all.first { agent in
                agent.agentType == .agent && agent.name.allSatisfy(\.isASCII) && agent.name.count >= 8
                    && all.filter { $0.name.lowercased().contains(agent.name.lowercased()) }.count == 1
            })
    }
}

/// The JSON object a request carried.
func bodyObject(_ request: RecordedRequest) -> [String: Any]? {
    guard let data = request.body?.data(using: .utf8) else { return nil }
    return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
}
