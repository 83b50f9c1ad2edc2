import Foundation
import XCTest

/// Code cites the project's own API notes (docs/api-notes.md), never a document that is not in the repository.
final class SourceCitationTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func swiftFiles() -> [URL] {
        let enumerator = FileManager.default.enumerator(at: Self.root.appendingPathComponent("Sources"), includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
    }

    func testEveryCitedSectionOfTheAPINotesExists() throws {
        let notes = try String(contentsOf: Self.root.appendingPathComponent("docs/api-notes.md"), encoding: .utf8)
        let headings = Set(
            notes.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("#") else { return nil }
                return line.split(separator: " ").dropFirst().first.map {
                    String($0).trimmingCharacters(in: CharacterSet(charactersIn: "."))
                }
            })
        var cited = 0
        for file in swiftFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            XCTAssertFalse(text.contains("CONTRACT"), "\(file.lastPathComponent) cites a document that is not in the repository")
            for match in text.matches(of: /API notes §([0-9]+(?:\.[0-9]+)?)/) {
                cited += 1
                XCTAssertTrue(
                    headings.contains(String(match.1)), "\(file.lastPathComponent) cites §\(match.1), which the notes do not have")
            }
        }
        XCTAssertGreaterThan(cited, 20)
    }
}
