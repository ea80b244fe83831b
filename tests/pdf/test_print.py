"""The print edition a print-on-demand service gets: the PDF/X-4 interior and cover, preflight, typography.

The interior and cover are the real book's, from the session's build
(``make test`` runs ``make all`` first). Preflight and the typography
checks are also run on PDFs made broken on purpose, one per code.
"""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest

from folio.config import BookConfig, load
from folio.diagnostics import Code, InputError
from folio.pdf.cover import BLEED, geometry, make_cover, page_count
from folio.pdf.preflight import preflight
from folio.pdf.typography import Line, _hyphen_run, check_typography, page_turn, widows_and_orphans

TRADE = (432.0, 648.0)
"""The trade trim, 6 × 9 in, in PDF points."""


@pytest.fixture(scope="module")
def interior(dist: Path, book: BookConfig) -> Path:
    return dist / f"{book.slug}-print.pdf"


@pytest.fixture(scope="module")
def cover(dist: Path, book: BookConfig) -> Path:
    return dist / f"{book.slug}-cover.pdf"


def test_the_interior_is_pdfx4_with_an_output_intent(interior: Path) -> None:
    with pikepdf.open(interior) as document:
        assert str(document.docinfo.GTS_PDFXVersion) == "PDF/X-4"
        assert document.docinfo.Trapped == pikepdf.Name.False_
        [intent] = document.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFX and intent.DestOutputProfile.N == 4
        assert str(intent.OutputConditionIdentifier) == "FOGRA39"
        with document.open_metadata() as meta:
            assert meta["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        assert "/ID" in document.trailer


def test_every_interior_page_is_trimmed_to_the_trade_size_and_has_no_annotation(interior: Path) -> None:
    with pikepdf.open(interior) as document:
        for page in document.pages:
            assert [float(v) for v in page.obj.TrimBox] == [0.0, 0.0, *TRADE]
            assert [float(v) for v in page.obj.BleedBox] == [float(v) for v in page.mediabox]
            assert "/Annots" not in page.obj
        assert "/Outlines" not in document.Root and "/OpenAction" not in document.Root


def test_the_interior_has_the_reading_pdfs_pages(interior: Path, pdf_path: Path) -> None:
    with pikepdf.open(interior) as printed, pikepdf.open(pdf_path) as reading:
        assert len(printed.pages) == len(reading.pages)
        for one, other in zip(printed.pages, reading.pages, strict=True):
            assert content(one) == content(other)


def content(page: pikepdf.Page) -> bytes:
    streams = page.obj.Contents
    return b"".join(s.read_bytes() for s in (streams if isinstance(streams, pikepdf.Array) else [streams]))


def fonts(pdf: Path) -> list[list[str]]:
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    return [line.split() for line in lines[2:] if line.strip()]


@pytest.mark.parametrize("which", ["interior", "cover"])
def test_every_font_is_embedded_and_no_colour_is_rgb(which: str, request: pytest.FixtureRequest) -> None:
    pdf: Path = request.getfixturevalue(which)
    found = fonts(pdf)
    assert found and all(row[-5] == "yes" and row[-4] == "yes" for row in found), found
    with pikepdf.open(pdf) as document:
        for page in document.pages:
            operators = {str(i.operator) for i in pikepdf.parse_content_stream(page)}
            assert not operators & {"rg", "RG"}
    assert preflight(pdf, TRADE if which == "interior" else None) == []


def test_the_cover_is_one_wrap_page_with_bleed_and_a_spine_for_the_page_count(
    cover: Path, interior: Path, book: BookConfig
) -> None:
    pages = page_count(interior)
    with pikepdf.open(cover) as document:
        [page] = document.pages
        media = [float(v) for v in page.mediabox]
        trim = [float(v) for v in page.obj.TrimBox]
    spine = pages * 0.002252 * 72
    assert media[2] == pytest.approx(2 * TRADE[0] + spine + 2 * BLEED, abs=0.1)
    assert media[3] == pytest.approx(TRADE[1] + 2 * BLEED, abs=0.1)
    assert trim == pytest.approx([BLEED, BLEED, media[2] - BLEED, media[3] - BLEED], abs=0.1)
    assert media[2] > 2 * TRADE[0]
    text = subprocess.run(["pdftotext", str(cover), "-"], capture_output=True, text=True, check=True).stdout
    assert book.title in " ".join(text.split()) and book.publisher in text


def test_a_cream_book_has_a_wider_spine() -> None:
    white, cream = geometry(BookConfig(paper="white"), 300), geometry(BookConfig(paper="cream"), 300)
    assert white.spine == pytest.approx(300 * 0.002252 * 72) and cream.spine == pytest.approx(300 * 0.0025 * 72)


def test_an_isbn_gets_its_barcode_and_a_wrong_check_digit_is_refused(tmp_path: Path, root: Path) -> None:
    book = load(root / "book" / "book.toml").replace(isbn="9780306406157")  # printed hyphenated
    made = make_cover(
        book, 120, tmp_path / "cover", tmp_path / "cover.pdf", {}, datetime(2025, 1, 1, tzinfo=UTC), print
    )
    text = subprocess.run(["pdftotext", str(made), "-"], capture_output=True, text=True, check=True).stdout
    assert "ISBN 978-0-306-40615-7" in text
    assert "Allies of Convenience · Folio Editions" in text, "a 120-page spine carries its title"
    assert preflight(made) == []
    with pytest.raises(InputError) as refused:
        (tmp_path / "book.toml").write_text('[book]\ntitle = "T"\npublisher = "P"\nisbn = "978-0-306-40615-8"\n')
        load(tmp_path / "book.toml")
    assert "B006 the book configuration field 'isbn' has the check digit 8, but its digits give 7" in str(refused.value)


def broken(source: Path, folder: Path, damage: str) -> Path:
    """A copy of the print interior with one PDF/X requirement broken."""
    target = folder / f"{damage}.pdf"
    with pikepdf.open(source) as document:
        page = document.pages[0]
        if damage == "rgb":
            page.contents_add(pikepdf.Stream(document, b"1 0 0 rg 0 0 10 10 re f"), prepend=False)
        elif damage == "transparency":
            state = pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, ca=0.5)
            page.obj.Resources.ExtGState = pikepdf.Dictionary(GSfade=state)
        elif damage == "annotation":
            link = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 10, 10])
            page.obj.Annots = pikepdf.Array([document.make_indirect(link)])
        elif damage == "no-trim":
            del page.obj.TrimBox
        elif damage == "not-pdfx":
            del document.docinfo.GTS_PDFXVersion
        elif damage == "unembedded-font":
            font = pikepdf.Dictionary(
                Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
            )
            page.obj.Resources.Font = pikepdf.Dictionary(FHelv=font)
            page.contents_add(pikepdf.Stream(document, b"BT /FHelv 9 Tf 20 20 Td (x) Tj ET"), prepend=False)
        document.save(target)
    return target


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        ("rgb", "P014 page 1: the RGB colour operator rg; a print PDF may use only grey or CMYK colour"),
        ("transparency", "P016 page 1: transparency: the alpha of /GSfade"),
        ("annotation", "P015 page 1 has 1 annotation(s); a print PDF has nothing interactive"),
        ("no-trim", "P012 page 1: it has no TrimBox"),
        ("not-pdfx", "P011 not PDF/X: the GTS_PDFXVersion key is missing"),
        ("unembedded-font", "P013 the font Helvetica is not embedded"),
    ],
)
def test_preflight_names_each_broken_requirement(interior: Path, tmp_path: Path, damage: str, expected: str) -> None:
    findings = [str(d) for d in preflight(broken(interior, tmp_path, damage), TRADE)]
    assert any(expected in finding for finding in findings), findings


