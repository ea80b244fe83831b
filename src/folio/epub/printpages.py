"""The print edition's pages, read from its PDF: each page's label and the words that begin it.

Internal to :mod:`folio.epub.pagebreaks`. The reading PDF and the print interior
have the same pages (:mod:`folio.pdf.pdfx`), so the page breaks of either are
the print edition's. Each page's words are read from its text block only
(:func:`folio.checks.editions.pdf_text`, the text check's own reading), so
running heads and folios never count; its label is the folio printed on it
(the PDF's ``/PageLabels``: ``iii`` in the front matter, ``12`` in the body).

Words are compared as :mod:`folio.ingest.words` splits them, folded to lower
case (small capitals come out of a PDF as capitals), and without numbers and the
``p.``/``pp.`` of page references: those are the parts of a page's text that
differ between editions (the print glossary says "¶ 6 (p. 3)", the EPUB's "p. 3").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from folio.pdf.pagelabels import shipped_labels

_WORD = re.compile(r"[\w\u00ad\u200b\u2060]+(?:[-\u2010][\w\u00ad\u200b\u2060]+)*")
"""A word, hyphenated compounds included: "ill-equipped" is compared as one word, "illequipped", so that it
matches print whether a line breaks at its hyphen or not."""
_LINE_BREAK_HYPHEN = re.compile(r"(\w)[-\u2010]\s*\n\s*(?=\w)")
_SOFT = str.maketrans("", "", "\u00ad\u200b\u2060-\u2010")
_WORD_CHARACTER = re.compile(r"\w+")
_REFERENCE_WORDS = frozenset({"p", "pp"})
_BROKEN = re.compile(r"\w[-\u2010]\s*$")
"""A text that ends with a word broken by a hyphen at the page turn."""


class PrintPage(NamedTuple):
    """One page of the print edition."""

    label: str
    """The folio printed on the page (its PDF page label)."""
    words: tuple[str, ...]
    """The comparable words of its text block, in order (:func:`comparable`)."""
    continued: bool
    """Its first word is the end of a word hyphenated at the foot of the page before."""


@functools.lru_cache(maxsize=1 << 16)
def comparable(word: str) -> str:
    """The form in which a word is compared across editions; empty if it is not compared.

    Cached: a book repeats its words, and both editions' words pass through here.
    """
    folded = "".join(_WORD_CHARACTER.findall(unicodedata.normalize("NFKC", word.translate(_SOFT)).casefold()))
    return "" if folded.isdigit() or folded in _REFERENCE_WORDS else folded


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, comparable form) of each compared word in ``text``, offsets into ``text`` itself."""
    for found in _WORD.finditer(text):
        key = comparable(found.group())
        if key:
            yield found.start(), found.end(), key


def read_print_pages(pdf: Path) -> list[PrintPage]:
    """Every page of ``pdf`` in order: its label and the words of its text block."""
    from folio.checks.editions import pdf_text

    texts = pdf_text(pdf, block_only=True).split("\f")
    pages = []
    for number, label in enumerate(page_labels(pdf)):
        text = texts[number] if number < len(texts) else ""
        broken = 0 < number < len(texts) + 1 and bool(_BROKEN.search(texts[number - 1]))
        pages.append(print_page(label, text, continued=broken))
    return pages


def print_page(label: str, text: str, *, continued: bool) -> PrintPage:
    """The page labelled ``label`` with the text ``text``; ``continued`` if the page before ends mid-word.

    A word hyphenated at a line end is joined again; a word broken at the foot of
    the page is left out (the next page is ``continued``).
    """
    words = [key for _, _, key in word_spans(_LINE_BREAK_HYPHEN.sub(r"\1-", text))]
    if _BROKEN.search(text):
        words = words[:-1]
    return PrintPage(label, tuple(words), continued and bool(words))


def page_labels(pdf: Path) -> list[str]:
    """The label of each page: as LaTeX shipped it (:mod:`folio.pdf.pagelabels`), else what ``/PageLabels``
    says, else its number."""
    import pikepdf

    with pikepdf.open(pdf) as document:
        labels = shipped_labels(pdf)
        if labels and len(labels) == len(document.pages):
            return labels
        return [str(page.label) for page in document.pages]
