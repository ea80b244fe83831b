"""Check the register, its coverage of the chapters, and its links in the editions.

:func:`check_glossary` is what ``folio check`` calls. Its findings, each at
``file:line``:

* G001–G004, G008: the register cannot be read, or has duplicate or colliding forms;
* G005: an entry no chapter mentions;
* G006: a paragraph of a built edition (HTML, or Sphinx's EPUB content) whose
  first mention of an entry is not a link to it;
* G007: a person or institution that the drafting extractor
  (:mod:`folio.glossary.drafting.extract`) finds in a chapter and the register
  lacks (a suggestion: ``folio glossary draft`` would draft the same names);
* G015: a person a chapter names only as "Mrs. Cho" (a courtesy title and a surname), whom no entry
  carries: drafting leaves them out, so the editor writes the entry or ignores the name;
* G013: an entry still marked ``draft: true``: a book with drafts is not ready.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

from folio.diagnostics import Code, Diagnostic, diagnose
from folio.glossary.register import Register, read_register
from folio.glossary.resolve import Resolved
from folio.ingest.chapter import CREDIT_CLASS, STANDFIRST, Chapter, read_chapter
from folio.ingest.naming import chapter_key


def check_glossary(root: Path, editions: dict[str, Path] | None = None) -> list[Diagnostic]:
    """Every glossary finding for the project at ``root``.

    ``editions`` maps an edition's name to its built folder (default: the
    HTML edition in ``dist/html`` or ``_build/html``, and Sphinx's EPUB
    content in ``_build/epub``, where they exist).
    """
    path = root / "book" / "glossary.yml"
    if not path.is_file():
        return []
    register, findings = read_register(path)
    chapters = [read_chapter(p) for p in sorted((root / "book" / "chapters").glob("*.md"))]
    findings += unmentioned(register, chapters)
    findings += titled_forms(register, chapters)
    for edition, folder in (default_editions(root) if editions is None else editions).items():
        findings += unlinked(register, chapters, folder, edition)
    findings += suggestions(register, chapters)
    findings += drafts(register)
    return findings


def default_editions(root: Path) -> dict[str, Path]:
    """The built HTML (``dist/html`` or ``_build/html``) and EPUB (``dist/*.epub`` or ``_build/epub``)."""
    candidates = {
        "the HTML edition": [root / "dist" / "html", root / "_build" / "html"],
        "the EPUB edition": [*sorted((root / "dist").glob("*.epub")), root / "_build" / "epub"],
    }
    found = {name: next((p for p in paths if p.exists()), None) for name, paths in candidates.items()}
    return {name: path for name, path in found.items() if path is not None}


def resolutions(register: Register, chapter: Chapter) -> list[tuple[int, list[Resolved]]]:
    """What every mention in the chapter means: (line, resolved mentions) per article paragraph."""
    resolver = register.resolver(chapter_key(chapter.path, chapter.seed))
    if chapter.standfirst:
        resolver.resolve(chapter.standfirst, register.matcher.find(chapter.standfirst), STANDFIRST)
    return [
        (line, resolver.resolve(text, register.matcher.find(text), str(number)))
        for number, (line, text) in enumerate(chapter.paragraphs, 1)
    ]


def unmentioned(register: Register, chapters: list[Chapter]) -> list[Diagnostic]:
    """G005: entries that no chapter paragraph mentions."""
    mentioned = {r.entry for c in chapters for _, found in resolutions(register, c) for r in found}
    return [diagnose(Code.G005, register.path, e.line, entry=e.id) for e in register.entries if e.id not in mentioned]


def titled_forms(register: Register, chapters: list[Chapter]) -> list[Diagnostic]:
    """G010: titled forms with no antecedent; G011: titled forms that had to choose between people."""
    findings = []
    for chapter in chapters:
        reported: set[tuple[str, str]] = set()
        stem = chapter_key(chapter.path, chapter.seed)
        for line, found in resolutions(register, chapter):
            for r in found:
                key = (r.paragraph, r.text)
                if not r.titled or r.pinned or key in reported:
                    continue
                reported.add(key)
                if r.entry is None:
                    carriers = ", ".join(r.mention.entries)
                    findings.append(
                        diagnose(
                            Code.G010,
                            chapter.path,
                            line,
                            paragraph=r.paragraph,
                            form=r.text,
                            carriers=carriers,
                            chapter=stem,
                        )
                    )
                elif len(r.candidates) > 1:
                    findings.append(
                        diagnose(
                            Code.G011,
                            chapter.path,
                            line,
                            paragraph=r.paragraph,
                            form=r.text,
                            entry=r.entry,
                            candidates=", ".join(r.candidates),
                            chapter=stem,
                        )
                    )
    return findings


class _Link(NamedTuple):
    start: int
    entry: str


class _Paragraph(NamedTuple):
    text: str
    links: tuple[_Link, ...]


def unlinked(register: Register, chapters: list[Chapter], folder: Path, edition: str) -> list[Diagnostic]:
    """G006: built paragraphs whose first mention of an entry is not a link to it."""
    findings = []
    for chapter in chapters:
        page = chapter_page(folder, chapter.path.stem)
        if page is None:
            continue
        resolver = register.resolver(chapter_key(chapter.path, chapter.seed))
        if chapter.standfirst:
            resolver.resolve(chapter.standfirst, register.matcher.find(chapter.standfirst), STANDFIRST)
        for number, paragraph in enumerate(read_paragraphs(page), 1):
            line = chapter.paragraphs[number - 1][0] if number <= len(chapter.paragraphs) else None
            found = resolver.resolve(paragraph.text, register.matcher.find(paragraph.text), str(number))
            for entry, text in _unlinked_first_mentions(found, paragraph):
                findings.append(
                    diagnose(Code.G006, chapter.path, line, paragraph=number, entry=entry, text=text, edition=edition)
                )
    return findings


def chapter_page(edition: Path, stem: str) -> str | None:
    """The markup of a chapter's page in a built folder or a packaged ``.epub``."""
    if edition.suffix == ".epub":
        try:
            with zipfile.ZipFile(edition) as archive:
                name = next((n for n in archive.namelist() if n.endswith(f"chapters/{stem}.xhtml")), None)
                return archive.read(name).decode("utf-8", errors="replace") if name else None
        except (OSError, zipfile.BadZipFile, EOFError):
            return None  # reported once, as E006, by the EPUB's own check
    page = next(iter(sorted((edition / "chapters").glob(f"{stem}.*html"))), None)
    return page.read_text(encoding="utf-8") if page else None


def _unlinked_first_mentions(found: list[Resolved], paragraph: _Paragraph) -> Iterator[tuple[str, str]]:
    first: dict[str, tuple[int, str]] = {}
    for resolved in found:
        if resolved.entry is not None:
            first.setdefault(resolved.entry, (resolved.mention.start, resolved.text))
    for entry, (start, text) in first.items():
        if not any(link.entry == entry and link.start <= start for link in paragraph.links):
            yield entry, text


def read_paragraphs(page: str) -> list[_Paragraph]:
    """The numbered paragraphs of a built chapter page: its text, not the standfirst or notes."""
    parser = _ParagraphParser()
    parser.feed(page)
    parser.close()
    return parser.paragraphs


class _ParagraphParser(HTMLParser):
    """Collects each ``<p>`` of the page's first ``<section>``, with its glossary links.

    Like the linker, it leaves out what can never be linked: code, and text
    inside other links.
    """

    _EXCLUDED = ("standfirst", "folio-definitions", CREDIT_CLASS)
    _UNLINKABLE = ("code", "pre", "kbd", "samp", "tt")
    _VOID = ("br", "img", "hr", "meta", "link", "input", "wbr", "source")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[_Paragraph] = []
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, excluded, unlinkable)
        self.section_depth = 0
        self.done = False
        self.text: list[str] | None = None
        self.links: list[_Link] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._VOID:
            return
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        _, excluded, unlinkable = self.stack[-1] if self.stack else ("", False, False)
        excluded = excluded or tag == "aside" or any(c in classes for c in self._EXCLUDED)
        mention = tag == "a" and "folio-term" in classes
        unlinkable = unlinkable or tag in self._UNLINKABLE or (tag == "a" and not mention)
        self.stack.append((tag, excluded, unlinkable))
        if tag == "section" and not self.done:
            self.section_depth += 1
        elif tag == "p" and self.section_depth and not excluded:
            self.text, self.links = [], []
        elif mention and self.text is not None:
            self.links.append(_Link(len("".join(self.text)), _entry_of(attributes)))

    def handle_endtag(self, tag: str) -> None:
        if tag in self._VOID:
            return
        while self.stack:
            open_tag, _, _ = self.stack.pop()
            if open_tag == tag:
                break
        if tag == "section" and self.section_depth:
            self.section_depth -= 1
            self.done = self.section_depth == 0
        elif tag == "p" and self.text is not None:
            self.paragraphs.append(_Paragraph("".join(self.text), tuple(self.links)))
            self.text = None

    def handle_data(self, data: str) -> None:
        if self.text is not None:
            unlinkable = bool(self.stack) and self.stack[-1][2]
            self.text.append(" " * len(data) if unlinkable else data)


def _entry_of(attributes: dict[str, str | None]) -> str:
    """The entry a mention links to: ``data-folio-entry`` (HTML) or the ``#note-…`` href (EPUB)."""
    entry = attributes.get("data-folio-entry")
    if entry:
        return entry
    href = attributes.get("href") or ""
    return href.rpartition("#")[2].removeprefix("note-").removeprefix("term-")


def suggestions(register: Register, chapters: list[Chapter]) -> list[Diagnostic]:
    """G007: people and institutions in the chapters that are neither entries nor ignored, once each; G015:
    people named only as "Mr. Kim", whom drafting leaves out."""
    from folio.glossary.drafting.extract import extract
    from folio.glossary.drafting.plan import Known, variant

    known = Known(register)
    reported: set[str] = set()
    findings = []
    for chapter in chapters:
        for found in extract(chapter.paragraphs):
            key = variant(found.name)
            if key in known.ignored or key in reported or known.find(found) is not None:
                continue
            reported.add(key)
            if found.unnamed:
                if key not in known.titled:  # an entry carries it: G010 and G011 say whether it links
                    findings.append(diagnose(Code.G015, chapter.path, found.line, name=found.name))
                continue
            why = "; ".join(found.reasons)
            findings.append(diagnose(Code.G007, chapter.path, found.line, name=found.name, kind=found.kind, why=why))
    return findings


def drafts(register: Register) -> list[Diagnostic]:
    """G013: entries still marked ``draft: true``."""
    return [
        diagnose(Code.G013, register.path, entry.line, entry=entry.id, source=entry.source or "an article")
        for entry in register.entries
        if entry.draft
    ]
