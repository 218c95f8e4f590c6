"""Document identity: an exact content hash, and MinHash signatures that find near-duplicates.

The same wire story reaches Chronik many times, with other boilerplate, a changed sentence, other
spacing. `content_hash` catches copies that differ only in case, Unicode form and whitespace;
`minhash_signature` estimates the Jaccard similarity of word 3-shingles, and `lsh_bands` gives
band keys for a SQLite index (candidates share a band key; `signature_similarity` confirms them).

Banding: 21 bands of 6 rows (126 of the 128 hash values). A pair with Jaccard similarity s shares
at least one band with probability 1 - (1 - s**6)**21: 0.998 at s = 0.8, 0.93 at s = 0.7,
0.63 at s = 0.6, 0.08 at s = 0.4.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache

import numpy as np

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # signatures are stored: this scheme, and no other, forever (see minhash_signature)
SHINGLE_WORDS = 3
BANDS = 21
ROWS = 6
_DTYPE = np.dtype("<u4")
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFC, case folded, whitespace collapsed to single spaces, trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text).casefold()).strip()


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def document_id(text: str) -> str:
    """Short stable id of a text: "d" and the first 15 hex digits of its content hash."""
    return "d" + content_hash(text)[:15]


def shingles(text: str) -> set[bytes]:
    """Word 3-shingles of the normalised text (the whole text when it is shorter)."""
    words = _WORD.findall(normalise(text))
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - 2)}


def minhash_signature(text: str) -> bytes:
    """MinHash of the text's word shingles: 128 little-endian uint32 values (512 bytes).

    The scheme of datasketch 2's `MinHash(num_perm=128, seed=1, scheme="affine32")`, whose
    signatures earlier knowledge bases store: each shingle's 32-bit SHA-1 prefix, mixed by the
    MurmurHash3 finalizer, through 128 affine maps h -> a*h + b mod 2^32 (odd a; a and b drawn from
    numpy's RandomState(seed)); a signature value is the minimum over the shingles. Written out here
    so that ingestion does not load datasketch and SciPy (about 60 MB) for twenty lines."""
    values = sorted(shingles(text))
    if not values:
        return np.full(NUM_PERM, np.iinfo(_DTYPE).max, dtype=_DTYPE).tobytes()
    prefixes = b"".join(hashlib.sha1(v).digest()[:4] for v in values)
    hv = np.frombuffer(prefixes, dtype=_DTYPE).astype(np.uint32).reshape(-1, 1)
    hv = _fmix32(hv)
    a, b = _permutations()
    return np.asarray((hv * a + b).min(axis=0), dtype=_DTYPE).tobytes()


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (wrapping arithmetic on uint32)."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _values(signature: bytes) -> np.ndarray:
    values = np.frombuffer(signature, dtype=_DTYPE)
    if values.size != NUM_PERM:
        raise ValueError(f"a signature has {NUM_PERM} values, this one {values.size}")
    return values


def signature_similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets (share of equal hash values)."""
    return float(np.count_nonzero(_values(a) == _values(b))) / NUM_PERM


def lsh_bands(signature: bytes) -> list[str]:
    """One key per band ("07:1f3a…"); two texts are near-duplicate candidates when a key is shared."""
    values = _values(signature)
    keys = []
    for band in range(BANDS):
        rows = values[band * ROWS : (band + 1) * ROWS].tobytes()
        keys.append(f"{band:02d}:{hashlib.blake2b(rows, digest_size=8).hexdigest()}")
    return keys
