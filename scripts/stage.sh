#!/usr/bin/env bash
# Builds the static, stripped release binary and lays out everything a release ships in one folder:
#   archestra-tui  install.sh  themes/  man/archestra-tui.1  completions/  README.md LICENSE CHANGELOG.md
# release.sh packs that folder; install.sh (run from a checkout) installs from it.
# Usage: scripts/stage.sh VERSION DIR
set -euo pipefail
version=${1:?usage: scripts/stage.sh VERSION DIR}
stage=${2:?usage: scripts/stage.sh VERSION DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"

commit=$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || echo "unknown")
if [ "$commit" != unknown ] && [ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit-dirty"
fi

# The man page comes from swift-argument-parser's generate-manual tool, run on the release binary below
# (it asks the binary for its arguments). The tool is built here, in the debug folder: run directly it
# takes a second, where the package plugin built and asked every debug product (12-27 s in CI).
# Its date is the commit's, so that the same commit gives the same page.
manual_log=$(mktemp)
swift build --product generate-manual > "$manual_log" 2>&1 \
  || { cat "$manual_log" >&2; rm -f "$manual_log"; exit 1; }
rm -f "$manual_log"
manual_tool=$(swift build --show-bin-path)/generate-manual
date=$(git -C "$root" log -1 --format=%cs 2>/dev/null || date +%F)
echo "the man page tool took ${SECONDS} s" >&2

# SwiftPM cannot pass a string into a build, so the version and commit go into the committed
# BuildStamp.swift for the length of the build; the development text is put back on exit.
# Both texts keep one modification time each (written in place, times set), so that a build sees an
# unchanged file: the debug build after this one, and a second staging of the same commit (the release
# check's install.sh after release.sh) find archestra-tui up to date instead of compiling it again.
stamp=Sources/archestra-tui/Build/BuildStamp.swift
saved=$(mktemp)
cp -p "$stamp" "$saved"
restore_stamp() { cp -p "$saved" "$stamp"; rm -f "$saved"; }
trap restore_stamp EXIT
cat > "$stamp" <<SWIFT
// Written by scripts/stage.sh for this build; the committed development version is restored afterwards.
enum BuildStamp {
    static let version = "$version"
    static let commit = "$commit"
}
SWIFT
touch -d "@$(git -C "$root" log -1 --format=%ct 2>/dev/null || echo 0)" "$stamp"

echo "building archestra-tui $version ($commit)..." >&2
build_started=$SECONDS
"$root/scripts/release-build.sh" >&2
echo "the release build took $((SECONDS - build_started)) s" >&2
bin=$("$root/scripts/release-build.sh" --show-bin-path)/archestra-tui
manual=$(mktemp -d)
trap 'restore_stamp; rm -rf "$manual"' EXIT
"$manual_tool" "$bin" --date "$date" --output-directory "$manual" >&2

rm -rf "$stage"
mkdir -p "$stage/themes" "$stage/man" "$stage/completions"
strip -o "$stage/archestra-tui" "$bin"
cp "$manual/archestra-tui.1" "$stage/man/archestra-tui.1"
"$stage/archestra-tui" --generate-completion-script bash > "$stage/completions/archestra-tui.bash"
"$stage/archestra-tui" --generate-completion-script zsh > "$stage/completions/_archestra-tui"
"$stage/archestra-tui" --generate-completion-script fish > "$stage/completions/archestra-tui.fish"
cp themes/*.theme "$stage/themes/"
cp README.md LICENSE CHANGELOG.md "$stage/"
cp scripts/install.sh "$stage/install.sh"
chmod 755 "$stage/archestra-tui" "$stage/install.sh"
echo "staged $stage" >&2
