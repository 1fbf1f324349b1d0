#!/usr/bin/env python3
"""Startup benchmark: time to first screen, and memory, of the real app under Xvfb.

For each of N launches (default 5) with a fresh, empty data directory it measures
  - first render: from just before the process is spawned until the app prints the line
    `wabi-startup-ready-ms=...`, which it does (with WABI_BENCH_STARTUP=1) when the UI has painted
    its first screen and called Rust over IPC;
  - memory, 2 s after that: RSS and PSS (from /proc/PID/smaps_rollup) of the app process and of
    every WebKit process it started (web, network, GPU).
It prints each launch and the medians. Usage:
    scripts/bench-startup.py [--runs N] [--binary target/debug/wabi-studio]
The binary should be a build of the current tree (`./dev build`, or a release build for shipping
figures: `cargo build --release -p wabi-studio`).
"""

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READY = "wabi-startup-ready-ms="


def start_display():
    """Starts Xvfb on a free display; returns (process, name)."""
    for number in range(90, 190):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            break
    else:
        sys.exit("no free X display number")
    name = f":{number}"
    proc = subprocess.Popen(["Xvfb", name, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline:
            sys.exit("Xvfb did not start")
        time.sleep(0.02)
    return proc, name


def children_of(pid):
    """Every descendant process of pid."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name is in parentheses and may contain spaces: split after the last ')'.
        fields = stat[stat.rfind(")") + 2:].split()
        parents.setdefault(int(fields[1]), []).append(int(entry.name))
    found, queue = [], [pid]
    while queue:
        for child in parents.get(queue.pop(), []):
            found.append(child)
            queue.append(child)
    return found


def memory_kib(pid):
    """(RSS, PSS) in KiB of one process."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def process_name(pid):
    """The executable's file name (comm is cut to 15 characters)."""
    try:
        argv0 = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0].decode()
        return Path(argv0).name or "?"
    except (OSError, UnicodeDecodeError):
        return "?"


def launch(binary, display):
    data_dir = tempfile.mkdtemp(prefix="wabi-bench-")
    env = dict(os.environ, DISPLAY=display, WABI_DATA_DIR=data_dir, WABI_BENCH_STARTUP="1")
    t0 = time.monotonic()
    proc = subprocess.Popen([str(binary)], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    first_render_ms = app_ms = None
    try:
        for line in proc.stdout:
            if line.startswith(READY):
                first_render_ms = (time.monotonic() - t0) * 1000
                app_ms = float(line[len(READY):])
                break
        if first_render_ms is None:
            raise RuntimeError(f"the app exited (code {proc.wait()}) before its first screen")
        time.sleep(2)
        memory = {}
        for pid in [proc.pid] + children_of(proc.pid):
            rss, pss = memory_kib(pid)
            name = "wabi-studio" if pid == proc.pid else process_name(pid)
            total = memory.setdefault(name, [0, 0])
            total[0] += rss
            total[1] += pss
        return first_render_ms, app_ms, memory
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(data_dir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--binary", default=str(ROOT / "target/debug/wabi-studio"))
    args = parser.parse_args()
    binary = Path(args.binary).resolve()
    if not binary.is_file():
        sys.exit(f"{binary} not found: build it first (./dev build)")

    xvfb, display = start_display()
    try:
        launch(binary, display)  # warm-up: page cache, font cache; not counted
        results = []
        for run in range(1, args.runs + 1):
            first, app, memory = launch(binary, display)
            total_rss = sum(v[0] for v in memory.values())
            total_pss = sum(v[1] for v in memory.values())
            results.append((first, app, total_rss, total_pss, memory))
            parts = ", ".join(f"{k} RSS {v[0] / 1024:.0f} MiB PSS {v[1] / 1024:.0f} MiB" for k, v in sorted(memory.items()))
            print(f"run {run}: first render {first:.0f} ms (app clock {app:.0f} ms); "
                  f"total RSS {total_rss / 1024:.0f} MiB, PSS {total_pss / 1024:.0f} MiB [{parts}]")
    finally:
        xvfb.send_signal(signal.SIGTERM)
        xvfb.wait()

    med = lambda i: statistics.median(r[i] for r in results)
    print(f"binary: {binary}")
    print(f"median of {args.runs}: first render {med(0):.0f} ms after process start "
          f"(app clock {med(1):.0f} ms); total RSS {med(2) / 1024:.0f} MiB, total PSS {med(3) / 1024:.0f} MiB")
    names = sorted({n for r in results for n in r[4]})
    for name in names:
        rss = statistics.median(r[4].get(name, [0, 0])[0] for r in results) / 1024
        pss = statistics.median(r[4].get(name, [0, 0])[1] for r in results) / 1024
        print(f"  {name}: RSS {rss:.0f} MiB, PSS {pss:.0f} MiB")


if __name__ == "__main__":
    main()