def test_preflight_reads_a_file_that_is_not_a_pdf_as_a_finding(tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a PDF")
    [finding] = preflight(fake)
    assert finding.code is Code.P009


def test_the_real_books_chapters_pass_the_typography_checks(pdf_path: Path, seeds: list) -> None:
    assert check_typography(pdf_path, [seed.sidecar.title for seed in seeds]) == []


def test_typography_names_a_page_turn_hyphen_a_hyphen_ladder_a_widow_and_an_orphan() -> None:
    pdf = Path("book.pdf")
    turn = page_turn(pdf, [Line(4, 0, "the strike was called off by the prepa-")], [Line(5, 0, "ration committee")])
    assert [str(d) for d in turn] == [
        "book.pdf: P017 page 4: 'prepa-ration' is hyphenated across the page turn; conf/latex/folio.sty's"
        " \\brokenpenalty forbids it (was it changed?)"
    ]
    ladder = _hyphen_run(pdf, [Line(7, 0, f"line {n} ends in a hy-") for n in range(3)])
    assert [d.code for d in ladder] == [Code.P018] and "3 lines in a row end in a hyphen" in str(ladder[0])
    widow = widows_and_orphans(pdf, [Line(8, 0, "alone at the top."), Line(8, 3, "A new paragraph begins")], [])
    assert [d.code for d in widow] == [Code.P019] and "a widow ('alone at the top.')" in str(widow[0])
    page = [Line(9, 0, "Full line"), Line(9, 0, "another full line"), Line(9, 3, "A paragraph starts and")]
    orphan = widows_and_orphans(pdf, page, [Line(10, 0, "goes on")])
    assert [d.code for d in orphan] == [Code.P019] and "an orphan" in str(orphan[0])
