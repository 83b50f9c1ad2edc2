#!/usr/bin/env python3
"""The console, htop and btop measured side by side in one run (see Benchmarks/README.md).

Each program runs in its own private tmux server, in a 120x40 pane, under ptyrecord.py (which
counts the bytes it writes); archestra-tui polls a separate archestra-sim at 1 s, htop runs with
-d 10 and btop with update_ms = 1000. After a settling time all three are sampled over the same
window. Then the console alone: requests per second per pane, the in-flight limit under a slow
server, and the 100 000-agent organisation (time to the first agents page, key-to-frame, RSS).

Usage: python3 Benchmarks/whole-program/run.py [--seconds 60] [--pane-seconds 15] [--agents 100000]
Needs: release binaries built as a release is (see Benchmarks/README.md), tmux, htop, btop, python3 with pyte.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import proc_sample  # noqa: E402
import screen_replay  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
API_KEY = "arch_demo_key_0123456789"
WIDTH, HEIGHT = 120, 40
# The console's panes by the key that selects them.
PANES = {"1": "overview", "2": "agents", "3": "gateways", "4": "proxies", "5": "knowledge bases",
         "6": "MCP", "7": "limits", "8": "statistics", "9": "metrics"}


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60, help="measured window of the side-by-side run")
    parser.add_argument("--settle", type=float, default=3, help="seconds after start before the window opens")
    parser.add_argument("--pane-seconds", type=float, default=15, help="window per pane for requests per second")
    parser.add_argument("--agents", type=int, default=100_000, help="agents in the scale run (0 skips it)")
    parser.add_argument("--starts", type=int, default=5,
                        help="starts of each program alone, for the first frame (0 skips them)")
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release"), help="folder of the release binaries")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (raw output, logs)")
    parser.add_argument("--json", help="also write the figures to this file")
    return parser.parse_args()


class Simulator:
    """archestra-sim as its own process on a free loopback port."""

    def __init__(self, binary, work, agents=48):
        self.log_path = os.path.join(work, f"sim-{agents}.log")
        self.process = subprocess.Popen(
            [binary, "--port", "0", "--traffic-interval", "1", "--agents", str(agents)],
            stdout=open(self.log_path, "w"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        self.url = None
        while self.url is None and time.monotonic() < deadline:
            time.sleep(0.1)
            match = re.search(r"listening on (http\S+)", open(self.log_path).read())
            self.url = match.group(1) if match else None
        if self.url is None:
            raise RuntimeError(f"archestra-sim did not start: see {self.log_path}")

    def admin(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read() or b"null")

    def clear_requests(self):
        self.admin("DELETE", "/__sim/requests")

    def requests(self):
        return self.admin("GET", "/__sim/requests")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


class Recorded:
    """One program under ptyrecord.py in its own tmux server."""

    def __init__(self, name, command, work, environment):
        self.name = name
        self.prefix = os.path.join(work, name)
        self.socket = f"bench-{name}-{os.getpid()}"
        env = " ".join(f"{key}={value}" for key, value in environment.items())
        recorder = f"python3 {HERE}/ptyrecord.py --out {self.prefix} --size {WIDTH}x{HEIGHT} -- {command}"
        subprocess.run(["tmux", "-L", self.socket, "-f", "/dev/null", "new-session", "-d",
                        "-x", str(WIDTH), "-y", str(HEIGHT), f"env {env} {recorder}"], check=True)
        deadline = time.monotonic() + 10
        while not os.path.exists(self.prefix + ".pid") and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(0.01)
        self.pid = int(open(self.prefix + ".pid").read())

    def key(self, name):
        with open(self.prefix + ".keys", "w") as fifo:
            fifo.write(f"key {name}\n")

    def alive(self):
        return os.path.exists(f"/proc/{self.pid}")

    def stop(self):
        if self.alive():
            os.kill(self.pid, 15)
        deadline = time.monotonic() + 5
        while self.alive() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.2)
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], stderr=subprocess.DEVNULL)


def console_environment(work):
    return {"TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": work, "XDG_STATE_HOME": work + "/state",
            "XDG_CONFIG_HOME": work + "/config", "ARCHESTRA_API_KEY": API_KEY}


# What each program's screen shows once its first full frame is out.
FRAME_MARKERS = {"archestra-tui": "archestra-tui", "htop": "Load average", "btop": "proc"}


def program_commands(options, work, simulator):
    """The command and environment of each program measured: the console at 1 s, htop -d 10, btop at 1 s."""
    btop_config = os.path.join(work, "btop-config")
    os.makedirs(os.path.join(btop_config, "btop"), exist_ok=True)
    with open(os.path.join(btop_config, "btop", "btop.conf"), "w") as config:
        config.write("update_ms = 1000\n")
    base = {"TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": work}
    return {"archestra-tui": (f"{options.bin}/archestra-tui --base-url {simulator.url} --refresh 1", console_environment(work)),
            "htop": ("htop -d 10", base), "btop": ("btop", dict(base, XDG_CONFIG_HOME=btop_config))}


def first_frame_ms(name, start, chunks):
    first = screen_replay.first_time(chunks, screen_replay.full_frame(FRAME_MARKERS[name]), WIDTH, HEIGHT)
    return (first - start) / 1e6 if first else None


def first_data_ms(start, chunks):
    """The console's header says "connected" once the first answers are on screen."""
    loaded = screen_replay.first_time(chunks, lambda lines: "connected" in lines[0], WIDTH, HEIGHT)
    return (loaded - start) / 1e6 if loaded else None


