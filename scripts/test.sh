#!/usr/bin/env bash
# The whole suite, as README's "Run the tests" and .ci/run run it: builds the tests, runs them in
# parallel (each test in its own process; end-to-end tests mostly wait, so their waits overlap), and
# ends with one line "N passed, N failed" (the time on the line before). Exits non-zero if anything failed or did not build.
# Usage: scripts/test.sh [swift test options, e.g. --filter EndToEndTests]
#   TEST_WORKERS=N   tests run at once (default 4; waiting tests cost no CPU, so more than the cores)
set -uo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"

swift build --build-tests || { echo "0 passed, 1 failed: the build failed"; exit 1; }

results=$(mktemp -d /tmp/archestra-test-results.XXXXXX)
trap 'rm -rf "$results"' EXIT
started=$(date +%s)
swift test --skip-build --disable-swift-testing --parallel --num-workers "${TEST_WORKERS:-4}" --xunit-output "$results/xunit.xml" "$@"
status=$?

# swift test --parallel prints no total of its own: count the report it wrote.
summary=$(sed -n 's/.*<testsuite [^>]*tests="\([0-9]*\)" failures="\([0-9]*\)".*/\1 \2/p' "$results/xunit.xml" 2>/dev/null | head -n 1)
read -r total failures <<<"${summary:-0 0}"
if [ "$status" -ne 0 ] && [ "$failures" -eq 0 ]; then
  failures=1 # swift test failed without a failed test in its report (a crash, a bad filter)
fi
echo "suite: $(( $(date +%s) - started )) s of test time"
# Alone on its line, as CI reads it.
echo "$((total - failures)) passed, $failures failed"
[ "$status" -eq 0 ] && [ "$failures" -eq 0 ]
