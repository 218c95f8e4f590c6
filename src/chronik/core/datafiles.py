"""Reading the project's knowledge files: every YAML data file is one mapping, read one way."""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from chronik.core.errors import ConfigError

# libyaml's loader where PyYAML has it (the wheels do): the same data, six times faster than the
# pure-Python one, and every process of a build reads all knowledge files at start.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_mapping(path: Path | Traversable, *, allow_empty: bool = False) -> dict[str, Any]:
    """The mapping a YAML data file holds; a missing, unreadable or non-mapping file is a ConfigError."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError) as err:
        raise ConfigError(f"{path}: {err}") from err
    if data is None and allow_empty:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data
