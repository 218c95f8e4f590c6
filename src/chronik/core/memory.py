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
