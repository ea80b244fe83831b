"""Print page correspondence: the EPUB marks where each page of the print edition begins.

The real book's edition is checked against its own PDF, read here with
pdftotext page by page (not with folio's reading of it): the words after each
marker begin that printed page, and the words before it end the page before.
The finding rules are also tested on small made-up pages.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from helpers import require_tool
from lxml import etree

from folio.config import BookConfig
from folio.diagnostics import BuildError, Code
from folio.epub.pagebreaks import find_pages, mark_page_breaks
from folio.epub.pages import Page, new_element
from folio.epub.printpages import PrintPage, print_page

NS = {
    "h": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "opf": "http://www.idpf.org/2007/opf",
}
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"


def simple_words(text: str) -> list[str]:
    """Words as a reader would compare them: lower case, hyphens and line-end hyphenation joined, no numbers."""
    text = re.sub(r"(\w)[-\u2010]\s*\n\s*(\w)", r"\1\2", text)
    text = re.sub(r"(\w)[-\u2010](\w)", r"\1\2", text)
    found = re.findall(r"\w+", text.casefold())
    return [word for word in found if not word.isdigit() and word not in {"p", "pp"}]


def contains(haystack: list[str], needle: list[str]) -> bool:
    return any(haystack[i : i + len(needle)] == needle for i in range(len(haystack) - len(needle) + 1))


@pytest.fixture(scope="session")
def pdf_pages(pdf_path: Path) -> list[list[str]]:
    """Each page of the reading PDF as pdftotext reads it (running heads included)."""
    pdftotext = require_tool("pdftotext")
    text = subprocess.run([pdftotext, "-raw", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout
    return [simple_words(page) for page in text.split("\f")][:-1]


@pytest.fixture(scope="session")
def markers(epub_path: Path) -> list[tuple[str, str, list[str], list[str]]]:
    """Every marker in reading order: (document, label, the words before it and after it in its document)."""
    with zipfile.ZipFile(epub_path) as archive:
        opf = etree.fromstring(archive.read("EPUB/content.opf"))
        items = {item.get("id"): item.get("href") for item in opf.iterfind(".//opf:item", NS)}
        hrefs = [items[ref.get("idref")] for ref in opf.iterfind(".//opf:itemref", NS) if ref.get("linear") != "no"]
        found = []
        for href in hrefs:
            page = etree.fromstring(archive.read(f"EPUB/{href}"))
            body = etree.tostring(page.find("h:body", NS), encoding="unicode")
            for match in re.finditer(r'<span [^>]*epub:type="pagebreak"[^>]*>', body):
                label = re.search(r'aria-label="([^"]+)"', match.group())[1]
                before = simple_words(re.sub(r"<[^>]+>", " ", body[: match.start()]))
                after = simple_words(re.sub(r"<[^>]+>", " ", body[match.end() :]))
                found.append((href, label, before, after))
    return found


def test_every_print_page_has_one_marker_in_page_order(markers: list, pdf_path: Path, epub_path: Path) -> None:
    import pikepdf

    with pikepdf.open(pdf_path) as pdf:
        labels = [str(page.label) for page in pdf.pages]
    assert [label for _, label, _, _ in markers] == labels
    with zipfile.ZipFile(epub_path) as archive:
        nav = etree.fromstring(archive.read("EPUB/nav.xhtml"))
        pages = {href: etree.fromstring(archive.read(f"EPUB/{href}")) for href, _, _, _ in markers}
    page_list = nav.find(".//h:nav[@epub:type='page-list']", NS)
    links = [(a.get("href"), a.text) for a in page_list.iterfind(".//h:a", NS)]
    assert [text for _, text in links] == labels
    for href, label in links:
        document, _, identifier = href.partition("#")
        [marker] = pages[document].xpath(f"//*[@id='{identifier}']")
        assert marker.get(EPUB_TYPE) == "pagebreak" and marker.get("role") == "doc-pagebreak"
        assert marker.get("aria-label") == label and not "".join(marker.itertext())


def test_the_words_after_each_marker_begin_that_printed_page(markers: list, pdf_pages: list) -> None:
    checked, elsewhere = 0, []
    for number, (_, label, before, after) in enumerate(markers):
        page = pdf_pages[number]
        run = after[: min(6, len(page))]
        if not page:
            continue  # a blank page: its marker is at the nearest place
        if not run or not contains(page, run):
            elsewhere.append(label)  # text that print alone has: its marker is at the nearest place
            continue
        start = next(i for i in range(len(page)) if page[i : i + len(run)] == run)
        assert start <= 8, f"page {label}: the words after its marker come {start} words into the page"
        if len(before) > 6 and number:
            assert contains(pdf_pages[number - 1][-80:], before[-6:-1]), f"page {label}: the words before it"
        checked += 1
    assert all(not re.fullmatch(r"\d+", label) for label in elsewhere[:-1]), elsewhere
    assert elsewhere[-1] == markers[-1][1], "only the front matter and the index are print's alone"
    assert checked >= 8


def test_the_edition_names_the_source_of_its_pages(epub_path: Path, book: BookConfig) -> None:
    with zipfile.ZipFile(epub_path) as archive:
        opf = etree.fromstring(archive.read("EPUB/content.opf"))
    metas = {(m.get("property"), m.text) for m in opf.iterfind(".//opf:meta", NS)}
    assert ("schema:accessibilityFeature", "pageNavigation") in metas
    assert ("schema:accessibilityFeature", "pageBreakMarkers") in metas
    source = "urn:isbn:" + book.isbn.replace("-", "") if book.isbn else f"{book.title}, print edition"
    assert ("pageBreakSource", source) in metas


def test_ace_finds_the_page_breaks(ace_report: dict) -> None:
    assert ace_report["properties"]["hasPageBreaks"] is True


# --- The finding rules, on made-up pages -----------------------------------------------------


def page_of(*paragraphs: str, href: str = "one.xhtml") -> Page:
    section = new_element("section", {"id": "s"})
    for text in paragraphs:
        section.append(new_element("p", text=text))
    return Page(href=href, title="t", body=[section])


def printed(label: str, text: str, *, continued: bool = False) -> PrintPage:
    return print_page(label, text, continued=continued)


def test_a_key_found_twice_is_taken_in_page_order() -> None:
    words = ["alpha", "beta", "gamma", "delta", "alpha", "beta", "gamma", "delta", "epsilon"]
    pages = [printed("1", "alpha beta gamma delta alpha"), printed("2", "alpha beta gamma delta epsilon")]
    assert find_pages(pages, words) == {0: 0, 1: 4}


def test_a_page_out_of_order_is_left_to_the_nearest_place() -> None:
    """The print copyright page comes first; the EPUB's comes last, so it cannot be matched in order."""
    text = ["one two three four five six", "seven eight nine ten eleven twelve", "copyright notice words here again"]
    pages = [page_of(text[0], text[1], href="a.xhtml"), page_of(text[2], href="z.xhtml")]
    print_pages = [printed("i", text[2]), printed("1", text[0]), printed("2", text[1])]
    breaks, found, missing = mark_page_breaks(pages, print_pages)
    assert (found, missing) == (2, 1)
    assert [(b.href, b.label) for b in breaks] == [("a.xhtml", "i"), ("a.xhtml", "1"), ("a.xhtml", "2")]
    paragraphs = pages[0].body[0].findall("{http://www.w3.org/1999/xhtml}p")
    assert [e.get("aria-label") for e in paragraphs[0]] == ["i", "1"] and paragraphs[0].text is None
    assert [e.get("aria-label") for e in paragraphs[1]] == ["2"]


