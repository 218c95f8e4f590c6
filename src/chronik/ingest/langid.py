"""Which language an article is in, among the few Chronik is asked to handle (py3langid)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import islice

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from chronik.core.errors import ConfigError

# Fewer letters than this and no identifier can tell German from English reliably.
MIN_LETTERS = 20
# Only the start of a long article is read: 1,500 characters decide between the languages asked
# for (on the 877 10kgnad articles the same answers as 5,000, at a third of the time).
MAX_CHARS = 1500
# Among the chosen languages, the winner must hold this share of their joint probability ...
MIN_CONFIDENCE = 0.8
# ... and together they must hold this share of all 200 languages, else the text is in another one.
MIN_SHARE = 0.1


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # The full model, never restricted with set_languages: a restricted model calls Italian English
    # with confidence, and mutating a shared identifier would not be safe across threads.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def release() -> None:
    """Drop the loaded model (about 75 MB); it loads again with the next identification."""
    _identifier.cache_clear()


def detect_language(text: str, languages: Sequence[str] = ("de", "en")) -> str | None:
    """The language of `text` among `languages` (ISO 639-1 codes, or one comma-separated string).

    Returns None when the text is too short, is clearly in another language, or when no language
    of the list stands out.
    """
    wanted = _parse_languages(languages)
    sample = text[:MAX_CHARS]
    if len(list(islice(filter(str.isalpha, sample), MIN_LETTERS))) < MIN_LETTERS:
        return None  # (counted only up to the least that will do)
    probabilities = dict(_identifier().rank(sample))
    unknown = [code for code in wanted if code not in probabilities]
    if unknown:
        raise ConfigError(f"unknown language codes for identification: {', '.join(unknown)}")
    share = sum(probabilities[code] for code in wanted)
    if share < MIN_SHARE:
        return None
    best = max(wanted, key=probabilities.__getitem__)
    return best if probabilities[best] / share >= MIN_CONFIDENCE else None


def _parse_languages(languages: Sequence[str]) -> tuple[str, ...]:
    # A plain string is a Sequence[str] too: "de,en" must not become ("d", "e", ",", ...).
    codes = languages.split(",") if isinstance(languages, str) else languages
    wanted = tuple(dict.fromkeys(code.strip().lower() for code in codes if code.strip()))
    if not wanted:
        raise ConfigError("no languages given for identification")
    return wanted
