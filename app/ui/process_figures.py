"""Figures about this process for the smoke test: seconds since it started and resident memory."""

from __future__ import annotations

import os
import sys
import time

_IMPORTED_AT = time.time()


def seconds_since_process_start() -> float:
    """Wall seconds since the OS started this process (Linux: /proc; elsewhere: since this import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        ticks = os.sysconf("SC_CLK_TCK")
        uptime = time.clock_gettime(time.CLOCK_BOOTTIME)
        return max(0.0, uptime - start_ticks / ticks)
    except (OSError, ValueError, IndexError, AttributeError):
        return time.time() - _IMPORTED_AT


def rss_mb() -> float:
    """Resident set size in MiB (peak RSS where the current one is not available)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
