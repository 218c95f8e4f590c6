"""One settings object: each setting is defined once here (name, default, help) and read by the CLI,
the library and the tests alike. Values come from defaults, then `CHRONIK_<NAME>` environment
variables, then explicit overrides (CLI options)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any

from chronik.core.errors import ConfigError


def setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """Every tunable of Chronik. `docs/settings.md` documents each one (a test checks it)."""

    db: str = setting("chronik.db", "Path of the SQLite knowledge base.")
    nlp_backend: str = setting(
        "chronik-de",
        "German analysis pipeline: 'chronik-de' (shipped) or any installed spaCy pipeline name or path.",
    )
    nlp_processes: int = setting(
        0,
        "Worker processes for analysis and extraction; 0: one per CPU core when a build has at least "
        "100 documents to analyse, else none (the build's own process).",
    )
    nlp_batch_size: int = setting(
        8,
        "Documents per batch for language analysis (a batch holds at most this many news articles' "
        "worth of text, about 4,000 characters each); larger batches are no faster and hold more memory.",
    )
    dependency_parser: bool = setting(
        False,
        "Run the pipeline's dependency parser, if it has one (the shipped pipeline has none; off, it is "
        "removed unless it alone sets sentence starts); events then read a phrase's core slot (subject, "
        "dative, accusative) from its UD relation to the trigger verb besides its case and order.",
    )
    analysis_window_chars: int = setting(
        20_000,
        "Texts longer than this many characters are analysed and read in windows of about this size, "
        "cut at paragraph or sentence ends (offsets kept), so cost stays linear in an article's length.",
    )
    document_time_budget: float = setting(
        300.0,
        "Seconds one document's extraction (and its analysis, when analysed alone) may take before it "
        "is recorded as failed and the build moves on (0: no limit).",
    )
    max_input_bytes: int = setting(50_000_000, "Inputs larger than this many bytes are skipped.")
    http_timeout: float = setting(15.0, "Seconds before a URL or feed request is abandoned.")
    http_max_bytes: int = setting(10_000_000, "Responses larger than this many bytes are refused.")
    fetch_allowed_addresses: str = setting(
        "any",
        "Addresses URLs, redirects and feed links may lead to, checked after DNS resolution: 'any', or "
        "a comma-separated list of public, private, loopback, link-local and CIDR networks.",
    )
    user_agent: str = setting(
        "Chronik/0.1 (+https://example.org/chronik; news event extraction)",
        "User-Agent header sent with every request.",
    )
    text_field: str = setting("text", "JSON/JSONL/CSV field (or column) holding the article text.")
    title_field: str = setting("title", "JSON/JSONL/CSV field holding the title.")
    url_field: str = setting("url", "JSON/JSONL/CSV field holding the URL.")
    published_field: str = setting("published", "JSON/JSONL/CSV field holding the publication date.")
    language_field: str = setting("language", "JSON/JSONL/CSV field holding the language code.")
    source_field: str = setting("source", "JSON/JSONL/CSV field naming the source (outlet).")
    csv_delimiter: str = setting("", "CSV delimiter; empty means detect it.")
    near_duplicate_threshold: float = setting(
        0.8, "Estimated Jaccard similarity of word shingles above which two documents are near-duplicates."
    )
    languages: str = setting("de,en", "Languages the language identifier chooses among (comma-separated).")
    query_time_limit: float = setting(
        2.0, "Seconds a read query of the API or web pages may run before it is abandoned."
    )
    max_query_chars: int = setting(
        500, "Search and filter queries longer than this many characters are refused."
    )
    api_token: str = setting(
        "", "Bearer token that POST /api/documents requires; empty disables writing through the API."
    )
    api_fetch_allowed_addresses: str = setting(
        "public",
        "Addresses POST /api/documents may fetch URLs from (redirects included), in the syntax of "
        "fetch_allowed_addresses; the default keeps the API out of the server's own network.",
    )

    @classmethod
    def load(cls, **overrides: Any) -> Settings:
        """Defaults, then CHRONIK_* environment variables, then non-None overrides."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            env = os.environ.get(f"CHRONIK_{f.name.upper()}")
            if env is not None:
                values[f.name] = _coerce(f.name, env, type(f.default))
        for name, value in overrides.items():
            if name not in {f.name for f in fields(cls)}:
                raise ConfigError(f"unknown setting {name!r}")
            if value is not None:
                values[name] = value
        return replace(cls(), **values)

    @classmethod
    def describe(cls) -> list[tuple[str, Any, str]]:
        """(name, default, help) of every setting, for documentation and `chronik settings`."""
        return [(f.name, f.default, f.metadata["help"]) for f in fields(cls)]


def _coerce(name: str, text: str, kind: type) -> Any:
    try:
        if kind is bool:
            return text.strip().lower() in {"1", "true", "yes", "on"}
        return kind(text)
    except ValueError as err:
        raise ConfigError(f"CHRONIK_{name.upper()}={text!r} is not a valid {kind.__name__}") from err
