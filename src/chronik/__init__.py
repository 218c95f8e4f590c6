"""Chronik: a source-grounded chronicle of who did what to whom, read from German news."""

__version__ = "0.1.0"
