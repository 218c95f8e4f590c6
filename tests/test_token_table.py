"""The token table reads what spaCy's tokens say, once per document."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from chronik.nlp.token_table import sentence_start_flags, string_columns, token_table

TEXT = (
    "Die Ministerin Hanna Velt traf am Montag in Korland ihren Amtskollegen.\n\n"
    "Beide sprachen  über die Lage – und unterzeichneten ein Abkommen."
)


def test_every_column_says_what_the_token_says(nlp: Language) -> None:
    doc = nlp(TEXT)
    table = token_table(doc)
    assert table.text == doc.text
    for tok in doc:
        i = tok.i
        assert table.texts[i] == tok.text
        assert table.tags[i] == tok.tag_
        assert table.lemmas[i] == tok.lemma_
        assert table.lowers[i] == tok.lower_
        assert table.lemma_lowers[i] == tok.lemma_.lower()
        assert table.starts[i] == tok.idx
        assert table.end(i) == tok.idx + len(tok.text)
        assert table.spaces[i] == bool(tok.whitespace_)
        assert table.spaces_only[i] == tok.is_space
        assert table.morph(i, "Case") == tok.morph.get("Case", default=[])
        assert table.forms(i) == frozenset({tok.lower_, tok.lemma_.lower()} - {""})


def test_span_text_reads_like_a_slice(nlp: Language) -> None:
    doc = nlp(TEXT)
    table = token_table(doc)
    n = len(doc)
    for start, end in [(0, 3), (4, 4), (2, n), (n - 2, n + 5), (-3, n), (-4, -1), (5, 2)]:
        assert table.span_text(start, end) == doc[start:end].text


def test_one_table_per_doc(nlp: Language) -> None:
    first, second = nlp(TEXT), nlp(TEXT)
    assert token_table(first) is token_table(first)
    assert token_table(second) is not token_table(first)
    assert token_table(second).doc is second


def test_a_word_reads_like_its_token_and_follows_new_labels(nlp: Language) -> None:
    doc = nlp(TEXT)
    words = token_table(doc).words()
    for tok, word in zip(doc, words, strict=True):
        assert (word.i, word.text, word.tag_, word.lemma_, word.lower_, word.idx) == (
            tok.i,
            tok.text,
            tok.tag_,
            tok.lemma_,
            tok.lower_,
            tok.idx,
        )
        assert (word.whitespace_, word.text_with_ws, word.is_space) == (
            tok.whitespace_,
            tok.text_with_ws,
            tok.is_space,
        )
        assert word.morph == tok.morph
        assert word.doc is doc
    doc.ents = [Span(doc, 6, 7, label="LOC")]  # labels set after the words were made
    assert (words[6].ent_type_, words[6].ent_iob_) == ("LOC", "B")
    assert words[2].ent_type_ == ""


def test_positions_are_where_the_form_stands(nlp: Language) -> None:
    doc = nlp("Anna Weber traf Weber. Dann traf Weber die Ministerin.")
    table = token_table(doc)
    for word in {t.text for t in doc} | {"Fehlt"}:
        assert table.positions(word) == [t.i for t in doc if t.text == word], word


def test_string_columns_and_sentence_starts_say_what_the_tokens_say(nlp: Language) -> None:
    doc = nlp(TEXT)
    texts, lemmas = string_columns(doc, ("ORTH", "LEMMA"))
    assert texts == [tok.text for tok in doc]
    assert lemmas == [tok.lemma_ for tok in doc]
    assert string_columns(doc, ("LOWER",)) == [[tok.lower_ for tok in doc]]
    assert sentence_start_flags(doc) == [bool(tok.is_sent_start) for tok in doc]
    assert sum(sentence_start_flags(doc)) == 2
    assert string_columns(nlp.make_doc(""), ("ORTH", "TAG")) == [[], []]
    assert sentence_start_flags(nlp.make_doc("")) == []
