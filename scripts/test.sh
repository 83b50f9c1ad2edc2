#!/usr/bin/env bash
# The whole suite, as README's "Run the tests" and .ci/run run it: builds the tests, runs them in
# parallel, and ends with one line "N passed, N failed" (the time on the line before). Exits non-zero if
# anything failed or did not build.
#
# Each end-to-end and screen test runs in a process of its own, first (the end-to-end tests mostly wait,
# so their waits overlap); the other tests run one process per class. Starting the test binary costs
# about 60 ms of CPU, which a process per test paid 1,000 times over for tests of a few milliseconds.
#
# Usage: scripts/test.sh [--filter REGEX]... [--skip REGEX]...
#   --filter REGEX   only tests whose Target.Class/testName matches (extended regex; repeatable: any)
#   --skip REGEX     leave out the tests that match (repeatable)
#   TEST_WORKERS=N   processes at once (default 4; waiting tests cost no CPU, so more than the cores)
set -uo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"

filters=()
skips=()
while (($#)); do
  case $1 in
    --filter) filters+=("${2:?--filter needs a regex}"); shift 2 ;;
    --skip) skips+=("${2:?--skip needs a regex}"); shift 2 ;;
    *)
      echo "scripts/test.sh: unknown option '$1' (usage: scripts/test.sh [--filter REGEX]... [--skip REGEX]...)" >&2
      exit 2
      ;;
  esac
done

swift build --build-tests || { echo "0 passed, 1 failed: the build failed"; exit 1; }
tests_binary=$(swift build --show-bin-path)/archestra-tuiPackageTests.xctest

results=$(mktemp -d /tmp/archestra-test-results.XXXXXX)
trap 'rm -rf "$results"' EXIT
started=$(date +%s)

# Every test by name (Target.Class/testName), then the filters.
"$tests_binary" --list-tests 2>/dev/null | grep -E '^[A-Za-z0-9_]+\.[A-Za-z0-9_]+/[A-Za-z0-9_]+$' > "$results/all"
cp "$results/all" "$results/selected"
if ((${#filters[@]})); then
  for pattern in "${filters[@]}"; do grep -E -- "$pattern" "$results/all"; done | sort -u > "$results/selected"
fi
for pattern in "${skips[@]+"${skips[@]}"}"; do
  grep -v -E -- "$pattern" "$results/selected" > "$results/kept"
  mv "$results/kept" "$results/selected"
done
selected_count=$(wc -l < "$results/selected")
if [ "$selected_count" -eq 0 ]; then
  echo "suite: 0 s of test time"
  echo "0 passed, 1 failed: no test matches the filters"
  exit 1
fi

# The processes: one per end-to-end test and one per screen test (the longest: the first wait, the
# second draw), started first, then one per other class, largest first. A class the filters cut into is
# given as the list of its selected tests (XCTest takes a comma-separated list).
per_test='^(EndToEndTests|DashboardViewsTests)\.'
grep -E "$per_test" "$results/selected" > "$results/units"
grep -v -E "$per_test" "$results/selected" | cut -d/ -f1 | sort | uniq -c | sort -k1,1nr \
  | while read -r count class; do
    if [ "$count" -eq "$(grep -c -F -- "$class/" "$results/all")" ]; then
      echo "$class"
    else
      grep -F -- "$class/" "$results/selected" | paste -sd, -
    fi
  done >> "$results/units"

# One process: its output to a file of its own, then one line (a single write, so lines never mix).
run_unit() {
  local unit=$1 log started status name
  log=$results/logs/$(printf '%s' "$unit" | cksum | cut -d' ' -f1).log
  started=$(date +%s)
  "$tests_binary" "$unit" > "$log" 2>&1
  status=$?
  printf '%s\t%s\t%s\n' "$status" "$unit" "$log" >> "$results/finished"
  name=${unit%%,*}
  [ "$unit" != "$name" ] && name="$name, ..."
  if [ "$status" -eq 0 ]; then
    printf 'ok      %s (%s s)\n' "$name" "$(($(date +%s) - started))"
  else
    printf 'FAILED  %s (%s s)\n' "$name" "$(($(date +%s) - started))"
  fi
}
export -f run_unit
export tests_binary results
mkdir -p "$results/logs"
: > "$results/finished"
tr '\n' '\0' < "$results/units" | xargs -0 -P "${TEST_WORKERS:-4}" -I{} bash -c 'run_unit "$1"' _ {}

# A test passed when its process said so; every other selected test failed (a process that crashed
# took the tests after it with it).
passed=$(cat "$results"/logs/*.log | grep -c -E "^Test Case '.*' passed \(")
failures=$((selected_count - passed))
while IFS=$'\t' read -r status unit log; do
  [ "$status" -eq 0 ] && continue
  echo "--- ${unit%%,*}: exit status $status"
  # Everything but the passing tests' lines: a failure's message goes on over several lines (a screen).
  grep -v -E "^Test Case '.*' (started at|passed \()" "$log" | head -n 200
done < "$results/finished"

echo "suite: $(($(date +%s) - started)) s of test time"
# Alone on its line, as CI reads it.
echo "$passed passed, $failures failed"
[ "$failures" -eq 0 ]
