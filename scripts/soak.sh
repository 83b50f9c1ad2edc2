#!/usr/bin/env bash
# Soak test (not part of CI): runs the console against the simulator (a separate process) at a
# 1 s refresh for the given number of minutes and prints its RSS and CPU use every minute.
# Usage: scripts/soak.sh [MINUTES=30] [PANE_KEYS="1"]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-30}
keys=${2:-1}
bin=.build/release
[ -x "$bin/archestra-tui" ] && [ -x "$bin/archestra-sim" ] || swift build -c release >/dev/null
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 1; }

port=$((20000 + RANDOM % 20000))
"$bin/archestra-sim" --port "$port" --traffic-interval 1 > /tmp/archestra-soak-sim.log 2>&1 &
sim=$!
socket="archestra-soak-$$"
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; kill "$sim" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 50); do grep -q listening /tmp/archestra-soak-sim.log && break; sleep 0.1; done

tmux -L "$socket" -f /dev/null new-session -d -x 160 -y 48 \
  "env LANG=C.UTF-8 TERM=xterm-256color ARCHESTRA_API_KEY=arch_demo_key_0123456789 XDG_STATE_HOME=/tmp/archestra-soak-state $bin/archestra-tui --base-url http://127.0.0.1:$port --refresh 1"
sleep 2
tmux -L "$socket" send-keys -t 0 "$keys"
pid=$(pgrep -n -x archestra-tui)
ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }

echo "minute  rss_MiB  cpu_%_last_minute  cpu_s_total"
start_ticks=$(cpu_ticks)
last=$start_ticks
for minute in $(seq 1 "$minutes"); do
  sleep 60
  kill -0 "$pid" 2>/dev/null || { echo "archestra-tui exited early" >&2; exit 1; }
  now=$(cpu_ticks)
  printf "%6d  %7.1f  %17.2f  %11.1f\n" "$minute" "$(echo "$(rss_kb)/1024" | bc -l)" \
    "$(echo "($now-$last)*100/($ticks*60)" | bc -l)" "$(echo "($now-$start_ticks)/$ticks" | bc -l)"
  last=$now
done
