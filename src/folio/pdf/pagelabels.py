"""The PDF's page labels (``iii`` in the front matter, ``12`` in the body), from LaTeX's own pass.

hyperref writes ``/PageLabels`` from what the *previous* pass left in the
``.aux``: when the contents grow by a page (an anthology's first pass has
none), the labels are a pass late and latexmk runs xelatex a third time.
Instead, ``folio.sty`` writes each page's number to ``<job>.fpl`` as the page
ships out, and folio writes ``/PageLabels`` from that file with pikepdf
(:func:`set_page_labels`), so the labels are right after any pass.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def shipped_labels(pdf: Path) -> list[str] | None:
    """Each page's label as LaTeX shipped it (``<job>.fpl`` beside ``pdf``), or None without the file."""
    try:
        text = pdf.with_suffix(".fpl").read_text(encoding="utf-8")
    except OSError:
        return None
    return [line.strip() for line in text.splitlines() if line.strip()]


def set_page_labels(document: Any, labels: list[str]) -> None:
    """Write ``labels`` (one per page of the pikepdf ``document``) as its ``/PageLabels`` number tree."""
    import pikepdf

    numbers: list[Any] = []
    previous: tuple[str, int | str] | None = None
    for index, label in enumerate(labels):
        style, value = _style(label)
        if previous and style == previous[0] != "P" and isinstance(value, int) and value == int(previous[1]) + 1:
            previous = (style, value)
            continue
        previous = (style, value)
        entry = pikepdf.Dictionary(P=pikepdf.String(str(value))) if style == "P" else pikepdf.Dictionary()
        if style != "P":
            entry.S = pikepdf.Name(f"/{style}")
            if value != 1:
                entry.St = value
        numbers += [index, entry]
    document.Root.PageLabels = pikepdf.Dictionary(Nums=pikepdf.Array(numbers))


def _style(label: str) -> tuple[str, int | str]:
    """``("D", 12)``, ``("r", 3)``, ``("R", 4)``, or ``("P", label)`` for any other label."""
    if re.fullmatch(r"[1-9]\d*", label):
        return "D", int(label)
    for style, letters in (("r", label), ("R", label.lower())):
        if (style == "r") == label.islower() and re.fullmatch(r"[ivxlcdm]+", letters):
            return style, _roman(letters)
    return "P", label


def _roman(letters: str) -> int:
    values = [_ROMAN[letter] for letter in letters]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
