"""The print cover: ``dist/<slug>-cover.pdf``, one wrap-around page, PDF/X-4 like the interior.

Geometry (:func:`geometry`): back + spine + front, each panel the book's trim
and the spine the interior's page count times the paper's thickness
(:data:`folio.config.PAPERS`), with 0.125 in of bleed on the outside edges.
The ``TrimBox`` is the cover without its bleed.

Design: the EPUB cover's (:mod:`folio.epub.cover`): the same ink ground,
gold rule and frame, and TeX Gyre Pagella, in CMYK. The front has the title,
subtitle and publisher; the spine has the title and publisher when the book
has at least :data:`SPINE_TEXT_PAGES` pages (KDP's rule: thinner spines may
not carry text), set with 0.0625 in clear on each side; the back has the
description from ``book.toml`` and a white area for the barcode, with the
ISBN's EAN-13 drawn there when ``isbn`` is set (python-barcode computes the
bars).

The cover is typeset by xelatex from a small generated document (TikZ, one
pass), then made PDF/X-4 by :mod:`folio.pdf.pdfx`.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from folio.config import PAPERS, BookConfig
from folio.diagnostics import BuildError, Code, fail
from folio.pdf.geometry import trim_points
from folio.tools import Job, Progress, find

BLEED = 0.125 * 72
"""The bleed on the outside edges, in PDF points."""
SPINE_TEXT_PAGES = 80
SPINE_CLEARANCE = 0.0625 * 72
BARCODE_AREA = (2.0 * 72, 1.2 * 72)
"""The clear area for the barcode on the back (width, height), in PDF points."""
INK = (0.54, 0.36, 0.0, 0.77)
PAPER = (0.0, 0.02, 0.07, 0.04)
ACCENT = (0.0, 0.18, 0.53, 0.23)
"""The EPUB cover's colours in CMYK."""
COVER_TIMEOUT = 300


class Geometry(NamedTuple):
    """The cover's measurements in PDF points."""

    panel_width: float
    panel_height: float
    spine: float
    bleed: float

    @property
    def width(self) -> float:
        return 2 * self.panel_width + self.spine + 2 * self.bleed

    @property
    def height(self) -> float:
        return self.panel_height + 2 * self.bleed


def geometry(book: BookConfig, pages: int) -> Geometry:
    """The cover of a book of ``pages`` interior pages on the book's paper."""
    width, height = trim_points(book)
    return Geometry(width, height, pages * PAPERS[book.paper] * 72, BLEED)


def spine_has_text(pages: int) -> bool:
    return pages >= SPINE_TEXT_PAGES


class CoverJob(NamedTuple):
    """The cover, typesetting in the background."""

    job: Job
    folder: Path
    pages: int
    started: float


def start_cover(book: BookConfig, pages: int, folder: Path, env: dict[str, str]) -> CoverJob:
    """Start typesetting the cover for ``pages`` interior pages in ``folder`` (xelatex, in the background)."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "cover.tex"
    source.write_text(cover_tex(book, geometry(book, pages), spine_has_text(pages)), encoding="utf-8")
    command = [find("xelatex"), "-interaction=nonstopmode", "-halt-on-error", "-file-line-error", source.name]
    job = Job(command, folder / "cover.log.txt", "xelatex (cover)", env=env, cwd=folder, timeout=COVER_TIMEOUT)
    return CoverJob(job, folder, pages, time.perf_counter())


def finish_cover(cover: CoverJob, book: BookConfig, output: Path, modified: datetime, progress: Progress) -> Path:
    """Wait for the cover's typesetting and write it, PDF/X-4, to ``output``."""
    from folio.pdf.pdfx import make_pdfx

    cover.job.wait()
    progress(f"folio: pdf: cover typeset in {time.perf_counter() - cover.started:.1f} s")
    shape = geometry(book, cover.pages)
    trim = (shape.bleed, shape.bleed, shape.width - shape.bleed, shape.height - shape.bleed)
    return make_pdfx(cover.folder / "cover.pdf", output, modified, trim=trim)


def make_cover(
    book: BookConfig,
    pages: int,
    folder: Path,
    output: Path,
    env: dict[str, str],
    modified: datetime,
    progress: Progress,
) -> Path:
    """Typeset the cover for ``pages`` interior pages in ``folder`` and write it, PDF/X-4, to ``output``."""
    return finish_cover(start_cover(book, pages, folder, env), book, output, modified, progress)


