"""The knowledge files read the same with the fast loader as with PyYAML's pure-Python one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from chronik.core.datafiles import YAML_LOADER, read_mapping
from chronik.core.errors import ConfigError

DATA = Path(__file__).resolve().parents[1] / "src" / "chronik" / "data"


def test_every_data_file_reads_as_the_pure_python_loader_reads_it() -> None:
    files = sorted(DATA.rglob("*.yml"))
    assert len(files) > 20
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=YAML_LOADER) == yaml.load(text, Loader=yaml.SafeLoader), path


def test_a_data_file_must_hold_a_mapping(tmp_path: Path) -> None:
    listed = tmp_path / "list.yml"
    listed.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="expected a mapping"):
        read_mapping(listed)
    broken = tmp_path / "broken.yml"
    broken.write_text("a: [b\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        read_mapping(broken)
    tagged = tmp_path / "tagged.yml"
    tagged.write_text("a: !!python/object:os.system ls\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        read_mapping(tagged)  # a safe loader builds no Python objects
    empty = tmp_path / "empty.yml"
    empty.write_text("", encoding="utf-8")
    assert read_mapping(empty, allow_empty=True) == {}
