import Foundation
import Logging
import XCTest
@testable import archestra_tui

/// The log file rotates by size, keeps a fixed number of old files, and stays private.
final class FileLogRotationTests: XCTestCase {
    private var folder = URL(fileURLWithPath: "/")
    private var path: String { folder.appendingPathComponent("state/archestra-tui.log").path }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("archestra-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try XCTUnwrap(attributes[.posixPermissions] as? Int) & 0o777
    }

    /// Line `number`, 20 bytes with its newline.
    private func line(_ number: Int) -> String {
        "line " + String(number).leftPadded(to: 14) + "\n"
    }

    func testRotatesBySizeAndKeepsThreeOldFiles() throws {
        let sink = FileLogHandler.Sink(path: path, maximumBytes: 100, keptFiles: 3)
        for number in 1...23 { sink.write(line(number)) }

        // Five lines fill a file; 23 lines make files of 5, 5, 5, 5 and 3 lines, the oldest of which was deleted.
        XCTAssertEqual(contents(path), (21...23).map(line).joined())
        XCTAssertEqual(contents(path + ".1"), (16...20).map(line).joined())
        XCTAssertEqual(contents(path + ".2"), (11...15).map(line).joined())
        XCTAssertEqual(contents(path + ".3"), (6...10).map(line).joined())
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".4"), "only three old files are kept")
        for name in [path, path + ".1", path + ".2", path + ".3"] {
            XCTAssertEqual(try mode(name), 0o600, name)
            XCTAssertLessThanOrEqual(try XCTUnwrap(contents(name)).utf8.count, 100, name)
        }
    }

    func testNewFilesArePrivateWhateverTheUmask() throws {
        let previous = umask(0o022)
        defer { umask(previous) }
        let sink = FileLogHandler.Sink(path: path, maximumBytes: 30, keptFiles: 1)
        sink.write(line(1))
        sink.write(line(2))
        XCTAssertEqual(try mode(path), 0o600)
        XCTAssertEqual(try mode(path + ".1"), 0o600)
        let folderMode = try mode(URL(fileURLWithPath: path).deletingLastPathComponent().path)
        XCTAssertEqual(folderMode & 0o077, 0, "the log folder is not open to others")
    }

    func testALineLargerThanTheLimitGetsAFileOfItsOwn() throws {
        let sink = FileLogHandler.Sink(path: path, maximumBytes: 30, keptFiles: 2)
        sink.write("short\n")
        let long = String(repeating: "x", count: 50) + "\n"
        sink.write(long)
        XCTAssertEqual(contents(path), long)
        XCTAssertEqual(contents(path + ".1"), "short\n")
    }

    func testReopeningContinuesTheExistingFileAndItsSize() throws {
        do {
            let first = FileLogHandler.Sink(path: path, maximumBytes: 100, keptFiles: 3)
            for number in 1...4 { first.write(line(number)) }
        }
        let second = FileLogHandler.Sink(path: path, maximumBytes: 100, keptFiles: 3)
        second.write(line(5))
        XCTAssertEqual(contents(path), (1...5).map(line).joined(), "appended, not truncated")
        second.write(line(6))
        XCTAssertEqual(contents(path), line(6), "the size read on opening counts toward the limit")
        XCTAssertEqual(contents(path + ".1"), (1...5).map(line).joined())
    }

    func testAFullDiskDropsLinesInsteadOfCrashing() throws {
        // /dev/full refuses every write with ENOSPC; FileHandle.write traps on that on Linux.
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full here") }
        let sink = FileLogHandler.Sink(path: "/dev/full", maximumBytes: .max, keptFiles: 3)
        sink.write("this line is lost\n")
        sink.write("and so is this one\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: "/dev/full"), "a failed write never rotates")
    }

    func testDefaultsAreTenMebibytesAndThreeOldFiles() {
        XCTAssertEqual(FileLogHandler.Sink.defaultMaximumBytes, 10 * 1024 * 1024)
        XCTAssertEqual(FileLogHandler.Sink.defaultKeptFiles, 3)
    }

    func testTheHandlerWritesOneStampedLinePerEvent() throws {
        let sink = FileLogHandler.Sink(path: path)
        var handler = FileLogHandler(label: "archestra.test", sink: sink, level: .info)
        handler[metadataKey: "pane"] = "agents"
        let logger = Logger(label: "archestra.test", factory: { _ in handler })
        logger.info("polled", metadata: ["ms": "12"])
        logger.debug("below the level")
        let text = try XCTUnwrap(contents(path))
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, text)
        let parts = try XCTUnwrap(lines.first).split(separator: " ", maxSplits: 1)
        XCTAssertEqual(parts.count, 2)
        XCTAssertEqual(parts.last.map(String.init), "info archestra.test: polled ms=12 pane=agents")
        let stamp = String(parts[0])
        XCTAssertEqual(stamp.count, 24, stamp)
        XCTAssertTrue(stamp.hasSuffix("Z") && stamp.dropFirst(10).hasPrefix("T"), stamp)
    }

    func testTimestampsAreUTCWithMilliseconds() {
        XCTAssertEqual(LogTimestamp.format(epochSeconds: 0, milliseconds: 5), "1970-01-01T00:00:00.005Z")
        XCTAssertEqual(LogTimestamp.format(epochSeconds: 1_788_876_191, milliseconds: 482), "2026-09-08T14:03:11.482Z")
        XCTAssertEqual(LogTimestamp.format(epochSeconds: 951_825_599, milliseconds: 999), "2000-02-29T11:59:59.999Z")
    }

    func testTimestampOfNowMatchesTheSystemClock() throws {
        let before = Date()
        let stamp = LogTimestamp.now()
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let parsed = try XCTUnwrap(parser.date(from: stamp), stamp)
        XCTAssertLessThan(abs(parsed.timeIntervalSince(before)), 2)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
