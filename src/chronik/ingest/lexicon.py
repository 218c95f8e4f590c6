"""German word knowledge for the repairs: how frequent a word is, how it is spelled, what it inflects.

wordfreq gives Zipf frequencies but folds case; German capitalises nouns, so letter case is read
from the case-sensitive word probabilities that spacy-lookups-data ships (`de_lexeme_prob`), and
inflection from its lemma table (`de_lemma_lookup`: word form -> lemma, nouns capitalised).
All are installed dependencies; nothing is fetched. The tables are large, so each is loaded only
when a repair first asks for it, and once per process; the two read from spacy-lookups-data are
kept, filtered, in the user's cache folder, so that later processes read them back instead of
parsing its JSON again.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import os
import pickle
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import wordfreq

from chronik.core.errors import ConfigError

LANGUAGE = "de"
# Case-table entries rarer than this say nothing useful about spelling and cost memory.
_MIN_LOGPROB = -16.5


@cache
def _frequencies() -> dict[str, float]:
    return wordfreq.get_frequency_dict(LANGUAGE, wordlist="best")


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Zipf frequency of a German word (0.0 when wordfreq does not know it)."""
    if word.isalpha():
        # Same value as wordfreq.zipf_frequency (a single alphabetic token is looked up NFC and
        # case folded), without its tokenizer, which costs most of the cleaning time.
        frequency = _frequencies().get(unicodedata.normalize("NFC", word).casefold(), 0.0)
        return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0
    return float(wordfreq.zipf_frequency(word, LANGUAGE))


def _lookups_path(name: str) -> Any:
    try:
        path = resources.files("spacy_lookups_data") / "data" / f"{name}.json.gz"
    except ModuleNotFoundError as err:
        raise ConfigError(f"spacy-lookups-data ({name}) is not installed") from err
    if not path.is_file():
        raise ConfigError(f"spacy-lookups-data ({name}) is not installed")
    return path


def _lookups(name: str) -> dict[str, Any]:
    with _lookups_path(name).open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        table: dict[str, Any] = json.load(handle)
    return table


def cache_folder() -> Path:
    """Where the filtered tables are kept: `$XDG_CACHE_HOME/chronik/lexicon` (`~/.cache/…` without it)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "chronik" / "lexicon"


def _cached(name: str, build: Callable[[dict[str, Any]], dict[str, Any]]) -> dict[str, Any]:
    """`build` of spacy-lookups-data's table `name`, read back from the cache folder when it was
    kept there by a build of the same package version, source file and this module (which holds
    the filter); else built and kept. Reading the pickle back takes a tenth of parsing the JSON
    (the case table: 0.11 against 1.45 s CPU). A folder that cannot be written only costs the time."""
    source = Path(str(_lookups_path(name)))
    key = hashlib.sha1()
    for part in (metadata.version("spacy-lookups-data"), name, str(source.stat().st_size)):
        key.update(part.encode() + b"\0")
    key.update(Path(__file__).read_bytes())
    path = cache_folder() / f"{name}-{key.hexdigest()[:16]}.pickle"
    try:
        with path.open("rb") as handle:
            kept: dict[str, Any] = pickle.load(handle)
        return kept
    except (OSError, pickle.UnpicklingError, EOFError, ValueError):
        pass  # not kept yet, or damaged: build it again
    table = build(_lookups(name))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, written = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return table
    try:
        with os.fdopen(descriptor, "wb") as handle:
            pickle.dump(table, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(written, path)  # whole or not at all, also beside another process
        for older in path.parent.glob(f"{name}-*.pickle"):
            if older != path:
                older.unlink(missing_ok=True)  # kept by another version: 6-10 MB each
    except OSError:
        Path(written).unlink(missing_ok=True)
    return table


def _case_entries(table: dict[str, Any]) -> dict[str, float]:
    return {word: prob for word, prob in table.items() if prob >= _MIN_LOGPROB and word.isalpha()}


def _lemma_entries(table: dict[str, Any]) -> dict[str, str]:
    return {word: lemma for word, lemma in table.items() if word.isalpha()}


@cache
def _case_table() -> dict[str, float]:
    return _cached("de_lexeme_prob", _case_entries)


@cache
def _lemma_table() -> dict[str, str]:
    return _cached("de_lemma_lookup", _lemma_entries)


def lemma(word: str) -> str | None:
    """Lemma of an inflected form (None for forms that are lemmas themselves, and unknown words)."""
    return _lemma_table().get(word)


def spelling_logprob(word: str) -> float | None:
    """Log-probability of exactly this spelling (case-sensitive), None when unseen."""
    return _case_table().get(word)


def lowercase_dominant(word: str, margin: float) -> bool:
    """True when `word` is spelled lowercase at least `margin` log-units more often than capitalised."""
    lower = spelling_logprob(word.lower())
    if lower is None:
        return False
    upper = spelling_logprob(word[:1].upper() + word[1:].lower())
    return upper is None or lower - upper >= margin


def noun_form(word: str, margin: float) -> bool:
    """True when `word`, capitalised, is a noun form: listed with a capitalised lemma, or spelled
    capitalised nearly as often as lowercase (more than sentence-initial use would explain)."""
    capitalised = word[:1].upper() + word[1:]
    listed = lemma(capitalised)
    if listed is not None and listed[:1].isupper():
        return True
    upper = spelling_logprob(capitalised)
    if upper is None:
        return False
    lower = spelling_logprob(word.lower())
    return lower is None or upper >= lower - margin


def verb_form(word: str) -> bool:
    """True when `word` is an inflected verb form or participle (its lemma, or its lemma's, ends in -n)."""
    found = lemma(word)
    if found is not None and found.endswith("t"):
        found = lemma(found) or found
    return found is not None and found != word and found.islower() and found.endswith("n")


def capitalised_dominant(word: str) -> bool:
    """True when the capitalised spelling of `word` is the more frequent one (a noun or a name)."""
    upper = spelling_logprob(word[:1].upper() + word[1:].lower())
    if upper is None:
        return False
    lower = spelling_logprob(word.lower())
    return lower is None or upper > lower


@cache
def _words_by_tail(min_zipf: float) -> dict[str, tuple[str, ...]]:
    # Known words indexed by everything after their first letter, for "?utin"-style lookups.
    index: dict[str, list[str]] = defaultdict(list)
    for word in wordfreq.iter_wordlist(LANGUAGE):
        if zipf(word) < min_zipf:
            break
        if len(word) >= 3 and word.isalpha():
            index[word[1:]].append(word)
    return {tail: tuple(words) for tail, words in index.items()}


def known_words_with_tail(tail: str, min_zipf: float) -> tuple[str, ...]:
    """Known words (lowercase, as wordfreq lists them) that are one letter followed by `tail`."""
    return _words_by_tail(min_zipf).get(tail.lower(), ())


def preload() -> None:
    """Load the word tables now (a server or a benchmark does this before timing anything).

    The index for damaged initials is left to load when first needed: it rarely is.
    """
    _frequencies()
    _case_table()
    _lemma_table()


def release() -> None:
    """Drop the tables loaded so far (about 250 MB); they load again when a repair next asks."""
    for table in (_frequencies, _case_table, _lemma_table, _words_by_tail, zipf):
        table.cache_clear()
    wordfreq.get_frequency_dict.cache_clear()
    wordfreq.get_frequency_list.cache_clear()
