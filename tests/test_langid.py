"""Language identification among the configured languages, and None when unclear."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from chronik.core.errors import ConfigError
from chronik.ingest.langid import detect_language

GERMAN = [
    "Der Bundestag hat am Donnerstag über das neue Heizungsgesetz abgestimmt.",
    "Nach Angaben der Polizei wurden bei dem Unfall auf der A7 drei Menschen verletzt.",
    "Die Ministerin kündigte an, die Gespräche mit den Gewerkschaften fortzusetzen.",
]
ENGLISH = [
    "The parliament voted on the new heating law on Thursday, officials said.",
    "According to the police, three people were injured in the accident on the motorway.",
    "The minister announced that talks with the unions would continue next week.",
]
OTHER = [
    "Il presidente ha incontrato il cancelliere giovedì a Roma per discutere della crisi.",
    "Le président a rencontré le chancelier jeudi à Paris pour parler de la situation.",
    "De minister-president heeft donderdag de kanselier ontmoet in Den Haag voor overleg.",
]


@pytest.mark.parametrize("text", GERMAN)
def test_german(text: str) -> None:
    assert detect_language(text) == "de"


@pytest.mark.parametrize("text", ENGLISH)
def test_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", OTHER)
def test_a_language_outside_the_list_is_none(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize("text", ["", "Berlin", "OK, gut.", "12.09.2023 – 14:30 Uhr", "Kim Jong-un"])
def test_too_short_is_none(text: str) -> None:
    assert detect_language(text) is None


def test_languages_as_a_comma_separated_setting() -> None:
    assert detect_language(GERMAN[0], "de, en") == "de"
    assert detect_language(ENGLISH[0], "en") == "en"
    assert detect_language(GERMAN[0], ["en"]) is None  # German is not among the choices
    assert detect_language(OTHER[0], ("de", "it")) == "it"


def test_unknown_or_no_language_code_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="xx"):
        detect_language(GERMAN[0], ("de", "xx"))
    with pytest.raises(ConfigError):
        detect_language(GERMAN[0], "")


def test_german_sentences_of_ud(corpora_dir: Path) -> None:
    sentences = []
    with gzip.open(corpora_dir / "ud-german" / "de_gsd-ud-test.conllu.gz", "rt", encoding="utf-8") as lines:
        sentences = [line[9:].strip() for line in lines if line.startswith("# text = ")]
    long = [s for s in sentences if len(s) >= 80]
    found = [detect_language(s) for s in long]
    assert len(long) > 300
    assert found.count("de") >= 0.99 * len(long) and "en" not in found
