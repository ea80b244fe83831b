"""Gather the glossary's popup notes into one notes document of their own.

Internal to :mod:`folio.epub.package`. Sphinx writes each chapter self-contained
(``folio.sphinxext.render``): a linked mention is ``<a class="folio-term"
epub:type="noteref" href="#note-…">``, and the page ends with the ``<aside
epub:type="footnote" id="note-…">`` it points to. A reader without popups may
turn such a same-document noteref into a numbered footnote and drop the link
text: pandoc's EPUB reader prints "[1]" where the article says "Kim Jong Un".

So the EPUB step moves those asides, once per entry and in reading order, into
:data:`NOTES_PAGE`, a non-linear document outside the contents, and points
every mention at it. A noteref into another document stays a link in pandoc
(its reader only makes notes of ``#…`` hrefs, and skips non-linear documents),
while Apple Books, Kobo and Thorium (whose navigator fetches the target
document) still show the definition in a popup. Other notes, such as a
chapter's own footnotes, stay where Sphinx put them.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from lxml import etree

from folio.epub.opf import EPUB_TYPE, XHTML
from folio.epub.pages import Page, new_element

NOTES_PAGE = "glossary-notes.xhtml"
NOTES_TITLE = "Glossary notes"
MENTION_CLASS = "folio-term"
"""The class ``folio.sphinxext.render`` gives a linked mention of a register entry."""

_LINKS = ("href", "src")


def gather_notes(pages: list[Page]) -> list[Page]:
    """Move the notes the mentions in ``pages`` point to into one notes page; return it, if any."""
    notes: dict[str, etree._Element] = {}
    for page in pages:
        for note_id, aside in take_notes(page).items():
            notes.setdefault(note_id, aside)
    return [notes_page(notes.values())] if notes else []


def take_notes(page: Page) -> dict[str, etree._Element]:
    """The page's glossary notes, by id, taken out of it; its mentions now point to :data:`NOTES_PAGE`."""
    asides = {aside.get("id"): aside for aside in _elements(page, "aside") if _is_note(aside)}
    target = posixpath.relpath(NOTES_PAGE, posixpath.dirname(page.href) or ".")
    taken: dict[str, etree._Element] = {}
    for link in mentions(page):
        note_id = link.get("href", "")[1:]
        if link.get("href", "").startswith("#") and note_id in asides:
            link.set("href", f"{target}#{note_id}")
            taken.setdefault(note_id, asides[note_id])
    for aside in taken.values():
        _detach(page, aside)
        rebase_links(aside, page.href, NOTES_PAGE)
    return taken


def mentions(page: Page) -> Iterator[etree._Element]:
    """The page's linked glossary mentions: ``noteref`` links with the mention class."""
    for link in _elements(page, "a"):
        if "noteref" in link.get(EPUB_TYPE, "").split() and MENTION_CLASS in link.get("class", "").split():
            yield link


def notes_page(notes: Iterable[etree._Element]) -> Page:
    """The non-linear notes document: a heading, then one ``aside`` per entry."""
    section = new_element("section", {"id": "glossary-notes", EPUB_TYPE: "footnotes"})
    section.append(new_element("h1", text=NOTES_TITLE))
    for aside in notes:
        aside.tail = "\n"
        section.append(aside)
    return Page(href=NOTES_PAGE, title=NOTES_TITLE, body=[section], matter="backmatter", linear=False)


def rebase_links(element: etree._Element, source: str, target: str) -> None:
    """Rewrite the relative links in ``element`` written for page ``source`` so they work from ``target``."""
    folder = posixpath.dirname(target) or "."
    for found in element.iter(etree.Element):
        for attribute in _LINKS:
            value = found.get(attribute)
            if value is None:
                continue
            parts = urlsplit(value)
            if parts.scheme or parts.netloc or value.startswith("/"):
                continue
            path = posixpath.normpath(posixpath.join(posixpath.dirname(source), parts.path)) if parts.path else source
            fragment = f"#{parts.fragment}" if parts.fragment else ""
            found.set(attribute, posixpath.relpath(path, folder) + fragment)


def _is_note(element: etree._Element) -> bool:
    return "footnote" in element.get(EPUB_TYPE, "").split() and bool(element.get("id"))


def _elements(page: Page, tag: str) -> Iterator[etree._Element]:
    for top in list(page.body):
        yield from top.iter(f"{{{XHTML}}}{tag}")


def _detach(page: Page, element: etree._Element) -> None:
    """Remove ``element`` from the page, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        page.body.remove(element)
        return
    previous = element.getprevious()
    if element.tail and element.tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
