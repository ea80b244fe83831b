"""Page labels written from what LaTeX shipped (folio.pdf.pagelabels), read back as a PDF reader does."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from folio.epub.printpages import page_labels
from folio.pdf.pagelabels import set_page_labels, shipped_labels


@pytest.mark.parametrize(
    "labels",
    [
        ["i", "ii", "iii", "iv", "v", "vi", "1", "2", "3"],
        ["i", "ii", "xiv", "xv", "1", "2", "5", "6"],
        ["Cover", "I", "II", "1", "2", "A-1", "A-2"],
        [str(n) for n in range(1, 1302)],
    ],
    ids=["front-and-body", "gaps", "prefixes-and-capitals", "four-digits"],
)
def test_labels_read_back_as_written(labels: list[str], tmp_path: Path) -> None:
    pdf = tmp_path / "book.pdf"
    with pikepdf.new() as document:
        for _ in labels:
            document.add_blank_page(page_size=(432, 648))
        set_page_labels(document, labels)
        document.save(pdf)
    with pikepdf.open(pdf) as document:
        assert [str(page.label) for page in document.pages] == labels
    assert page_labels(pdf) == labels


def test_the_labels_latex_shipped_are_read_beside_the_pdf(tmp_path: Path) -> None:
    pdf = tmp_path / "book.pdf"
    assert shipped_labels(pdf) is None
    pdf.with_suffix(".fpl").write_text("i\nii\n1\n", encoding="utf-8")
    assert shipped_labels(pdf) == ["i", "ii", "1"]


def test_the_real_book_labels_its_front_matter_in_roman_and_its_body_from_one(pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as document:
        labels = [str(page.label) for page in document.pages]
    body = labels.index("1")
    assert body > 2 and all(label.isalpha() and label.islower() for label in labels[:body])
    assert labels[body:] == [str(n) for n in range(1, len(labels) - body + 1)]
