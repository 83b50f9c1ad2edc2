#!/usr/bin/env bash
# Builds the release binary of archestra-tui as it ships (stage.sh calls this), or prints where it goes.
# Usage: scripts/release-build.sh [--show-bin-path]
#   ARCHESTRA_RELEASE_SCRATCH=DIR  build in DIR instead of .build: SwiftPM locks its build folder, so CI
#                                  builds the release here while the tests run from .build (see .ci/run).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"

# The shipped build: the Swift runtime linked in (nothing but libc, libstdc++, zlib and ncurses needed on
# the host) and optimised for size, which README "Size" measured as worth keeping. Nothing is exported:
# swiftc links executables with --export-dynamic, and the 51 000 symbols it exported (nothing loads
# plugins into the console) cost 1.7 MiB of resident memory (Benchmarks/README.md). Not position-
# independent (-no-pie, as Go builds k9s and lazydocker): a PIE carries 140 000 relocations that the loader
# reads and applies at every start, 36.3 -> 30.9 MiB peak RSS; libraries, heap and stack stay randomised.
flags=(-c release --static-swift-stdlib -Xswiftc -Osize -Xlinker --no-export-dynamic
  -Xswiftc -Xclang-linker -Xswiftc -no-pie)
if [ -n "${ARCHESTRA_RELEASE_SCRATCH:-}" ]; then
  flags+=(--scratch-path "$ARCHESTRA_RELEASE_SCRATCH")
fi

if [ "${1:-}" = --show-bin-path ]; then
  exec swift build "${flags[@]}" --show-bin-path
fi
exec swift build "${flags[@]}" --product archestra-tui
