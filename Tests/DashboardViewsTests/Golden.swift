import Foundation
import XCTest
import TerminalUI

/// Compares screen text with files in `Golden/`; with `RECORD_GOLDENS=1` it writes them
/// into the source folder instead, so changed screens can be reviewed in the diff.
enum Golden {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

    /// The source copy of the golden folder, next to this file.
    static func sourceFolder(filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    static func assert(_ lines: [String], named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let text = lines.joined(separator: "\n") + "\n"
        // A Swift debug description on screen means an optional was interpolated somewhere.
        XCTAssertFalse(text.contains("Optional("), "\(name) shows a Swift debug description:\n\(text)", file: file, line: line)
        let fileName = name + ".txt"
        if isRecording {
            let folder = sourceFolder()
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try text.write(to: folder.appendingPathComponent(fileName), atomically: true, encoding: .utf8)
            } catch {
                XCTFail("could not record \(fileName): \(error)", file: file, line: line)
            }
            return
        }
        guard
            let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Golden")
                ?? Optional(sourceFolder().appendingPathComponent(fileName)),
            let expected = try? String(contentsOf: url, encoding: .utf8)
        else {
            XCTFail("missing golden \(fileName); run with RECORD_GOLDENS=1", file: file, line: line)
            return
        }
        if expected != text {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
            let row = firstDifference?.offset ?? min(expectedLines.count, actualLines.count)
            XCTFail(
                """
                \(fileName) differs at row \(row) (RECORD_GOLDENS=1 re-records):
                expected: \(row < expectedLines.count ? String(expectedLines[row]) : "<end>")
                actual:   \(row < actualLines.count ? String(actualLines[row]) : "<end>")
                """, file: file, line: line)
        }
    }
}
