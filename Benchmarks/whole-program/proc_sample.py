"""Reads what a process has cost so far from /proc: CPU time, context switches, threads, memory."""
import os

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _status(pid, task=None):
    path = f"/proc/{pid}/task/{task}/status" if task else f"/proc/{pid}/status"
    fields = {}
    with open(path) as status:
        for line in status:
            name, _, value = line.partition(":")
            fields[name] = value.strip()
    return fields


def sample(pid):
    """A snapshot: cpu_seconds (user+system, every thread), switches (voluntary and involuntary,
    summed over the threads alive now), threads, rss_kib and peak_rss_kib (VmHWM)."""
    with open(f"/proc/{pid}/stat") as stat:
        # The command name may hold spaces: the fields after it start past the last ')'.
        fields = stat.read().rsplit(")", 1)[1].split()
    cpu_seconds = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    switches = 0
    tasks = os.listdir(f"/proc/{pid}/task")
    for task in tasks:
        try:
            status = _status(pid, task)
        except FileNotFoundError:
            continue
        switches += int(status["voluntary_ctxt_switches"]) + int(status["nonvoluntary_ctxt_switches"])
    status = _status(pid)
    return {
        "cpu_seconds": cpu_seconds,
        "switches": switches,
        "threads": len(tasks),
        "rss_kib": int(status["VmRSS"].split()[0]),
        "peak_rss_kib": int(status["VmHWM"].split()[0]),
    }


def thread_names(pid):
    """Thread names and how many of each (NIO-ELT-0-#1 … show the event loops)."""
    names = {}
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/comm") as comm:
                name = comm.read().strip()
        except FileNotFoundError:
            continue
        key = name.rstrip("0123456789#-")
        names[key] = names.get(key, 0) + 1
    return names


def smaps_by_mapping(pid, top=12):
    """Resident KiB per mapped file (anonymous memory and the heap grouped), largest first."""
    totals = {}
    current = None
    with open(f"/proc/{pid}/smaps") as smaps:
        for line in smaps:
            parts = line.split()
            if not parts:
                continue
            if "-" in parts[0] and len(parts) >= 5 and ":" in parts[3]:
                current = parts[5] if len(parts) >= 6 else "[anonymous]"
            elif parts[0] == "Rss:" and current is not None:
                totals[current] = totals.get(current, 0) + int(parts[1])
    return sorted(totals.items(), key=lambda item: -item[1])[:top]
