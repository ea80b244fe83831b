"""Word-level comparison of an article with an edition's text."""

from __future__ import annotations

from folio.ingest.words import missing_word, words


def test_a_word_hyphenated_at_a_line_end_is_found() -> None:
    assert missing_word(words("the ammunition ran out"), words("the ammu-\nnition ran out")) is None


def test_a_token_broken_over_several_lines_is_found_in_its_pieces() -> None:
    digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    printed = "the hash 9f86d081884c7d65\n9a2feaa0c55ad015a3bf\n4f1b2b0b822cd15d6c15b0f00a08 ends"
    assert missing_word(words(f"the hash {digest} ends"), words(printed)) is None


def test_pieces_must_join_to_the_word_exactly_and_in_order() -> None:
    assert missing_word(words("abcdef ends"), words("abc\ndefg ends")) == 0
    assert missing_word(words("abcdef ends"), words("def abc ends")) == 0
    assert missing_word(words("one two"), words("two one")) == 1
