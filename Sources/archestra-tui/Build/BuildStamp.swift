import CBuildStamp

/// The version and commit this binary was built from: `Sources/CBuildStamp/stamp.c`, which
/// `scripts/stage.sh` stamps for a release build.
enum BuildStamp {
    static let version = String(cString: archestra_build_version())
    static let commit = String(cString: archestra_build_commit())
}
