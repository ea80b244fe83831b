"""The print edition's page geometry: the trim's margins and the text block.

One place for the numbers: :mod:`folio.sphinxext.latex` sets the margins in
LaTeX from them, and the text check (:mod:`folio.checks.editions`) reads only
the text block of each page, so running heads and folios between the halves
of a word hyphenated at a page turn are never taken for article text.
"""

from __future__ import annotations

from typing import NamedTuple

from folio.config import BookConfig

_POINTS_PER = {"pt": 1.0, "in": 72.27, "mm": 72.27 / 25.4, "cm": 72.27 / 2.54}
_MAX_MEASURE = 336.0
"""The widest text block (28 pc): about 70 characters a line in the text face."""
HEAD_CLEARANCE = 0.02
"""How far (as a share of the page height) the text block's crop reaches beyond the margins: a line's
ascenders and descenders, never the running head or the folio."""


class Margins(NamedTuple):
    """Page margins in TeX points."""

    inner: float
    outer: float
    top: float
    bottom: float


def to_points(length: str) -> float:
    """A TeX length such as ``6in`` or ``148mm`` in TeX points."""
    for unit, factor in _POINTS_PER.items():
        if length.endswith(unit):
            return float(length[: -len(unit)]) * factor
    raise ValueError(f"unknown unit in {length!r}")


def page_margins(width: float, height: float) -> Margins:
    """Margins for binding: the inner margin two-thirds of the outer one."""
    measure = min(0.72 * width, _MAX_MEASURE)
    spare = width - measure
    return Margins(inner=0.4 * spare, outer=0.6 * spare, top=0.085 * height, bottom=0.115 * height)


def trim_points(book: BookConfig) -> tuple[float, float]:
    """The book's trim (width, height) in PDF points (1/72 in), as a PDF's boxes give it."""
    width, height = book.trim_size
    return to_points(width) * 72 / 72.27, to_points(height) * 72 / 72.27


def text_block(width: float, height: float) -> tuple[float, float, float, float]:
    """The text block of a page ``width`` × ``height`` (any one unit) as (x, y, w, h) from its top left."""
    margins = page_margins(width, height)
    slack = HEAD_CLEARANCE * height / 2
    top = max(0.0, margins.top - slack)
    bottom = height - margins.bottom + slack
    return 0.0, top, width, bottom - top
