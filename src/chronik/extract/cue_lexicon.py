"""Reads the cue-word lexicons in `data/cues/*.yml`, which users extend without touching Python."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from chronik.core.datafiles import read_mapping
from chronik.core.errors import ConfigError


@cache
def load_cues(name: str) -> dict[str, Any]:
    """The parsed lexicon `data/cues/<name>.yml`; cached, so callers must not mutate it."""
    return read_mapping(files("chronik") / "data" / "cues" / f"{name}.yml")


def words(name: str, key: str) -> tuple[str, ...]:
    """A list of cue words from lexicon `name`, lower-cased; a missing key is a ConfigError."""
    value = load_cues(name).get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"cue lexicon {name}.yml: '{key}' must be a list of strings")
    return tuple(v.lower() for v in value)
