"""Typographic punctuation for our own words (folio.punctuation)."""

from __future__ import annotations

from folio.config import BookConfig
from folio.punctuation import curly


def test_straight_quotes_dashes_and_ellipses_become_typographic() -> None:
    assert curly("Korea's \"war\" -- then... 'quoted'") == "Korea’s “war” – then… ‘quoted’"
    assert curly("Already “typographic” — Korea’s.") == "Already “typographic” — Korea’s."


def test_only_the_prose_fields_of_the_book_change() -> None:
    book = BookConfig(title="Kim's War", description="Korea's troops", slug="kims-war", keywords="a's").typographic()
    assert (book.title, book.description) == ("Kim’s War", "Korea’s troops")
    assert (book.slug, book.keywords) == ("kims-war", "a's")
