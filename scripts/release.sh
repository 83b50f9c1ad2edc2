#!/usr/bin/env bash
# Packs a release: dist/archestra-tui-VERSION-linux-x86_64.tar.gz and its .sha256 file.
# Refuses a VERSION that CHANGELOG.md has no "## [VERSION]" entry for.
# Usage: scripts/release.sh VERSION [OUTPUT_DIR=dist]
set -euo pipefail
version=${1:?usage: scripts/release.sh VERSION [OUTPUT_DIR]}
root=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-$root/dist}

if ! [[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]]; then
  echo "release.sh: '$version' is not a version like 1.2.3 or 1.2.3-rc.1" >&2
  exit 2
fi
# Dots are literal in the entry, not "any character".
if ! grep -qE "^## \[${version//./\\.}\]" "$root/CHANGELOG.md"; then
  echo "release.sh: CHANGELOG.md has no entry for $version: add a '## [$version] - YYYY-MM-DD' section first" >&2
  exit 1
fi

name=archestra-tui-$version-linux-x86_64
mkdir -p "$out"
out=$(cd "$out" && pwd)
"$root/scripts/stage.sh" "$version" "$out/$name"

# Owner and order fixed so that the archive does not depend on who built it.
tar -C "$out" --owner=0 --group=0 --numeric-owner --sort=name -czf "$out/$name.tar.gz" "$name"
(cd "$out" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
rm -rf "${out:?}/$name"
echo "$out/$name.tar.gz"