def side_by_side(options, work, simulator):
    """All three programs started together and measured over the same window."""
    programs = {name: Recorded(name, command, work, environment)
                for name, (command, environment) in program_commands(options, work, simulator).items()}
    time.sleep(options.settle)
    simulator.clear_requests()
    before = {name: proc_sample.sample(program.pid) for name, program in programs.items()}
    threads_before = proc_sample.switches_by_thread(programs["archestra-tui"].pid)
    window_start = time.monotonic_ns()
    time.sleep(options.seconds)
    window_end = time.monotonic_ns()
    after = {name: proc_sample.sample(program.pid) for name, program in programs.items()}
    threads_after = proc_sample.switches_by_thread(programs["archestra-tui"].pid)
    requests = simulator.requests()
    console = programs["archestra-tui"]
    seconds = (window_end - window_start) / 1e9
    wakeups = {name: (count - threads_before.get(name, 0)) / seconds for name, count in threads_after.items()}
    memory = {"wakeups_by_thread": wakeups, "threads": proc_sample.thread_names(console.pid), "smaps": proc_sample.smaps_by_mapping(console.pid),
              "sections": proc_sample.resident_by_section(console.pid, f"{options.bin}/archestra-tui"),
              "status": {key: proc_sample.status_field(console.pid, key) for key in ("VmHWM", "RssAnon", "RssFile")}}
    figures = {}
    for name, program in programs.items():
        program.stop()
        start, chunks, _ = screen_replay.read_log(program.prefix)
        seconds = (window_end - window_start) / 1e9
        figures[name] = {
            "cpu_percent": 100 * (after[name]["cpu_seconds"] - before[name]["cpu_seconds"]) / seconds,
            "cpu_percent_ticks": 100 * (after[name]["tick_seconds"] - before[name]["tick_seconds"]) / seconds,
            "wakeups_per_second": (after[name]["switches"] - before[name]["switches"]) / seconds,
            "threads": after[name]["threads"],
            "peak_rss_mib": after[name]["peak_rss_kib"] / 1024,
            "bytes_per_second": screen_replay.bytes_between(chunks, window_start, window_end) / seconds,
            "first_frame_ms": first_frame_ms(name, start, chunks),
        }
        if name == "archestra-tui":
            figures[name]["first_data_ms"] = first_data_ms(start, chunks)
            figures[name]["requests_per_second"] = len(requests) / seconds
    return figures, memory


def starts_alone(options, work, simulator):
    """Time to first full frame, each program started on its own a few times. In the side-by-side window the
    three start within milliseconds of each other on two cores, so each one's first frame also waits for the
    others' starts; here nothing else starts meanwhile, as when a person opens one of them."""
    figures = {}
    for name, (command, environment) in program_commands(options, work, simulator).items():
        frames, data = [], []
        for attempt in range(options.starts):
            program = Recorded(f"alone-{name}-{attempt}", command, work, environment)
            time.sleep(1.5)
            program.stop()
            start, chunks, _ = screen_replay.read_log(program.prefix)
            frames.append(first_frame_ms(name, start, chunks))
            if name == "archestra-tui":
                data.append(first_data_ms(start, chunks))
        figures[name] = dict(summary(frames), all=frames)
        if data:
            figures[name]["first_data"] = dict(summary(data), all=data)
    return figures


def per_pane_requests(options, work, simulator):
    """Requests per second the server receives on each pane at 1 s refresh, from the simulator's log."""
    console = Recorded("console-panes", f"{options.bin}/archestra-tui --base-url {simulator.url} --refresh 1",
                       work, console_environment(work))
    rates = {}
    try:
        for pane in PANES:
            console.key(pane)
            time.sleep(3)  # the pane's first loads, then its steady polling
            simulator.clear_requests()
            time.sleep(options.pane_seconds)
            paths = {}
            for request in simulator.requests():
                paths[request["path"]] = paths.get(request["path"], 0) + 1
            rates[pane] = {"title": PANES[pane], "per_second": sum(paths.values()) / options.pane_seconds,
                           "paths": {path: count / options.pane_seconds for path, count in sorted(paths.items())}}
        rates["in_flight"] = in_flight_check(console, simulator)
    finally:
        console.stop()
    return rates


