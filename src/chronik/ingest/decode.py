"""Bytes to text: gzip layers, byte-order marks, UTF-8 and the legacy encodings German text still
arrives in. Every function is pure; each failure is an `IngestError` naming the input."""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass

from charset_normalizer import from_bytes

from chronik.core.errors import EmptyInput, InputTooLarge, UnreadableInput

GZIP_MAGIC = b"\x1f\x8b"

# Encodings German text realistically comes in when it is not UTF-8: Windows-1252 (by far the
# most common), ISO-8859-15 (latin-9, with the euro sign), ISO-8859-1 and the old DOS code page.
LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "latin_1", "cp850")

# UTF-32 LE starts with the UTF-16 LE mark, so it must be tested first.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# C0 control bytes that never occur in text (tab, newlines, form feed and escape are allowed).
_CONTROL_BYTES = bytes([*range(0, 8), *range(14, 27), *range(28, 32), 127])
_BINARY_SAMPLE = 8192
_MAX_CONTROL_SHARE = 0.1

_LATIN9_DIFFERS = re.compile(b"[\xa6\xa8\xb4\xb8\xbc-\xbe]")
_CHUNK = 1 << 20
_STRAY = re.compile("[\udc80-\udcff]+")


@dataclass(frozen=True)
class Gunzipped:
    """What a gzip stream held; `damage` says why it ended early (None when it is whole)."""

    data: bytes
    damage: str | None = None


def is_gzip(data: bytes) -> bool:
    return data.startswith(GZIP_MAGIC)


def gunzip(data: bytes, source: str, limit: int) -> Gunzipped:
    """Decompress every gzip member; keep what came before a truncation or corruption.

    Decompression stops with `InputTooLarge` as soon as the output passes `limit` bytes, so a
    small compressed file cannot expand into an unbounded one.
    """
    out = bytearray()
    rest = data
    while rest:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        pending = rest
        try:
            while True:
                chunk = inflater.decompress(pending, _CHUNK)
                out += chunk
                if len(out) > limit:
                    raise InputTooLarge(f"decompresses to more than {limit} bytes (max_input_bytes)", source)
                pending = inflater.unconsumed_tail
                if inflater.eof or (not pending and not chunk):
                    break
        except zlib.error as err:
            return Gunzipped(bytes(out), f"damaged gzip data ({err})")
        if not inflater.eof:
            return Gunzipped(bytes(out), "truncated gzip data: the stream ends before its end marker")
        # Concatenated members are one file to gzip; some writers pad the end with zeros.
        rest = inflater.unused_data.lstrip(b"\x00")
        if rest and not is_gzip(rest):
            return Gunzipped(bytes(out), "damaged gzip data (unexpected bytes after the last member)")
    return Gunzipped(bytes(out))


def looks_binary(data: bytes) -> bool:
    """NUL bytes anywhere, or many control bytes near the start: not text in any 8-bit encoding."""
    if b"\x00" in data:
        return True
    sample = data[:_BINARY_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > _MAX_CONTROL_SHARE * len(sample)


def decode_text(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode text exactly (no newline translation); strip a BOM; legacy encodings as fallback.

    Order: a byte-order mark decides; else strict UTF-8; else the declared charset (HTTP header,
    HTML meta); else UTF-8 with a few stray Windows-1252 bytes (files pasted together from two
    sources); else the legacy encoding that reads most like text. Raises `UnreadableInput` for
    binary data and for bytes no candidate explains.
    """
    with_bom = _decode_bom(data, source)
    if with_bom is not None:
        return with_bom
    if not data:
        raise EmptyInput("empty input", source)
    if looks_binary(data):
        raise UnreadableInput("binary content (NUL or control bytes), not text", source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        first_error = err
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    for guess in (_mostly_utf8, _legacy):
        text = guess(data)
        if text is not None:
            return text
    raise UnreadableInput(
        f"not valid UTF-8 (first bad byte at offset {first_error.start}) and no legacy encoding "
        f"({', '.join(LEGACY_ENCODINGS)}) reads it as text",
        source,
    )


def decode_utf8(data: bytes, source: str, line: int | None = None) -> str:
    """Strict decoding for formats that must be Unicode (JSON): a BOM decides, else UTF-8."""
    with_bom = _decode_bom(data, source, line)
    if with_bom is not None:
        return with_bom
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise UnreadableInput(
            f"invalid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})", source, line
        ) from err


def _decode_bom(data: bytes, source: str, line: int | None = None) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                raise UnreadableInput(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"(offset {err.start})",
                    source,
                    line,
                ) from err
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray single bytes: read those bytes as Windows-1252.

    Accepted only when the valid multi-byte UTF-8 characters outnumber the stray bytes, so a
    genuinely legacy-encoded file is left to `_legacy`.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    strays = sum(len(m.group()) for m in _STRAY.finditer(text))
    valid_non_ascii = len(text) - len(text.encode("ascii", "ignore")) - strays
    if valid_non_ascii < strays:
        return None
    try:
        return _STRAY.sub(lambda m: m.group().encode("utf-8", "surrogateescape").decode("cp1252"), text)
    except UnicodeDecodeError:  # a byte cp1252 leaves undefined: not stray text after all
        return None


def _legacy(data: bytes) -> str | None:
    """The legacy encoding under which the bytes read most like text, if any reads well."""
    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        return None
    encoding = best.encoding
    # Byte 0xA4 is the euro sign in ISO-8859-15 and the rare currency sign in cp1252/latin-1; no
    # byte statistics can tell them apart, German news can. Switch only when no other byte that
    # ISO-8859-15 reads differently occurs (0xB4 is the acute accent often typed as apostrophe).
    if encoding in ("cp1252", "latin_1") and b"\xa4" in data and not _LATIN9_DIFFERS.search(data):
        encoding = "iso8859_15"
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None
