"""Step 6: check the built editions as a reader gets them.

Text fidelity: every word of every article, in order, in each edition. The
licence notice, verbatim, in all five places: the footer of every HTML page,
the PDF's text and metadata, the EPUB's ``dc:rights`` and copyright page.
"""

from __future__ import annotations

import subprocess
import zipfile
from collections.abc import Iterable
from pathlib import Path

from lxml import etree, html

from folio.chapter import slug_for
from folio.diagnostics import BuildError, Code, Diagnostic, diagnose, fail
from folio.seed import Seed
from folio.textmatch import missing_word, words

NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
}


def normalise(text: str) -> str:
    """Fold runs of white space, for comparing a notice with extracted text."""
    return " ".join(text.split())


def check_fidelity(seeds: Iterable[Seed], text: str, edition: str) -> list[Diagnostic]:
    """Every article word of every seed, in order, in ``text``; and each notice's words."""
    found = words(text)
    problems = []
    for seed in seeds:
        expected = [(p, w) for p in seed.paragraphs for w in words(p.text)]
        index = missing_word([w for _, w in expected], found)
        if index is not None:
            paragraph, word = expected[index]
            number = seed.paragraphs.index(paragraph) + 1
            problems.append(diagnose(Code.T001, seed.path, paragraph.line, index=index + 1, word=word, paragraph=number, edition=edition))
    return problems


def check_html(seeds: list[Seed], site: Path) -> list[Diagnostic]:
    """The HTML edition: each chapter's words, and the notices in every page's footer."""
    problems = []
    for seed in seeds:
        page = site / "chapters" / f"{slug_for(seed.path)}.html"
        text = html.parse(str(page)).getroot().text_content() if page.is_file() else ""
        problems += check_fidelity([seed], text, str(page))
    notices = {normalise(seed.notice) for seed in seeds}
    for page in sorted(site.rglob("*.html")):
        if "_static" in page.relative_to(site).parts:
            continue
        footers = html.parse(str(page)).getroot().xpath("//footer")
        footer_text = normalise(" ".join(f.text_content() for f in footers))
        if any(notice not in footer_text for notice in notices):
            problems.append(diagnose(Code.H001, page))
    return problems


def pdf_text(pdf: Path) -> str:
    """The PDF's text in content order. ``-raw`` keeps a hyphen that ends a line:
    the default mode joins "air-" / "defense" into one word, "airdefense"."""
    return _run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], "pdftotext")


def pdf_xmp(pdf: Path) -> str:
    return _run(["pdfinfo", "-meta", str(pdf)], "pdfinfo")


def check_pdf(seeds: list[Seed], pdf: Path) -> list[Diagnostic]:
    """The PDF: the words, the notice in the text and as XMP ``dc:rights``."""
    text = pdf_text(pdf)
    problems = check_fidelity(seeds, text, str(pdf))
    found = words(text)
    rights = normalise(" ".join(xmp_rights(pdf_xmp(pdf))))
    for notice in dict.fromkeys(seed.notice for seed in seeds):
        if missing_word(words(notice), found) is not None:
            problems.append(diagnose(Code.P001, pdf))
        if normalise(notice) not in rights:
            problems.append(diagnose(Code.P002, pdf, field="XMP dc:rights"))
    return problems


def xmp_rights(xmp: str) -> list[str]:
    """The texts of ``dc:rights`` in an XMP packet."""
    start = xmp.find("<x:xmpmeta")
    if start < 0:
        return []
    end = xmp.find("</x:xmpmeta>") + len("</x:xmpmeta>")
    root = etree.fromstring(xmp[start:end].encode("utf-8"))
    return [node.text or "" for node in root.iterfind(".//dc:rights//rdf:li", NS)]


def check_epub(seeds: list[Seed], epub: Path) -> list[Diagnostic]:
    """The EPUB: spine text in order, ``dc:rights`` and the copyright page."""
    with zipfile.ZipFile(epub) as archive:
        opf_path, opf = package_document(archive)
        pages = spine_pages(archive, opf_path, opf)
    text = " ".join(" ".join(page.xpath("//x:body//text()", namespaces=NS)) for page in pages)
    problems = check_fidelity(seeds, text, str(epub))
    rights = normalise(" ".join(opf.xpath("//dc:rights/text()", namespaces=NS)))
    copyright_pages = [p for p in pages if p.xpath("//*[contains(concat(' ', @epub:type, ' '), ' copyright-page ')]", namespaces=NS)]
    copyright_text = normalise(" ".join(" ".join(p.xpath("//text()")) for p in copyright_pages))
    for notice in dict.fromkeys(normalise(seed.notice) for seed in seeds):
        if notice not in rights:
            problems.append(diagnose(Code.E005, epub, where="dc:rights"))
        if notice not in copyright_text:
            problems.append(diagnose(Code.E005, epub, where='the copyright page (epub:type="copyright-page")'))
    return problems


def package_document(archive: zipfile.ZipFile) -> tuple[str, etree._Element]:
    container = etree.fromstring(archive.read("META-INF/container.xml"))
    opf_path = container.xpath("//c:rootfile/@full-path", namespaces=NS)[0]
    return opf_path, etree.fromstring(archive.read(opf_path))


def spine_pages(archive: zipfile.ZipFile, opf_path: str, opf: etree._Element) -> list[etree._Element]:
    """The XHTML documents of the spine, in reading order."""
    base = opf_path.rpartition("/")[0]
    items = {item.get("id"): item.get("href") for item in opf.iterfind(".//opf:manifest/opf:item", NS)}
    pages = []
    for ref in opf.iterfind(".//opf:spine/opf:itemref", NS):
        href = items[ref.get("idref")]
        name = f"{base}/{href}" if base else href
        pages.append(etree.fromstring(archive.read(name)))
    return pages


def _run(command: list[str], tool: str) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, check=True, timeout=120).stdout
    except FileNotFoundError:
        raise fail(BuildError, Code.B001, tool, tool=tool, fix="run `make setup` (it installs poppler-utils)") from None
    except subprocess.CalledProcessError as error:
        raise fail(BuildError, Code.B002, command[-2], step=tool, status=error.returncode, tail=error.stderr.strip()) from None

