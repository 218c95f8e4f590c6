"""Document identity: the same text gets the same id; the same story retold is a near-duplicate."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from chronik.ingest.clean import clean_text
from chronik.ingest.identity import (
    BANDS,
    content_hash,
    document_id,
    lsh_bands,
    minhash_signature,
    signature_similarity,
)

SEEDS = sorted((Path(__file__).resolve().parents[1] / "examples" / "seeds").glob("*.txt"))


def seed(prefix: str) -> str:
    return next(p for p in SEEDS if p.name.startswith(prefix)).read_text(encoding="utf-8")


def shares_band(a: bytes, b: bytes) -> bool:
    return bool(set(lsh_bands(a)) & set(lsh_bands(b)))


def test_hash_ignores_case_unicode_form_and_spacing() -> None:
    a = "Die Regierung  tagt in Köln.\n\nMehr folgt."
    b = " die REGIERUNG tagt in Ko\u0308ln. Mehr\tfolgt. "  # decomposed ö
    assert content_hash(a) == content_hash(b)
    assert re.fullmatch(r"[0-9a-f]{64}", content_hash(a))
    assert document_id(a) == document_id(b) == "d" + content_hash(a)[:15]


def test_hash_tells_different_texts_apart() -> None:
    assert content_hash("Der Senat tagt.") != content_hash("Der Senat tagte.")
    assert document_id("Der Senat tagt.") != document_id("Der Senat tagte.")


def test_signature_is_stable_and_fixed_size() -> None:
    text = seed("003")
    assert minhash_signature(text) == minhash_signature(text)
    assert len(minhash_signature(text)) == 512
    assert signature_similarity(minhash_signature(text), minhash_signature(text)) == 1.0
    assert len(lsh_bands(minhash_signature(text))) == BANDS


def test_signature_values_never_change() -> None:
    # Knowledge bases store signatures: the values must stay those datasketch 2's affine32 MinHash
    # (num_perm 128, seed 1) gave when these digests were taken with it.
    text = "Die Ministerin eröffnete am Montag in Wellbach eine neue Brücke über den Fluss."
    signature = minhash_signature(text)
    assert signature[:16].hex() == "ef215b11dada450f409085046d0ff468"
    assert hashlib.sha256(signature).hexdigest() == (
        "d135d1f8ea6feaba428d09d81d0d5e6afeabba59c6f21877933a14e4d4dcc2aa"
    )
    assert minhash_signature("") == b"\xff" * 512  # no shingles: every value at its maximum


def test_same_wire_story_with_other_boilerplate_and_one_changed_sentence_is_near_duplicate() -> None:
    story = seed("003")
    lines = story.split("\n")
    edited = [
        "Tags: Nordkorea, Russland",
        *lines[:6],
        "Am Samstag besuchte er in Wladiwostok einen Flughafen, wo er neue Bomber besichtigte.",
        *lines[7:-3],
        "Kommentare (4)",
        "Artikel teilen",
    ]
    a = minhash_signature(clean_text(story).text)
    b = minhash_signature(clean_text("\n".join(edited)).text)
    assert signature_similarity(a, b) >= 0.8
    assert shares_band(a, b)


@pytest.mark.parametrize(("first", "second"), [("002", "003"), ("000", "004"), ("001", "003")])
def test_different_stories_are_not_near_duplicates(first: str, second: str) -> None:
    # The seeds all report the same summit, so they share names and phrases: a hard case.
    a = minhash_signature(clean_text(seed(first)).text)
    b = minhash_signature(clean_text(seed(second)).text)
    assert signature_similarity(a, b) < 0.3
    assert not shares_band(a, b)


def test_similarity_rejects_a_foreign_signature() -> None:
    with pytest.raises(ValueError):
        signature_similarity(b"\x00" * 8, minhash_signature("Ein Text."))


def test_short_and_empty_texts_have_signatures() -> None:
    assert signature_similarity(minhash_signature("Hallo Welt"), minhash_signature("hallo  welt")) == 1.0
    assert signature_similarity(minhash_signature(""), minhash_signature("Hallo Welt")) == 0.0
