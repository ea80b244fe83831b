"""The typesetting a book designer signs off, measured on the built PDF.

The chapters' pages are read with ``pdftotext -layout``, cropped to the text
block (:mod:`folio.pdf.geometry`), so each line keeps its indent: a
paragraph's first line is indented by the paragraph indent, and the first
line after a heading is not. On those pages:

* P017: a word hyphenated across a page turn (the page's last line ends in
  a hyphen and the next page goes on in lower case);
* P018: more than :data:`MAX_HYPHENS` consecutive lines ending in a hyphen;
* P019: a widow (a paragraph's last line alone at the top of a page) or an
  orphan (a paragraph's first line alone at the foot of one).

Overfull and loose lines are in the LaTeX log (P004, P005,
:mod:`folio.pdf.latexlog`). ``conf/latex/folio.sty`` sets the penalties
that keep all of these away; these checks say whether they did.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import pikepdf

from folio.diagnostics import Code, Diagnostic, diagnose
from folio.pdf.geometry import text_block
from folio.tools import run

MAX_HYPHENS = 2
_HYPHENATED = re.compile(r"[^\W\d_]-$")
_INDENT = range(2, 8)
"""How many columns deeper than the text's left edge ``pdftotext -layout`` sets a paragraph's first line."""


class Line(NamedTuple):
    page: int
    """The physical page, from 1."""
    indent: int
    text: str


def check_typography(pdf: Path, titles: Sequence[str]) -> list[Diagnostic]:
    """P017–P019 on the pages of the chapters titled ``titles``."""
    pages = body_pages(pdf, titles)
    if not pages:
        return []
    found: list[Diagnostic] = []
    lines = {page: page_lines(pdf, page) for page in pages}
    runs: list[Line] = []
    for page in pages:
        found += page_turn(pdf, lines[page], lines.get(page + 1, []))
        found += widows_and_orphans(pdf, lines[page], lines.get(page + 1, []))
        for line in lines[page]:
            if _HYPHENATED.search(line.text):
                runs.append(line)
                continue
            found += _hyphen_run(pdf, runs)
            runs = []
    return found + _hyphen_run(pdf, runs)


def body_pages(pdf: Path, titles: Sequence[str]) -> list[int]:
    """The physical pages (from 1) of the chapters, from the PDF's outline: the first chapter's
    page up to the page before whatever follows the last chapter (the glossary)."""
    wanted = [" ".join(title.split()) for title in titles]
    with pikepdf.open(pdf) as document:
        pages: dict[object, int] = {page.objgen: number for number, page in enumerate(document.pages, 1)}
        with document.open_outline() as outline:
            items = [(" ".join(str(item.title).split()), _page_of(document, item, pages)) for item in outline.root]
        count = len(document.pages)
    starts = [page for title, page in items if page and any(title.endswith(w) for w in wanted)]
    if not starts:
        return []
    after = [page for _, page in items if page and page > max(starts)]
    return list(range(min(starts), (min(after) if after else count + 1)))


def _page_of(document: pikepdf.Pdf, item: pikepdf.OutlineItem, pages: dict[object, int]) -> int | None:
    destination: object = item.destination
    if destination is None and item.action is not None:
        destination = item.action.get("/D")
    if isinstance(destination, pikepdf.String):
        names = pikepdf.NameTree(document.Root.Names.Dests)
        destination = names.get(str(destination))
        if isinstance(destination, pikepdf.Dictionary):
            destination = destination.get("/D")
    if isinstance(destination, pikepdf.Array) and len(destination):
        return pages.get(destination[0].objgen)
    return None


def page_lines(pdf: Path, page: int) -> list[Line]:
    """The text block's lines of one page, with their indents relative to the text's left edge."""
    size = _page_size(pdf)
    x, y, width, height = text_block(*size)
    crop = ["-x", str(round(x)), "-y", str(round(y)), "-W", str(round(width)), "-H", str(round(height))]
    text = run("pdftotext", ["-layout", "-f", str(page), "-l", str(page), *crop, str(pdf), "-"], place=pdf).stdout
    raw = [line.rstrip() for line in text.replace("\f", "").splitlines() if line.strip()]
    edge = min((len(line) - len(line.lstrip()) for line in raw if len(line.strip()) > 40), default=0)
    return [Line(page, len(line) - len(line.lstrip()) - edge, line.strip()) for line in raw]


def page_turn(pdf: Path, page: list[Line], following: list[Line]) -> list[Diagnostic]:
    if not page or not following:
        return []
    last, first = page[-1], following[0]
    if _HYPHENATED.search(last.text) and first.text[:1].islower():
        word = f"{last.text.split()[-1]}{first.text.split()[0]}"
        return [diagnose(Code.P017, pdf, page=last.page, word=word)]
    return []


def widows_and_orphans(pdf: Path, page: list[Line], following: list[Line]) -> list[Diagnostic]:
    found = []
    if len(page) >= 2 and page[0].indent <= 0 and page[1].indent in _INDENT and page[0].text[:1].islower():
        found.append(diagnose(Code.P019, pdf, page=page[0].page, what="a widow", text=page[0].text))
    ends = (".", "”", '"', "?", "!")
    if (
        page
        and following
        and page[-1].indent in _INDENT
        and following[0].indent <= 0
        and (following[0].text[:1].islower() or not page[-1].text.endswith(ends))
    ):
        found.append(diagnose(Code.P019, pdf, page=page[-1].page, what="an orphan", text=page[-1].text))
    return found


def _hyphen_run(pdf: Path, run_: list[Line]) -> list[Diagnostic]:
    if len(run_) <= MAX_HYPHENS:
        return []
    return [diagnose(Code.P018, pdf, page=run_[0].page, count=len(run_), text=run_[0].text)]


def _page_size(pdf: Path) -> tuple[float, float]:
    info = run("pdfinfo", [str(pdf)], place=pdf).stdout
    found = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.MULTILINE)
    return (float(found[1]), float(found[2])) if found else (432.0, 648.0)
