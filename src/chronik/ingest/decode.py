"""Bytes to text: gzip layers, byte-order marks, UTF-8 and the legacy encodings German text still
arrives in. Every function is pure; each failure is an `IngestError` naming the input."""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass

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

# How German reads: umlauts and ß, and typographic marks where they belong (a low quote opening a
# word, a high one closing it, a dash between spaces, the euro sign). The same bytes read in the
# wrong code page give box-drawing characters, symbols and quotes in the middle of words.
_UMLAUTS = re.compile("[äöüÄÖÜß]")
_GERMAN_MARKS = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[]))[„‚»](?=\w)"
    r"|(?<=[\w.,!?])[“‘”’«](?=[\s.,;:!?)\]]|$)"
    r"|(?<=\s)[–—](?=\s)|[€…]",
    re.MULTILINE,
)
# Other Latin letters, the no-break space and a few signs: possible in German news, no evidence.
_NEUTRAL = re.compile("[À-ÖØ-öø-ÿĀ-ſ\xa0°§]")
# A legacy reading is refused when more than this share of its non-ASCII characters are
# implausible, or when most of the text is non-ASCII (Latin-script text is mostly ASCII).
_MAX_IMPLAUSIBLE_SHARE = 0.2
_MAX_NON_ASCII_SHARE = 0.3
_MAX_PLACES_NAMED = 3


@dataclass(frozen=True)
class Decoded:
    """Text and how it was read; `warning` says what could not be read faithfully (None: all was)."""

    text: str
    encoding: str
    warning: str | None = None


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
    """The text alone of `decode` (which also says when bytes had to be replaced)."""
    return decode(data, source, declared).text


def decode(data: bytes, source: str, declared: str | None = None) -> Decoded:
    """Decode text exactly (no newline translation); strip a BOM; legacy encodings as fallback.

    Order: a byte-order mark decides; else strict UTF-8; else the declared charset (HTTP header,
    HTML meta); else UTF-8 with a few stray Windows-1252 bytes (files pasted together from two
    sources); else the legacy encoding that reads most like German. A byte the chosen encoding
    leaves undefined becomes U+FFFD and the result carries a warning saying where. Raises
    `UnreadableInput` for binary data and for bytes no candidate explains.
    """
    with_bom = _decode_bom(data, source)
    if with_bom is not None:
        return Decoded(with_bom, "bom")
    if not data:
        raise EmptyInput("empty input", source)
    if looks_binary(data):
        raise UnreadableInput("binary content (NUL or control bytes), not text", source)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        first_error = err
    if declared:
        try:
            return Decoded(data.decode(declared), declared)
        except (LookupError, UnicodeDecodeError):
            pass
    for guess in (_mostly_utf8, _legacy):
        decoded = guess(data)
        if decoded is not None:
            return decoded
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


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few stray single bytes: read those bytes as Windows-1252.

    Accepted only when the valid multi-byte UTF-8 characters outnumber the stray bytes, so a
    genuinely legacy-encoded file is left to `_legacy`.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    strays = sum(len(m.group()) for m in _STRAY.finditer(text))
    valid_non_ascii = len(text) - len(text.encode("ascii", "ignore")) - strays
    if valid_non_ascii < strays:
        return None
    before = text.count("\ufffd")
    text = _STRAY.sub(
        lambda m: m.group().encode("utf-8", "surrogateescape").decode("cp1252", errors="replace"), text
    )
    replaced = text.count("\ufffd") - before
    warning = None
    if replaced:
        warning = f"UTF-8 with stray bytes; {replaced} of them undefined in cp1252 became U+FFFD"
    return Decoded(text, "utf-8", warning)


def _legacy(data: bytes) -> Decoded | None:
    """The legacy encoding under which the bytes read most like German, if any reads well.

    A byte the encoding leaves undefined does not rule it out (one odd byte must not switch a
    whole file to a DOS code page): it is read as U+FFFD, counted against the reading, and named
    in the warning.
    """
    scored = []
    for rank, encoding in enumerate(LEGACY_ENCODINGS):
        text = data.decode(encoding, errors="replace")
        plausible, implausible = _german_evidence(text)
        scored.append((plausible - implausible, -rank, encoding, text, implausible))
    _, _, encoding, text, implausible = max(scored)
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if non_ascii > _MAX_NON_ASCII_SHARE * len(text) or implausible > _MAX_IMPLAUSIBLE_SHARE * non_ascii:
        return None
    # Byte 0xA4 is the euro sign in ISO-8859-15 and the rare currency sign in cp1252/latin-1; no
    # byte statistics can tell them apart, German news can. Switch only when no other byte that
    # ISO-8859-15 reads differently occurs (0xB4 is the acute accent often typed as apostrophe).
    if encoding in ("cp1252", "latin_1") and b"\xa4" in data and not _LATIN9_DIFFERS.search(data):
        encoding = "iso8859_15"
        text = data.decode(encoding, errors="replace")
    # Single-byte encodings: a character's index is its byte's offset.
    undefined = [i for i, c in enumerate(text) if c == "\ufffd"] if "\ufffd" in text else []
    if not undefined:
        return Decoded(text, encoding)
    places = ", ".join(f"0x{data[i]:02x} at offset {i}" for i in undefined[:_MAX_PLACES_NAMED])
    more = f" and {len(undefined) - _MAX_PLACES_NAMED} more" if len(undefined) > _MAX_PLACES_NAMED else ""
    warning = (
        f"read as {encoding}; {len(undefined)} byte(s) it leaves undefined became U+FFFD ({places}{more})"
    )
    return Decoded(text, encoding, warning)


def _german_evidence(text: str) -> tuple[int, int]:
    """(plausible, implausible) non-ASCII characters of `text` read as German."""
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if not non_ascii:
        return 0, 0
    umlauts = len(_UMLAUTS.findall(text))
    plausible = umlauts + len(_GERMAN_MARKS.findall(text))
    neutral = len(_NEUTRAL.findall(text)) - umlauts
    return plausible, max(non_ascii - plausible - neutral, 0)
