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
        let buildDirectory = Bundle(for: BundleMarker.self).bundleURL.deletingLastPathComponent()
        let candidate = buildDirectory.appendingPathComponent(product).path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        let status = try TmuxSession.shell("cd \(TmuxSession.quote(packageRoot.path)) && swift build --product \(product) > /tmp/archestra-e2e-build.log 2>&1")
        guard status == 0, FileManager.default.isExecutableFile(atPath: candidate) else {
            throw BuildFailure(description: "could not build \(product); see /tmp/archestra-e2e-build.log")
        }
        return candidate
    }

    private final class BundleMarker {}

    struct BuildFailure: Error, CustomStringConvertible { var description: String }
}
