import Foundation
import XCTest

/// Finds the built executables next to the test bundle, building them if needed.
enum Binaries {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path(_ product: String) throws -> String {
        if let override = ProcessInfo.processInfo.environment["ARCHESTRA_TUI_BIN_DIR"] {
            return override + "/" + product
        }
        // The test bundle lives in the same build folder as the executables.
        let bundle = Bundle(for: BundleMarker.self).bundleURL
        let folders = [bundle, bundle.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug")]
        let candidates = folders.map { $0.appendingPathComponent(product).path }
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) { return found }
        let candidate = candidates[2]
        let status = try TmuxSession.shell(
            "cd \(TmuxSession.quote(packageRoot.path)) && swift build --product \(product) > /tmp/archestra-e2e-build.log 2>&1")
        guard status == 0, FileManager.default.isExecutableFile(atPath: candidate) else {
            throw BuildFailure(description: "could not build \(product); see /tmp/archestra-e2e-build.log")
        }
        return candidate
    }

    private final class BundleMarker {}

    struct BuildFailure: Error, CustomStringConvertible { var description: String }
}
