#!/usr/bin/env bash
# Prints what a built archestra-tui costs (not part of CI; README "Size" quotes its figures):
# file size as built and stripped, peak RSS of `--version`, and RSS after 10 s of the dashboard's
# overview against archestra-sim in a 120x40 tmux window. Three runs each; the median is printed.
# Usage: scripts/measure-binary.sh BINARY [SIM_BINARY=.build/debug/archestra-sim]
set -euo pipefail
bin=$(realpath "${1:?usage: scripts/measure-binary.sh BINARY [SIM_BINARY]}")
sim=$(realpath "${2:-$(dirname "$0")/../.build/debug/archestra-sim}")
work=$(mktemp -d)
socket="archestra-measure-$$"
sim_pid=
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; [ -z "$sim_pid" ] || kill "$sim_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
median() { sort -n | sed -n 2p; }

strip -o "$work/stripped" "$bin"
echo "size as built:   $(( $(stat -c %s "$bin") / 1024 )) KiB"
echo "size stripped:   $(( $(stat -c %s "$work/stripped") / 1024 )) KiB"

version_rss=$(for _ in 1 2 3; do /usr/bin/time -f %M "$bin" --version 2>&1 >/dev/null | tail -n 1; done | median)
echo "--version RSS:   $version_rss KiB"

"$sim" --port 0 --traffic-interval 1 > "$work/sim.log" 2>&1 &
sim_pid=$!
for _ in $(seq 100); do grep -q listening "$work/sim.log" && break; sleep 0.1; done
url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/sim.log")
dashboard_rss=$(for run in 1 2 3; do
  tmux -L "$socket" -f /dev/null new-session -d -x 120 -y 40 \
    "env HOME=$work TERM=xterm-256color LANG=C.UTF-8 ARCHESTRA_API_KEY=arch_demo_key_0123456789 $bin --base-url $url --refresh 1"
  sleep 10
  pid=$(pgrep -n -f -- "--base-url $url --refresh 1")
  awk '/VmRSS/ {print $2}' "/proc/$pid/status"
  tmux -L "$socket" kill-server
  sleep 0.5
done | median)
echo "dashboard RSS:   $dashboard_rss KiB (overview, 10 s, 120x40)"