def in_flight_check(console, simulator):
    """With every answer 2.5 s late and 1 s refresh, a source with at most one request in flight
    sends at most one request per 2.5 s; more means requests overlap."""
    console.key("1")
    simulator.admin("POST", "/__sim/faults", {"latencyMs": 2500})
    time.sleep(3)
    simulator.clear_requests()
    seconds = 10
    time.sleep(seconds)
    paths = {}
    for request in simulator.requests():
        key = request["path"] + "?" + "&".join(f"{k}={v}" for k, v in sorted(request["query"].items()))
        paths[key] = paths.get(key, 0) + 1
    simulator.admin("POST", "/__sim/reset", {})
    busiest = max(paths.items(), key=lambda item: item[1]) if paths else ("-", 0)
    return {"seconds": seconds, "latency_ms": 2500, "busiest": busiest[0], "busiest_count": busiest[1],
            "allowed": int(seconds / 2.5) + 1}


def scale(options, work, simulator_binary):
    """The console against 100 000 agents: first agents page, key-to-frame latencies, RSS."""
    simulator = Simulator(simulator_binary, work, agents=options.agents)
    console = Recorded("console-scale", f"{options.bin}/archestra-tui --base-url {simulator.url} --refresh 1",
                       work, console_environment(work))
    try:
        console.key("2")
        time.sleep(4)
        for key in ["j"] * 10 + ["k"] * 5:
            console.key(key)
            time.sleep(0.3)
        console.key("G")
        time.sleep(2)
        console.key("g")
        time.sleep(1)
        console.key("/")
        time.sleep(0.3)
        for key in "bot":
            console.key(key)
            time.sleep(0.4)
        console.key("escape")
        time.sleep(1)
        memory = proc_sample.sample(console.pid)
    finally:
        console.stop()
        simulator.stop()
    start, chunks, keys = screen_replay.read_log(console.prefix)
    first_key_ns = keys[0][0]
    page = screen_replay.first_time(chunks, agents_page_loaded, WIDTH, HEIGHT, after_ns=first_key_ns)
    latencies = screen_replay.key_latencies(chunks, keys[1:])
    grouped = {}
    for name, milliseconds in latencies:
        label = {"j": "j", "k": "k", "G": "G", "g": "g", "/": "/", "escape": "Esc"}.get(name, "typing")
        grouped.setdefault(label, []).append(milliseconds)
    return {
        "agents": options.agents,
        "first_agents_page_ms": (page - start) / 1e6 if page else None,
        "key_to_frame_ms": {label: summary(values) for label, values in grouped.items()},
        "peak_rss_mib": memory["peak_rss_kib"] / 1024,
        "threads": memory["threads"],
    }


def agents_page_loaded(lines):
    """The agents pane with rows: some line below the title holds an agent's type column."""
    return any("Name" in line and "Type" in line for line in lines) and any(
        (" agent " in line or "mcp_gateway" in line or "llm_proxy" in line) for line in lines[3:])