def cover_tex(book: BookConfig, cover: Geometry, spine_text: bool) -> str:
    """The cover as a LaTeX document: one TikZ picture the size of the page, in big points."""
    w, h, s, b = cover.panel_width, cover.panel_height, cover.spine, cover.bleed
    back, spine, front = b, b + w, b + w + s
    margin = w / 10
    lines = [
        r"\documentclass[tikz,border=0pt]{standalone}",
        r"\usepackage{fontspec}",
        r"\setmainfont{texgyrepagella}[Extension=.otf,UprightFont=*-regular,BoldFont=*-bold,"
        r"ItalicFont=*-italic,BoldItalicFont=*-bolditalic]",
        *(
            rf"\definecolor{{{name}}}{{cmyk}}{{{','.join(f'{v:.2f}' for v in value)}}}"
            for name, value in (("ink", INK), ("paper", PAPER), ("accent", ACCENT))
        ),
        r"\begin{document}",
        r"\hyphenpenalty=10000\exhyphenpenalty=10000",
        r"\begin{tikzpicture}[x=1bp,y=1bp,every node/.style={inner sep=0pt,outer sep=0pt}]",
        rf"\fill[ink] (0,0) rectangle ({cover.width:.2f},{cover.height:.2f});",
        # The front: frame, title, rule, subtitle, publisher (the EPUB cover's layout).
        rf"\draw[accent,line width=2.2bp] ({front + margin / 2:.2f},{b + margin / 2:.2f}) rectangle "
        rf"({front + w - margin / 2:.2f},{b + h - margin / 2:.2f});",
        rf"\node[anchor=north,text width={w - 2 * margin:.2f}bp,align=center,text=paper,font=\bfseries"
        rf"\fontsize{{{w / 12:.1f}}}{{{w / 10:.1f}}}\selectfont] (title) at ({front + w / 2:.2f},{b + h * 0.76:.2f})"
        rf" {{{tex(book.title)}}};",
        rf"\draw[accent,line width=2.2bp] ([yshift=-{h * 0.03:.2f}bp]title.south) ++(-{w * 0.1:.2f},0)"
        rf" -- ++({w * 0.2:.2f},0);",
    ]
    if book.subtitle:
        lines.append(
            rf"\node[anchor=north,text width={w - 2 * margin:.2f}bp,align=center,text=paper,font=\itshape"
            rf"\fontsize{{{w / 24:.1f}}}{{{w / 18:.1f}}}\selectfont] at ([yshift=-{h * 0.07:.2f}bp]title.south)"
            rf" {{{tex(book.subtitle)}}};"
        )
    if book.publisher:
        lines.append(
            rf"\node[anchor=south,text=paper,font=\fontsize{{{w / 28:.1f}}}{{{w / 22:.1f}}}\selectfont]"
            rf" at ({front + w / 2:.2f},{b + margin:.2f}) {{{tex(book.publisher)}}};"
        )
    if spine_text:
        size = min(s - 2 * SPINE_CLEARANCE, 14.0)
        label = " · ".join(tex(part) for part in (book.title, book.publisher) if part)
        lines.append(
            rf"\node[rotate=-90,text=paper,font=\fontsize{{{size:.1f}}}{{{size:.1f}}}\selectfont]"
            rf" at ({spine + s / 2:.2f},{b + h / 2:.2f}) {{{label}}};"
        )
    description = book.description or book.subtitle
    if description:
        lines.append(
            rf"\node[anchor=north west,text width={w - 2 * margin:.2f}bp,align=justify,text=paper,"
            rf"font=\fontsize{{11}}{{15}}\selectfont] at ({back + margin:.2f},{b + h - 1.5 * margin:.2f})"
            rf" {{{tex(description)}}};"
        )
    lines += barcode_area(book, back + w - margin - BARCODE_AREA[0], b + margin)
    lines += [r"\end{tikzpicture}", r"\end{document}", ""]
    return "\n".join(lines)


def barcode_area(book: BookConfig, x: float, y: float) -> list[str]:
    """The white area for the barcode and, with an ISBN, its EAN-13 bars and digits."""
    width, height = BARCODE_AREA
    drawn = [rf"\fill[white] ({x:.2f},{y:.2f}) rectangle ({x + width:.2f},{y + height:.2f});"]
    digits = book.isbn.replace("-", "").replace(" ", "")
    if not digits:
        return drawn
    import barcode  # type: ignore[import-untyped]  # python-barcode ships no type information

    pattern = barcode.get("ean13", digits).build()[0]
    module = (width - 20) / len(pattern)
    bar_bottom, bar_top = y + 18, y + height - 10
    for index, bit in enumerate(pattern):
        if bit == "1":
            left = x + 10 + index * module
            drawn.append(rf"\fill[black] ({left:.3f},{bar_bottom:.2f}) rectangle ({left + module:.3f},{bar_top:.2f});")
    drawn.append(
        rf"\node[anchor=south,text=black,font=\fontsize{{8}}{{9}}\selectfont] at ({x + width / 2:.2f},{y + 5:.2f})"
        rf" {{ISBN {tex(book.isbn_printed)}}};"
    )
    return drawn


_SPECIALS = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
    "^": r"\^{}", "_": r"\_", "%": r"\%", "~": r"\textasciitilde{}",
}  # fmt: skip


def tex(text: str) -> str:
    """Book text for the cover's LaTeX, its special characters made literal."""
    return "".join(_SPECIALS.get(char, char) for char in " ".join(text.split()))


def page_count(pdf: Path) -> int:
    """The interior's page count."""
    import pikepdf

    try:
        with pikepdf.open(pdf) as document:
            return len(document.pages)
    except (pikepdf.PdfError, OSError) as error:
        raise fail(BuildError, Code.P009, pdf, reason=error) from None
