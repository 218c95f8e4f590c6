"""Handing memory back to the system after large tables are dropped."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc


def trim_heap() -> None:
    """Collect garbage, then return the freed heap pages to the system where the C library can
    (glibc's `malloc_trim`); elsewhere only the collection happens."""
    gc.collect()
    name = ctypes.util.find_library("c")
    try:
        trim = getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    except OSError:
        return
    if trim is not None:
        trim(0)


# Young objects the collector lets pile up before it looks (Python's default: 700). An analysed
# article allocates hundreds of thousands of short-lived containers; collecting every 700 of them
# cost a tenth of a worker's time, most of it walking the loaded pipeline over and over.
COLLECT_AFTER = (10_000, 10, 10)


def settle_loaded() -> None:
    """Call once what a long-running worker loads (pipeline, tables) is loaded: it moves out of the
    garbage collector's sight (`gc.freeze`, never freed while the process lives) and young objects
    are collected less often. What is collected stays the same; only when it is, changes."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*COLLECT_AFTER)