def summary(values):
    present = sorted(value for value in values if value is not None)
    if not present:
        return {"count": 0}
    return {"count": len(present), "median": present[len(present) // 2], "max": present[-1]}


def print_figures(side, panes, scaled, alone=None):
    def cell(value, form="{:.2f}"):
        return "-" if value is None else form.format(value)

    rows = [("CPU, % of one core", "cpu_percent", "{:.2f}"), ("wake-ups per second", "wakeups_per_second", "{:.1f}"),
            ("threads", "threads", "{:d}"), ("peak RSS, MiB", "peak_rss_mib", "{:.1f}"),
            ("bytes/s to the terminal", "bytes_per_second", "{:.0f}"), ("first full frame, ms", "first_frame_ms", "{:.0f}")]
    print(f"\n| | archestra-tui | htop -d 10 | btop (1 s) |\n| --- | --- | --- | --- |")
    for label, key, form in rows:
        print(f"| {label} | " + " | ".join(cell(side[name].get(key), form) for name in ("archestra-tui", "htop", "btop")) + " |")
    if alone:
        print("| first full frame started alone, median / max ms | " + " | ".join(
            f"{cell(alone[name].get('median'), '{:.0f}')} / {cell(alone[name].get('max'), '{:.0f}')}"
            for name in ("archestra-tui", "htop", "btop")) + " |")
    console = side["archestra-tui"]
    if alone and "first_data" in alone["archestra-tui"]:
        data = alone["archestra-tui"]["first_data"]
        print(f"| first data started alone, median / max ms | {cell(data.get('median'), '{:.0f}')} / "
              f"{cell(data.get('max'), '{:.0f}')} | | |")
    print(f"| first data, ms | {cell(console.get('first_data_ms'), '{:.0f}')} | | |")
    print(f"| requests/s to the server (overview) | {cell(console.get('requests_per_second'))} | | |")
    if panes:
        print("\n| pane | requests/s | busiest paths (per second) |\n| --- | --- | --- |")
        for pane in PANES:
            figures = panes[pane]
            busiest = sorted(figures["paths"].items(), key=lambda item: -item[1])[:3]
            print(f"| {pane} {figures['title'][:30]} | {figures['per_second']:.2f} | "
                  + ", ".join(f"{path} {rate:.2f}" for path, rate in busiest) + " |")
        check = panes["in_flight"]
        print(f"\nin flight: with {check['latency_ms']} ms answers for {check['seconds']} s, the busiest request "
              f"({check['busiest']}) was sent {check['busiest_count']} times (one at a time allows {check['allowed']})")
    if scaled:
        print(f"\nscale, {scaled['agents']} agents: first agents page {cell(scaled['first_agents_page_ms'], '{:.0f}')} ms "
              f"after start, peak RSS {scaled['peak_rss_mib']:.1f} MiB, {scaled['threads']} threads")
        print("| key | count | median ms | max ms |\n| --- | --- | --- | --- |")
        for label, figures in scaled["key_to_frame_ms"].items():
            print(f"| {label} | {figures['count']} | {cell(figures.get('median'), '{:.1f}')} | {cell(figures.get('max'), '{:.1f}')} |")


def drop_page_cache():
    """Empties the page cache, so each program's code is paged in by its own start as on a host where it was
    installed a while ago. Linux 6.x keeps a file just written (strip, tar, cp) or read (cat, sha256sum) in
    large folios, and a fault then maps a whole folio: the console's RSS read 44 MiB instead of 31 that way.
    Needs root; without it the figure depends on how the binary last went through the cache."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as control:
            control.write("1\n")
        return "page cache dropped first"
    except OSError:
        return "page cache NOT dropped (needs root): peak RSS may read high if the binary was just written or read"


def main():
    options = parse_arguments()
    for tool in ("tmux", "htop", "btop"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is needed (apt-get install -y {tool})")
    for binary in ("archestra-tui", "archestra-sim"):
        if not os.access(os.path.join(options.bin, binary), os.X_OK):
            sys.exit(f"{options.bin}/{binary} is missing: swift build -c release")
    work = tempfile.mkdtemp(prefix="archestra-bench-")
    print(f"{os.uname().nodename}: {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; "
          f"{subprocess.run(['htop', '--version'], capture_output=True, text=True).stdout.split(chr(10))[0]}, "
          f"{subprocess.run(['btop', '--version'], capture_output=True, text=True).stdout.strip()}; work folder {work}")
    simulator = Simulator(os.path.join(options.bin, "archestra-sim"), work)
    print(drop_page_cache())
    # Run once for two seconds, each program's code is in the cache the way its own start pages it in: the
    # first frame is then measured warm, as a person restarting it sees it.
    warm = [Recorded(f"warm-{name}", command, work, environment)
            for name, (command, environment) in program_commands(options, work, simulator).items()]
    time.sleep(2)
    for program in warm:
        program.stop()
    try:
        side, memory = side_by_side(options, work, simulator)
        alone = starts_alone(options, work, simulator) if options.starts > 0 else None
        panes = per_pane_requests(options, work, simulator) if options.pane_seconds > 0 else None
    finally:
        simulator.stop()
    scaled = scale(options, work, os.path.join(options.bin, "archestra-sim")) if options.agents > 0 else None
    print_figures(side, panes, scaled, alone)
    print("\nconsole wake-ups per second by thread:",
          ", ".join(f"{name} {rate:.1f}" for name, rate in sorted(memory["wakeups_by_thread"].items(), key=lambda item: -item[1])))
    print("console threads:", ", ".join(f"{name} x{count}" for name, count in sorted(memory["threads"].items())))
    print("console status:", ", ".join(f"{key} {value}" for key, value in memory["status"].items()))
    print("console resident memory by mapping (KiB):")
    for mapping, kib in memory["smaps"]:
        print(f"  {kib:8d}  {mapping}")
    print("console's own binary, resident KiB by ELF section (of the section's size):")
    for name, kib, size in memory["sections"]:
        print(f"  {kib:8d} of {size:8d}  {name}")
    if options.json:
        with open(options.json, "w") as output:
            json.dump({"side_by_side": side, "starts_alone": alone, "panes": panes, "scale": scaled, "memory": memory}, output, indent=2)
    if not options.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
