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
    """A snapshot: cpu_seconds (time on a CPU, summed over the threads alive now), tick_seconds
    (user+system as ticks charge it, every thread), switches (voluntary and involuntary, summed over
    the threads alive now), threads, rss_kib and peak_rss_kib (VmHWM).

    cpu_seconds comes from each thread's schedstat, which the scheduler keeps in nanoseconds; the
    tick figures charge a whole tick to whoever runs when the timer fires, a sample for programs that
    wake for a tenth of a millisecond a few times a second. Both are kept: where they differ, trust
    the first."""
    with open(f"/proc/{pid}/stat") as stat:
        # The command name may hold spaces: the fields after it start past the last ')'.
        fields = stat.read().rsplit(")", 1)[1].split()
    tick_seconds = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    switches = 0
    run_nanoseconds = 0
    tasks = os.listdir(f"/proc/{pid}/task")
    for task in tasks:
        try:
            status = _status(pid, task)
            with open(f"/proc/{pid}/task/{task}/schedstat") as schedstat:
                run_nanoseconds += int(schedstat.read().split()[0])
        except FileNotFoundError:
            continue
        switches += int(status["voluntary_ctxt_switches"]) + int(status["nonvoluntary_ctxt_switches"])
    status = _status(pid)
    return {
        "cpu_seconds": run_nanoseconds / 1e9 if run_nanoseconds else tick_seconds,
        "tick_seconds": tick_seconds,
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


def resident_by_section(pid, binary, top=10):
    """Resident KiB of the program's own file, by ELF section (from /proc/PID/pagemap; needs root
    to see page frames, but the 'present' bit is readable by the owner too). [(section, resident
    KiB, section KiB)], largest first."""
    import re
    import struct
    import subprocess
    sections = []
    listing = subprocess.run(["readelf", "-SW", binary], capture_output=True, text=True).stdout
    for line in listing.splitlines():
        match = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)", line)
        if match and int(match.group(2), 16):
            sections.append((match.group(1), int(match.group(2), 16), int(match.group(3), 16)))
    real = os.path.realpath(binary)
    # Section addresses are where the sections load: as they are for a fixed-address executable (ELF type 2,
    # EXEC), relative to where the first mapping landed for a position-independent one (DYN).
    with open(real, "rb") as elf:
        fixed_address = struct.unpack("<H", elf.read(18)[16:18])[0] == 2
    base, resident = (0 if fixed_address else None), {}
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/pagemap", "rb") as pagemap:
        for line in maps:
            fields = line.split()
            if len(fields) < 6 or os.path.realpath(fields[5]) != real:
                continue
            start, end = (int(value, 16) for value in fields[0].split("-"))
            base = start if base is None else base
            for page in range(start, end, 4096):
                pagemap.seek(page // 4096 * 8)
                if struct.unpack("<Q", pagemap.read(8))[0] >> 63:
                    offset = page - base
                    name = next((name for name, address, size in sections if address <= offset < address + size), "(gaps)")
                    resident[name] = resident.get(name, 0) + 4
    sizes = {name: size // 1024 for name, _, size in sections}
    return sorted(((name, kib, sizes.get(name, 0)) for name, kib in resident.items()), key=lambda item: -item[1])[:top]


def status_field(pid, name):
    """One line of /proc/PID/status, e.g. 'VmHWM' -> '39064 kB'."""
    return _status(pid).get(name)


def switches_by_thread(pid):
    """Context switches (voluntary and involuntary) so far, summed per thread name."""
    totals = {}
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            status = _status(pid, task)
        except FileNotFoundError:
            continue
        name = status["Name"].rstrip("0123456789#-")
        switches = int(status["voluntary_ctxt_switches"]) + int(status["nonvoluntary_ctxt_switches"])
        totals[name] = totals.get(name, 0) + switches
    return totals
