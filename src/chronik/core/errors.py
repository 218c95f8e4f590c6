"""One exception tree for Chronik.

ChronikError                 root; catch this to catch everything Chronik raises on purpose
├── ConfigError              a setting or data file is invalid
├── IngestError              one input could not be taken in (batch ingestion logs it and goes on)
│   ├── UnreadableInput      binary, undecodable, truncated or malformed content
│   ├── EmptyInput           nothing left to ingest (empty file, HTML without a body)
│   ├── InputTooLarge        above the configured size limit
│   └── FetchError           a URL or feed could not be fetched (unreachable, slow, too big, HTTP error)
├── NlpError                 the language-analysis backend cannot do what was asked
│   └── MissingAnnotation    a component needs an annotation the chosen backend does not provide
├── StoreError               the knowledge base could not be opened, migrated, written or read in time
├── InvalidQuery             a query's parameters are invalid (unknown type, malformed date, too long)
├── ExtractionError          extraction rules or frame lexicons are inconsistent
└── DocumentTimeout          one document's analysis ran past `document_time_budget` (recorded, the
                             build goes on)
"""

from __future__ import annotations


class ChronikError(Exception):
    """Root of every error Chronik raises on purpose."""


class ConfigError(ChronikError):
    """A setting or a data file is invalid."""


class IngestError(ChronikError):
    """One input could not be ingested; `source` names it and `line` points into it when known."""

    def __init__(self, reason: str, source: str = "", line: int | None = None) -> None:
        self.reason = reason
        self.source = source
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}" if where else reason)


class UnreadableInput(IngestError):
    """Binary, undecodable, truncated or malformed content."""


class EmptyInput(IngestError):
    """Nothing left to ingest."""


class InputTooLarge(IngestError):
    """The input is above the configured size limit."""


class FetchError(IngestError):
    """A URL or feed could not be fetched."""


class NlpError(ChronikError):
    """The language-analysis backend cannot do what was asked."""


class MissingAnnotation(NlpError):
    """A component needs an annotation that the chosen backend does not provide."""


class StoreError(ChronikError):
    """The knowledge base could not be opened, migrated or written."""


class InvalidQuery(ChronikError):
    """A query's parameters are invalid: an unknown event type, a malformed date, a query too long."""


class ExtractionError(ChronikError):
    """Extraction rules or frame lexicons are inconsistent."""


class DocumentTimeout(ChronikError):
    """One document's analysis and extraction took longer than its time budget."""