def test_print_only_words_and_a_word_broken_at_the_page_turn() -> None:
    pages = [page_of("The war began. Contemporary warfare tactics. Nevertheless the lesson stands out here now")]
    print_pages = [
        printed("1", "Chapter one The war began. Contemporary warfare tac-"),
        printed("2", "tics. Nevertheless the lesson stands out here now", continued=True),
    ]
    _breaks, found, missing = mark_page_breaks(pages, print_pages)
    assert (found, missing) == (2, 0)
    paragraph = pages[0].body[0][0]
    assert paragraph.text is None and paragraph[0].tail == "The war began. Contemporary warfare tactics. "
    assert paragraph[1].get("id") == "page-2" and paragraph[1].tail.startswith("Nevertheless")


def test_a_marker_goes_before_the_link_a_page_opens_with() -> None:
    page = page_of("")
    paragraph = page.body[0][0]
    link = new_element("a", {"href": "#x"}, text="Kim Jong Un")
    link.tail = " spoke at length about the war and its cost today"
    paragraph.append(link)
    mark_page_breaks([page], [printed("7", "Kim Jong Un spoke at length about the war and its cost today")])
    assert paragraph[0].get("id") == "page-7" and paragraph[1] is link and link.text == "Kim Jong Un"


def test_a_pdf_of_another_book_is_refused(epub_sphinx_output: Path, epub_inputs: dict, book, tmp_path: Path) -> None:
    from PIL import Image

    from folio.epub.package import build_epub

    other = tmp_path / "other.pdf"
    Image.new("RGB", (60, 90), "white").save(other)
    with pytest.raises(BuildError) as raised:
        build_epub(epub_sphinx_output, tmp_path / "out.epub", book=book, **epub_inputs, print_pdf=other)
    assert [d.code for d in raised.value.diagnostics] == [Code.E012]
    assert not (tmp_path / "out.epub").exists()
