"""Replays what a program wrote, with its timestamps, through a terminal emulator (pyte) to find
when the screen first showed something: the first full frame, the first data, a key's frame."""
import pyte

# Chunks closer together than this belong to one frame (one doupdate may take several writes).
BURST_GAP_NS = 3_000_000


def read_log(prefix):
    """(start_ns, [(time_ns, bytes)], [(time_ns, key)]) from ptyrecord's files."""
    start, chunks, keys = None, [], []
    with open(prefix + ".raw", "rb") as raw, open(prefix + ".log") as log:
        for line in log:
            words = line.split()
            if words[0] == "start":
                start = int(words[1])
            elif words[0] == "out":
                chunks.append((int(words[1]), raw.read(int(words[2]))))
            elif words[0] == "key":
                keys.append((int(words[1]), words[2]))
    return start, chunks, keys


def burst_end(chunks, index):
    """The time of the last chunk of the burst that chunk `index` belongs to."""
    while index + 1 < len(chunks) and chunks[index + 1][0] - chunks[index][0] < BURST_GAP_NS:
        index += 1
    return chunks[index][0]


def first_time(chunks, predicate, columns=120, rows=40, after_ns=0):
    """When the screen first satisfied `predicate(lines)` at the end of a burst, or None."""
    screen = pyte.Screen(columns, rows)
    stream = pyte.ByteStream(screen)
    for index, (time_ns, data) in enumerate(chunks):
        stream.feed(data)
        if time_ns < after_ns:
            continue
        if predicate(screen.display):
            return burst_end(chunks, index)
    return None


def full_frame(marker):
    """A frame holding `marker` anywhere and something on its last line (drawn top to bottom)."""
    return lambda lines: any(marker in line for line in lines) and lines[-1].strip() != ""


def key_latencies(chunks, keys):
    """For each key: ms from the key being typed to the end of the first frame written after it."""
    latencies = []
    for key_ns, name in keys:
        following = [index for index, (time_ns, _) in enumerate(chunks) if time_ns > key_ns]
        if following:
            latencies.append((name, (burst_end(chunks, following[0]) - key_ns) / 1e6))
        else:
            latencies.append((name, None))
    return latencies


def bytes_between(chunks, start_ns, end_ns):
    return sum(len(data) for time_ns, data in chunks if start_ns <= time_ns < end_ns)
