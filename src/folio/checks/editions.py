"""Check the built editions as a reader gets them.

Text fidelity: every word of every article, in order, in each edition. The
licence notices, verbatim, in all five places: the footer of every HTML
page, the PDF's text and metadata, the EPUB's ``dc:rights`` and copyright
page. An edition that cannot be read at all (a damaged zip, a file that is
not a PDF) is a finding too (E006, P009), never a crash.

These are the checks an edition must pass before it is published; ``folio
check`` runs them again on ``dist/``.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from lxml import etree, html

from folio.diagnostics import Code, Diagnostic, diagnose
from folio.epub.opf import NS, rootfile, spine
from folio.ingest.naming import chapter_names
from folio.ingest.seed import Seed, notice_seeds, notices
from folio.ingest.words import missing_word, words
from folio.pdf.geometry import text_block
from folio.tools import run


def normalise(text: str) -> str:
    """Fold runs of white space, for comparing a notice with extracted text."""
    return " ".join(text.split())


def check_fidelity(seeds: Iterable[Seed], text: str, edition: str) -> list[Diagnostic]:
    """Every article word of every seed, in order, in ``text``."""
    found = words(text)
    problems = []
    for seed in seeds:
        expected = [(p, w) for p in seed.paragraphs for w in words(p.text)]
        index = missing_word([w for _, w in expected], found)
        if index is not None:
            paragraph, word = expected[index]
            number = seed.paragraphs.index(paragraph) + 1
            problems.append(
                diagnose(
                    Code.T001, seed.path, paragraph.line, index=index + 1, word=word, paragraph=number, edition=edition
                )
            )
    return problems


def check_html(seeds: list[Seed], site: Path, *, passed: Path | None = None) -> list[Diagnostic]:
    """The HTML edition: each chapter's words, and the notices in every page's footer.

    A chapter's page carries its own article's notice; every other page
    (front page, glossary, copyright page) carries them all. With ``passed``
    (a file the build keeps), a page that passed before, unchanged and held
    to the same text and notices, is not read again: the check costs time in
    proportion to the pages a build wrote.
    """
    every = {normalise(notice) for notice in notices(seeds)}
    names = chapter_names(seeds)
    chapters = {f"chapters/{names[seed.path]}.html": seed for seed in seeds}
    before = _passed(passed)
    now: dict[str, str] = {}
    problems = []
    for name, missing in chapters.items():
        if not (site / name).is_file():
            problems += check_fidelity([missing], "", str(site / name))
    for page in sorted(site.rglob("*.html")):
        name = page.relative_to(site).as_posix()
        if "_static" in page.relative_to(site).parts:
            continue
        seed = chapters.get(name)
        wanted = {normalise(seed.notice)} if seed else every
        key = _page_key(page, seed, wanted)
        if before.get(name) == key:
            now[name] = key
            continue
        found = _page_problems(page, seed, wanted)
        problems += found
        if not found:
            now[name] = key
    if passed is not None:
        passed.write_text(json.dumps(now, sort_keys=True), encoding="utf-8")
    return problems


def _page_problems(page: Path, seed: Seed | None, wanted: set[str]) -> list[Diagnostic]:
    tree = _html(page)
    problems = check_fidelity([seed], tree.text_content(), str(page)) if seed else []
    footer_text = normalise(" ".join(f.text_content() for f in tree.xpath("//footer")))
    if any(notice not in footer_text for notice in wanted):
        problems.append(diagnose(Code.H001, page))
    return problems


def _page_key(page: Path, seed: Seed | None, wanted: set[str]) -> str:
    """The page as written (time and size) and what it is held to (its article's text, the notices)."""
    stat = page.stat()
    held = [[p.text for p in seed.paragraphs] if seed else [], sorted(wanted)]
    return hashlib.sha256(json.dumps([stat.st_mtime_ns, stat.st_size, held]).encode()).hexdigest()


def _passed(path: Path | None) -> dict[str, str]:
    try:
        found = json.loads(path.read_text(encoding="utf-8")) if path is not None else {}
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _html(page: Path) -> html.HtmlElement:
    root: html.HtmlElement = html.parse(str(page)).getroot()
    return root


def pdf_text(pdf: Path, *, block_only: bool = False) -> str:
    """The PDF's text in content order; with ``block_only``, only each page's text block.

    ``-raw`` keeps a hyphen that ends a line: the default mode joins "air-" /
    "defense" into one word, "airdefense". The text block leaves out the
    running heads and folios, which would otherwise sit between the halves
    of a word hyphenated at a page turn.
    """
    crop: list[str] = []
    if block_only:
        size = page_size(pdf)
        if size is not None:
            x, y, width, height = text_block(*size)
            crop = ["-x", str(round(x)), "-y", str(round(y)), "-W", str(round(width)), "-H", str(round(height))]
    return run("pdftotext", ["-raw", "-enc", "UTF-8", *crop, str(pdf), "-"], place=pdf).stdout


def page_size(pdf: Path) -> tuple[float, float] | None:
    """The first page's size in PDF points, as pdfinfo reports it."""
    found = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", pdf_info(pdf), re.MULTILINE)
    return (float(found[1]), float(found[2])) if found else None


def pdf_info(pdf: Path) -> str:
    return run("pdfinfo", [str(pdf)], place=pdf).stdout


def pdf_xmp(pdf: Path) -> str:
    return run("pdfinfo", ["-meta", str(pdf)], place=pdf).stdout


def unreadable_pdf(pdf: Path) -> Diagnostic | None:
    """P009 when ``pdf`` is not a PDF poppler can read."""
    result = run("pdfinfo", [str(pdf)], check=False, place=pdf)
    if result.returncode == 0:
        return None
    reason = " ".join((result.stderr or "pdfinfo could not read it").split())
    return diagnose(Code.P009, pdf, reason=reason)


def check_pdf(seeds: list[Seed], pdf: Path) -> list[Diagnostic]:
    """The PDF: the words, the notice in the text and as XMP ``dc:rights``."""
    broken = unreadable_pdf(pdf)
    if broken is not None:
        return [broken]
    text = pdf_text(pdf, block_only=True)
    problems = check_fidelity(seeds, text, str(pdf))
    found = words(text)
    rights = normalise(" ".join(xmp_rights(pdf_xmp(pdf))))
    for notice, seed in notice_seeds(seeds).items():
        if missing_word(words(notice), found) is not None:
            problems.append(diagnose(Code.P001, pdf, seed=seed.path.name))
        if normalise(notice) not in rights:
            problems.append(diagnose(Code.P002, pdf, field="XMP dc:rights", seed=seed.path.name))
    return problems


def xmp_rights(xmp: str) -> list[str]:
    """The texts of ``dc:rights`` in an XMP packet."""
    start = xmp.find("<x:xmpmeta")
    if start < 0:
        return []
    end = xmp.find("</x:xmpmeta>") + len("</x:xmpmeta>")
    root = etree.fromstring(xmp[start:end].encode("utf-8"))
    namespaces = {"dc": NS["dc"], "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
    return [node.text or "" for node in root.iterfind(".//dc:rights//rdf:li", namespaces)]


class EpubPackage:
    """A packaged EPUB, read for checking: its package document and its spine's pages."""

    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as archive:
            opf_path = rootfile(etree.fromstring(archive.read("META-INF/container.xml")))
            if opf_path is None:
                raise KeyError("META-INF/container.xml names no package document")
            self.opf = etree.fromstring(archive.read(opf_path))
            base = opf_path.rpartition("/")[0]
            self.pages = [
                etree.fromstring(archive.read(f"{base}/{href}" if base else href))
                for href, _ in spine(self.opf)
                if href is not None
            ]


def read_epub(path: Path) -> EpubPackage | Diagnostic:
    """The package at ``path``, or E006 saying why it cannot be read."""
    try:
        return EpubPackage(path)
    except (OSError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, EOFError) as error:
        return diagnose(Code.E006, path, reason=f"{type(error).__name__}: {error}")


def check_epub(seeds: list[Seed], epub: Path) -> list[Diagnostic]:
    """The EPUB: spine text in order, ``dc:rights`` and the copyright page."""
    package = read_epub(epub)
    if isinstance(package, Diagnostic):
        return [package]
    text = " ".join(" ".join(page.xpath("//x:body//text()", namespaces=NS)) for page in package.pages)
    problems = check_fidelity(seeds, text, str(epub))
    rights = normalise(" ".join(package.opf.xpath("//dc:rights/text()", namespaces=NS)))
    copyright_xpath = "//*[contains(concat(' ', @epub:type, ' '), ' copyright-page ')]"
    copyright_pages = [p for p in package.pages if p.xpath(copyright_xpath, namespaces=NS)]
    copyright_text = normalise(" ".join(" ".join(p.xpath("//text()")) for p in copyright_pages))
    for notice, seed in notice_seeds(seeds).items():
        if normalise(notice) not in rights:
            problems.append(diagnose(Code.E005, epub, where="dc:rights", seed=seed.path.name))
        if normalise(notice) not in copyright_text:
            where = 'the copyright page (epub:type="copyright-page")'
            problems.append(diagnose(Code.E005, epub, where=where, seed=seed.path.name))
    return problems
