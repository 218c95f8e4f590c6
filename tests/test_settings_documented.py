"""Every setting is documented in docs/settings.md, with its environment variable and default."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chronik.core.settings import Settings

DOC = Path(__file__).resolve().parents[1] / "docs" / "settings.md"


def _sections() -> dict[str, str]:
    """Body of each `### \\`name\\`` section of the settings page."""
    text = DOC.read_text(encoding="utf-8")
    parts = re.split(r"^### `([a-z_]+)`\s*$", text, flags=re.MULTILINE)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


@pytest.mark.parametrize("name, default, help_text", Settings.describe())
def test_setting_is_documented(name: str, default: object, help_text: str) -> None:
    sections = _sections()
    assert name in sections, f"docs/settings.md has no section for the setting {name!r}"
    body = sections[name]
    assert f"`CHRONIK_{name.upper()}`" in body
    shown = "empty" if default == "" else f"`{default}`"
    assert f"Default: {shown}" in body, f"the default of {name} in docs/settings.md is not {default!r}"


def test_no_section_documents_a_setting_that_does_not_exist() -> None:
    known = {name for name, _, _ in Settings.describe()}
    assert set(_sections()) <= known
