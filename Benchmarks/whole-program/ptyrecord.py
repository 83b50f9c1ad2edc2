#!/usr/bin/env python3
"""Runs one program on a pseudo-terminal of a fixed size and records what it writes.

The program's output is relayed to this process's own terminal (a tmux pane, so a person can
watch) and logged with monotonic timestamps, so that bytes per second and the time to the first
full frame come from exactly what the program sent. Keys can be typed into the program through
a control FIFO ("key j"), each logged with its time, for keystroke-to-frame latencies.

Usage: ptyrecord.py --out PREFIX --size 120x40 -- COMMAND [ARGS...]
Writes PREFIX.pid (the program's pid), PREFIX.log (start, output chunks, keys, exit) and
PREFIX.raw (the output bytes); reads PREFIX.keys (a FIFO it creates) for keys to type.
"""
import argparse
import fcntl
import os
import select
import struct
import sys
import termios
import time
import tty

# Keys the measurement types, by name.
KEYS = {"enter": b"\r", "escape": b"\x1b", "backspace": b"\x7f", "space": b" "}


def key_bytes(name):
    return KEYS.get(name, name.encode())


def start_child(command, rows, columns):
    """Forks the program on a new pty of the given size; returns (pid, master fd)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    pid = os.fork()
    if pid == 0:
        os.close(master)
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
        for fd in (0, 1, 2):
            os.dup2(slave, fd)
        if slave > 2:
            os.close(slave)
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    os.close(slave)
    return pid, master


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    command = options.command[1:] if options.command[:1] == ["--"] else options.command
    columns, rows = (int(part) for part in options.size.split("x"))

    fifo = options.out + ".keys"
    if not os.path.exists(fifo):
        os.mkfifo(fifo)
    # Opened read-write so it never reads end-of-file when no writer is attached.
    control = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)
    log = open(options.out + ".log", "w", buffering=1)
    raw = open(options.out + ".raw", "wb")

    log.write(f"start {time.monotonic_ns()}\n")
    pid, master = start_child(command, rows, columns)
    with open(options.out + ".pid", "w") as pid_file:
        pid_file.write(f"{pid}\n")

    interactive = os.isatty(0)
    saved = termios.tcgetattr(0) if interactive else None
    if interactive:
        tty.setraw(0)
    sources = [master, control] + ([0] if interactive else [])
    pending = b""
    try:
        while True:
            ready, _, _ = select.select(sources, [], [])
            if master in ready:
                try:
                    data = os.read(master, 65536)
                except OSError:
                    data = b""
                if not data:
                    break
                log.write(f"out {time.monotonic_ns()} {len(data)}\n")
                raw.write(data)
                os.write(1, data)
            if control in ready:
                pending += os.read(control, 4096)
                while b"\n" in pending:
                    line, pending = pending.split(b"\n", 1)
                    words = line.decode().split()
                    if len(words) == 2 and words[0] == "key":
                        log.write(f"key {time.monotonic_ns()} {words[1]}\n")
                        os.write(master, key_bytes(words[1]))
            if 0 in ready:
                typed = os.read(0, 4096)
                if typed:
                    os.write(master, typed)
    finally:
        _, status = os.waitpid(pid, 0)
        log.write(f"exit {time.monotonic_ns()} {status}\n")
        raw.close()
        if saved is not None:
            termios.tcsetattr(0, termios.TCSADRAIN, saved)


if __name__ == "__main__":
    sys.exit(main())
