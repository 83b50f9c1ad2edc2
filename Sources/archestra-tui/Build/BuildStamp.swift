// The version and commit this binary was built from.
//
// This committed file is the development default. `scripts/release.sh` overwrites it with the
// release's version and commit for the length of its build and puts this text back afterwards,
// because SwiftPM has no way to pass a string into the build.

enum BuildStamp {
    static let version = "0.1.0"
    static let commit = "unknown (development build)"
}
