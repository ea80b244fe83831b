"""The print edition's settings derived from the book configuration."""

from __future__ import annotations

import pytest

from folio.config import TRIM_SIZES, BookConfig
from folio.sphinxext.latex import (
    CHUNK,
    Source,
    break_points,
    breakable,
    latex_elements,
    page_margins,
    pdf_string,
    tex,
    to_points,
)


@pytest.mark.parametrize("trim", sorted(TRIM_SIZES))
def test_margins_leave_a_readable_measure_and_bind_inner_narrower(trim: str) -> None:
    width, height = (to_points(length) for length in BookConfig(trim=trim).trim_size)
    margins = page_margins(width, height)
    measure = width - margins.inner - margins.outer
    assert margins.inner < margins.outer
    assert 270 <= measure <= 336, measure
    assert margins.top < margins.bottom


def test_lengths_convert_to_tex_points() -> None:
    assert to_points("6in") == pytest.approx(433.62)
    assert to_points("148mm") == pytest.approx(421.10, abs=0.01)
    assert to_points("10pt") == 10


def test_seed_text_is_escaped_for_typesetting_and_for_metadata() -> None:
    assert tex("A & B 100% #1 {x} ~ ^ \\ $5 _") == (
        r"A \& B 100\% \#1 \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{} \$5 \_"
    )
    assert pdf_string("A & B\\") == r"A \Uchar38{} B\textbackslash{}"


def test_elements_carry_the_trim_the_notice_and_the_isbn_only_when_set() -> None:
    book = BookConfig(title="T & U", publisher="P", trim="a5")
    elements = latex_elements(book, ("N 100%",), (Source(1, "S & Co.", "May 2024"),), "June 2025", "Ed")
    assert "paperwidth=148mm,paperheight=210mm" in elements["geometry"]
    assert r"\folionotice{N 100\%}" in elements["preamble"]
    assert r"\foliosource{1}{S \& Co.}{May 2024}" in elements["preamble"]
    assert r"\foliobook{T \& U}" in elements["preamble"]
    assert "folioisbn" not in elements["preamble"]
    with_isbn = latex_elements(book.replace(isbn="978-0-00-000000-2"), (), (), "", "")
    assert r"\folioisbn{978\sphinxhyphen{}0" in with_isbn["preamble"]


def test_a_url_breaks_after_a_slash_and_before_a_full_stop_never_inside_the_double_slash() -> None:
    pieces = breakable("at https://archive.example.org/incidents/2026/index.html?id=7 today")
    assert "".join(pieces) == "at https://archive.example.org/incidents/2026/index.html?id=7 today"
    assert pieces[:4] == ["at https://", "archive", ".example", ".org/"]
    assert not any(piece.endswith(".") or piece.startswith("/") for piece in pieces)


def test_a_hash_breaks_every_few_characters_and_words_are_left_to_hyphenation() -> None:
    digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    pieces = breakable(f"the hash {digest}.")
    assert "".join(pieces) == f"the hash {digest}."
    assert max(len(piece) for piece in pieces[1:]) <= CHUNK + 2
    assert breakable("Donaudampfschiffahrtsgesellschaft and short words") == [
        "Donaudampfschiffahrtsgesellschaft and short words"
    ]
    assert break_points("a-b") == []
