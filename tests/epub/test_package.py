"""The e-reader edition: what a reader, a reading system and the checkers get from the EPUB step.

Most tests open the real book's edition, packaged once per session from a
fresh ``sphinx-build -b epub`` (fixtures in conftest.py). The markup tests
use ``tests/roots/epub-markup``, a hand-written stand-in for Sphinx's output
that carries glossary, note and figure markup.
The reading tests open the shipped edition (``dist/``) in pandoc, a second,
independent reader.
"""

from __future__ import annotations

import io
import itertools
import posixpath
import re
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers import ROOT, ROOTS, skip_or_fail
from lxml import etree

from folio.config import BookConfig
from folio.diagnostics import BuildError, Code
from folio.epub.metadata import CONFORMS_TO
from folio.epub.package import build_epub
from folio.ingest import words as textmatch

NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "h": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "ocf": "urn:oasis:names:tc:opendocument:xmlns:container",
}
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class Edition:
    """An EPUB opened the way a reading system does: container, package, spine."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with zipfile.ZipFile(path) as archive:
            self.infos = archive.infolist()
            self.files = {info.filename: archive.read(info.filename) for info in self.infos}
        container = etree.fromstring(self.files["META-INF/container.xml"])
        self.opf_path = container.find(".//ocf:rootfile", NS).get("full-path")
        self.folder = self.opf_path.rsplit("/", 1)[0] + "/" if "/" in self.opf_path else ""
        self.opf = etree.fromstring(self.files[self.opf_path])

    def meta(self, name: str) -> list[str]:
        """The values of a ``dc:`` element or a ``meta property``."""
        if name.startswith("dc:"):
            return [e.text or "" for e in self.opf.iterfind(f".//dc:{name[3:]}", NS)]
        return [e.text or "" for e in self.opf.iterfind(f".//opf:meta[@property='{name}']", NS)]

    def manifest(self) -> list[etree._Element]:
        return list(self.opf.iterfind(".//opf:manifest/opf:item", NS))

    def item(self, href: str) -> etree._Element:
        return etree.fromstring(self.files[self.folder + href])

    def spine(self, *, linear_only: bool = True) -> list[str]:
        items = {item.get("id"): item.get("href") for item in self.manifest()}
        refs = self.opf.iterfind(".//opf:spine/opf:itemref", NS)
        return [items[ref.get("idref")] for ref in refs if not linear_only or ref.get("linear") != "no"]

    def non_linear(self) -> list[str]:
        """The spine's documents marked ``linear="no"``."""
        return [href for href in self.spine(linear_only=False) if href not in self.spine()]

    def nav(self) -> etree._Element:
        href = next(item.get("href") for item in self.manifest() if "nav" in (item.get("properties") or "").split())
        return self.item(href)

    def pages(self) -> dict[str, etree._Element]:
        return {
            item.get("href"): self.item(item.get("href"))
            for item in self.manifest()
            if item.get("media-type") == "application/xhtml+xml"
        }

    def with_type(self, epub_type: str) -> list[tuple[str, etree._Element]]:
        """Every (page, element) in the spine's pages whose ``epub:type`` holds ``epub_type``."""
        return [
            (href, element)
            for href in self.spine()
            for element in self.item(href).iter(etree.Element)
            if epub_type in element.get(EPUB_TYPE, "").split()
        ]


@pytest.fixture(scope="session")
def edition(epub_edition: Path) -> Edition:
    return Edition(epub_edition)


def package_markup(factory: pytest.TempPathFactory, book: BookConfig, notice: str, modified: datetime) -> Edition:
    """The markup stand-in, packaged for ``book``; it shows an image that is made here."""
    from PIL import Image

    source = factory.mktemp(book.slug) / "epub"
    shutil.copytree(ROOTS / "epub-markup", source)
    (source / "_images").mkdir()
    Image.new("RGB", (40, 30), (200, 50, 50)).save(source / "_images" / "map.png")
    path = build_epub(
        source,
        factory.mktemp(f"{book.slug}-dist"),
        book=book,
        notices=(notice,),
        sources=(),
        modified=modified,
        stylesheet=ROOT / "conf" / "epub.css",
    )
    return Edition(path)


@pytest.fixture(scope="session")
def markup_edition(tmp_path_factory: pytest.TempPathFactory) -> Edition:
    book = BookConfig(title="Markup Test", publisher="Folio Tests", slug="markup")
    moment = datetime(2025, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=2)))
    return package_markup(tmp_path_factory, book, "© Someone. All rights reserved.", moment)


@pytest.fixture(scope="session")
def shipped(epub_path: Path) -> Edition:
    """The edition in ``dist/``, as the build published it."""
    return Edition(epub_path)


def pandoc_text(epub: Path) -> str:
    """The edition as plain text, read by pandoc's EPUB reader."""
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        skip_or_fail("pandoc is not installed; run `make setup`")
    command = [pandoc, "--from", "epub", "--to", "plain", "--wrap", "none", str(epub)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout


# --- Metadata ---------------------------------------------------------------------------------


def refinements(edition: Edition, element: str) -> dict[str, tuple[str, str | None]]:
    """Each ``element``'s text by id, with the ``property`` and scheme of the refinements that name it."""
    found = {}
    for item in edition.opf.iterfind(f".//dc:{element}", NS):
        for meta in edition.opf.iterfind(f".//opf:meta[@refines='#{item.get('id')}']", NS):
            found[f"{item.text}/{meta.get('property')}"] = (meta.text, meta.get("scheme"))
    return found


def test_bibliographic_metadata(edition: Edition, book: BookConfig, epub_inputs: dict) -> None:
    assert edition.meta("dc:title") == [book.title, book.subtitle]
    assert refinements(edition, "title") == {
        f"{book.title}/title-type": ("main", None),
        f"{book.subtitle}/title-type": ("subtitle", None),
    }
    assert edition.meta("dc:creator") == [book.editor]
    assert refinements(edition, "creator") == {f"{book.editor}/role": ("edt", "marc:relators")}
    sources = list(dict.fromkeys(epub_inputs["sources"]))
    assert edition.meta("dc:contributor") == sources
    assert refinements(edition, "contributor") == {f"{s}/role": ("ctb", "marc:relators") for s in sources}
    assert edition.meta("dc:date") == [book.date] and book.date
    assert edition.meta("dc:publisher") == [book.publisher]
    assert edition.meta("dc:language") == ["en-GB"]
    assert edition.meta("dc:description") == [book.description]
    assert edition.meta("dc:source") == list(epub_inputs["sources"]) and edition.meta("dc:source")
    assert edition.opf.get(XML_LANG) == "en-GB"


def test_identifier_is_derived_and_unique(edition: Edition, book: BookConfig) -> None:
    identifier = edition.opf.find(f".//dc:identifier[@id='{edition.opf.get('unique-identifier')}']", NS)
    assert identifier is not None and identifier.text == book.uid
    assert book.uid.startswith("urn:uuid:") and book.uid == BookConfig(title=book.title, publisher=book.publisher).uid


def test_rights_hold_the_licence_notice_verbatim(edition: Edition, epub_inputs: dict) -> None:
    assert edition.meta("dc:rights") == list(epub_inputs["rights"])


def test_modified_is_the_given_time_in_utc(edition: Edition, markup_edition: Edition) -> None:
    assert markup_edition.meta("dcterms:modified") == ["2025-03-01T07:30:00Z"]
    [stamp] = edition.meta("dcterms:modified")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp)


def test_no_field_says_unknown(edition: Edition) -> None:
    assert b"unknown" not in edition.files[edition.opf_path].lower()


def test_accessibility_metadata(edition: Edition) -> None:
    assert set(edition.meta("schema:accessMode")) == {"textual", "visual"}
    assert edition.meta("schema:accessModeSufficient") == ["textual"]
    assert {"structuralNavigation", "tableOfContents", "readingOrder"} <= set(
        edition.meta("schema:accessibilityFeature")
    )
    assert edition.meta("schema:accessibilityHazard") == ["none"]
    assert edition.meta("schema:accessibilitySummary")[0].strip()
    assert edition.meta("dcterms:conformsTo") == [CONFORMS_TO]


# --- Structure --------------------------------------------------------------------------------


def test_landmarks_name_cover_toc_bodymatter_glossary_and_copyright(edition: Edition) -> None:
    landmarks = edition.nav().find(".//h:nav[@epub:type='landmarks']", NS)
    assert landmarks.get("hidden") == "hidden", "reading systems list them; a converter must not print them"
    links = [(a.get(EPUB_TYPE), a.get("href").split("#")[0]) for a in landmarks.iterfind(".//h:a", NS)]
    assert [kind for kind, _ in links] == ["cover", "toc", "bodymatter", "glossary", "copyright-page"]
    for kind, href in links:
        assert edition.folder + href in edition.files, kind
    spine = edition.spine(linear_only=False)
    assert dict(links)["bodymatter"].startswith("chapters/") and dict(links)["glossary"] == "glossary.xhtml"
    assert all(href in spine for _, href in links)


def test_table_of_contents_follows_the_spine(edition: Edition) -> None:
    toc = edition.nav().find(".//h:nav[@epub:type='toc']", NS)
    hrefs = [a.get("href").split("#")[0] for a in toc.iterfind("h:ol/h:li/h:a", NS)]
    assert hrefs == [href for href in edition.spine() if href != "cover.xhtml"]


def test_cover_is_a_generated_image_with_alt_text(edition: Edition, book: BookConfig) -> None:
    from PIL import Image

    covers = [item for item in edition.manifest() if item.get("properties") == "cover-image"]
    assert len(covers) == 1 and covers[0].get("media-type") == "image/png"
    image = Image.open(io.BytesIO(edition.files[edition.folder + covers[0].get("href")]))
    assert image.size == (1400, 2100)
    [(page, section)] = edition.with_type("cover")
    assert edition.spine()[0] == page
    img = section.find(".//h:img", NS)
    assert img.get("src") == covers[0].get("href") and book.title in img.get("alt")


def cover_bytes(edition: Edition) -> bytes:
    [cover] = [item for item in edition.manifest() if item.get("properties") == "cover-image"]
    return edition.files[edition.folder + cover.get("href")]


def test_the_cover_is_drawn_once_per_title_and_kept_in_the_cache(
    tmp_path: Path, epub_sphinx_output: Path, epub_inputs: dict
) -> None:
    from folio.epub.cover import draw_cover

    cache, source, inputs = tmp_path / "cache", epub_sphinx_output, epub_inputs
    first, retitled = BookConfig(title="First Title", slug="a"), BookConfig(title="Second Title", slug="a")
    drawn = Edition(build_epub(source, tmp_path / "1.epub", book=first, cache=cache, **inputs))
    [kept] = cache.iterdir()
    assert cover_bytes(drawn) == kept.read_bytes() == draw_cover(first)
    kept.write_bytes(kept.read_bytes() + b"marker")  # a build that reads the cache ships what it holds
    assert cover_bytes(Edition(build_epub(source, tmp_path / "2.epub", book=first, cache=cache, **inputs))).endswith(
        b"marker"
    )
    redrawn = Edition(build_epub(source, tmp_path / "3.epub", book=retitled, cache=cache, **inputs))
    assert len(list(cache.iterdir())) == 2 and cover_bytes(redrawn) == draw_cover(retitled) != draw_cover(first)


def test_title_page(edition: Edition, book: BookConfig) -> None:
    [(page, body)] = edition.with_type("titlepage")
    assert edition.spine()[1] == page and body.tag == f"{{{NS['h']}}}body"
    assert "".join(body.find(".//h:h1", NS).itertext()) == book.title
    assert book.publisher in " ".join(body.itertext())


def test_copyright_page_carries_each_notice_verbatim(edition: Edition, epub_inputs: dict) -> None:
    [(page, section)] = edition.with_type("copyright-page")
    paragraphs = ["".join(p.itertext()) for p in section.iter(f"{{{NS['h']}}}p")]
    for notice in epub_inputs["notices"]:
        assert notice in paragraphs
    assert edition.spine()[-1] == page


def test_chapters_and_glossary_are_in_the_spine(edition: Edition, root: Path) -> None:
    chapters = sorted(f"chapters/{path.stem}.xhtml" for path in (root / "book" / "chapters").glob("*.md"))
    assert sorted(href for href in edition.spine() if href.startswith("chapters/")) == chapters
    assert [page for page, _ in edition.with_type("chapter")] == chapters
    assert [page for page, _ in edition.with_type("glossary")][:1] == ["glossary.xhtml"]


def test_every_page_has_a_language_and_a_title(edition: Edition) -> None:
    for href, page in edition.pages().items():
        assert page.get("lang") == "en-GB" and page.get(XML_LANG) == "en-GB", href
        assert (page.findtext("h:head/h:title", "", NS)).strip(), href


def test_headings_are_in_order(edition: Edition) -> None:
    for href in edition.spine():
        page = edition.item(href)
        levels = [int(e.tag[-1]) for e in page.iter(etree.Element) if re.fullmatch(r"\{[^}]+\}h[1-6]", e.tag)]
        if href != "cover.xhtml":
            assert levels and levels[0] == 1, href
        assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), href


def test_no_javascript(edition: Edition, markup_edition: Edition) -> None:
    for current in (edition, markup_edition):
        assert not [name for name in current.files if name.endswith((".js", ".mjs"))]
        assert not [i for i in current.manifest() if "scripted" in (i.get("properties") or "")]
        for href, page in current.pages().items():
            assert page.find(".//h:script", NS) is None, href
            assert not [a for e in page.iter(etree.Element) for a in e.attrib if a.startswith("on")], href


def test_one_small_stylesheet_without_colours(edition: Edition) -> None:
    sheets = [item.get("href") for item in edition.manifest() if item.get("media-type") == "text/css"]
    assert sheets == ["css/epub.css"]
    css = re.sub(r"/\*.*?\*/", "", edition.files[edition.folder + sheets[0]].decode(), flags=re.DOTALL)
    colours = re.findall(r"(?:^|[;{\s])(color|background(?:-color)?)\s*:\s*([^;}]*)", css)
    assert all(prop == "color" and value.strip() in {"inherit", "currentColor"} for prop, value in colours), (
        "the stylesheet must leave colours to the reader"
    )
    assert "font-family" not in css and "px" not in css
    for href, page in edition.pages().items():
        links = page.findall("h:head/h:link", NS)
        assert [link.get("rel") for link in links] == ["stylesheet"], href
        assert page.find(".//*[@style]") is None, href


def test_every_seed_word_in_order_in_the_spine(edition: Edition, seeds: list) -> None:
    text = " ".join(" ".join(edition.item(href).find("h:body", NS).itertext()) for href in edition.spine())
    found = textmatch.words(text)
    for seed in seeds:
        expected = textmatch.words(" ".join(paragraph.text for paragraph in seed.paragraphs))
        missing = textmatch.missing_word(expected, found)
        assert missing is None, f"{seed.path.name}: word {missing} ({expected[missing]!r}) is missing or out of order"


def test_every_manifest_item_is_used(edition: Edition) -> None:
    text = b" ".join(edition.files[name] for name in edition.files if name.endswith(".xhtml"))
    for item in edition.manifest():
        if item.get("properties") == "nav" or item.get("media-type") == "application/x-dtbncx+xml":
            continue
        assert item.get("href").encode() in text, f"{item.get('href')} is listed but nothing shows or links to it"


# --- The zip ----------------------------------------------------------------------------------


def test_zip_is_deterministic_and_mimetype_comes_first(edition: Edition, epub_inputs: dict) -> None:
    first = edition.infos[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    assert edition.files["mimetype"] == b"application/epub+zip" and not first.extra
    moment = epub_inputs["modified"]
    stamp = (*moment.timetuple()[:5], moment.second - moment.second % 2)
    assert {info.date_time for info in edition.infos} == {max(stamp, (1980, 1, 1, 0, 0, 0))}


def test_failed_write_keeps_the_previous_edition(
    epub_sphinx_output: Path, epub_inputs: dict, book: BookConfig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ebooklib import epub

    target = tmp_path / "book.epub"
    target.write_bytes(b"previous edition")

    def broken(self: epub.EpubWriter) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(epub.EpubWriter, "write", broken)
    with pytest.raises(BuildError) as raised:
        build_epub(epub_sphinx_output, target, book=book, **epub_inputs)
    assert [d.code for d in raised.value.diagnostics] == [Code.E008]
    assert target.read_bytes() == b"previous edition"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["book.epub"]


def test_missing_sphinx_output_is_reported(tmp_path: Path, book: BookConfig, epub_inputs: dict) -> None:
    with pytest.raises(BuildError) as raised:
        build_epub(tmp_path, tmp_path / "out", book=book, **epub_inputs)
    assert [d.code for d in raised.value.diagnostics] == [Code.E007]
    assert not (tmp_path / "out").exists()


# --- Markup from Sphinx is carried through ----------------------------------------------------


def test_body_markup_is_kept(markup_edition: Edition) -> None:
    source = etree.parse(str(ROOTS / "epub-markup" / "chapters" / "one.xhtml")).find(".//h:section", NS)
    built = markup_edition.item("chapters/one.xhtml").find(".//h:section", NS)
    assert " ".join("".join(source.itertext()).split()) == " ".join("".join(built.itertext()).split())
    for element in source.iter(etree.Element):
        if element.get("id"):
            [copy] = built.xpath(f"//*[@id='{element.get('id')}']")
            assert copy.tag == element.tag
            assert element.get(EPUB_TYPE) in (None, copy.get(EPUB_TYPE)), "an epub:type Sphinx wrote is kept"
    assert built.find(".//h:a[@epub:type='noteref']", NS).get("role") == "doc-noteref"
    assert built.find(".//h:aside[@epub:type='footnote']", NS).get("role") == "doc-footnote"


def test_glossary_semantics_are_kept(markup_edition: Edition) -> None:
    glossary = markup_edition.item("glossary.xhtml")
    assert glossary.find(".//h:dt[@epub:type='glossterm']", NS).get("id") == "term-kursk"
    assert glossary.find(".//h:dd[@epub:type='glossdef']", NS) is not None
    assert glossary.find(".//h:section[@epub:type='glossary']", NS).get("role") == "doc-glossary"


def test_images_shown_are_carried_and_nothing_else(markup_edition: Edition) -> None:
    hrefs = {item.get("href") for item in markup_edition.manifest()}
    assert "_images/map.png" in hrefs
    assert not [href for href in hrefs if href.startswith("_static/")]


def test_contents_lists_and_layout_wrappers_are_dropped(markup_edition: Edition) -> None:
    front = markup_edition.item("index.xhtml")
    assert front.find(".//h:div[@role='main']", NS) is None
    assert not [e for e in front.iter(etree.Element) if "toctree-wrapper" in (e.get("class") or "")]
    assert markup_edition.with_type("copyright-page"), "a copyright page is made when Sphinx wrote none"


# --- Glossary notes: a popup in reading systems, the glossary one tap away in the others --------


def mentions_of(edition: Edition) -> list[tuple[str, etree._Element]]:
    """Every (page, link) of the spine that is a linked glossary mention."""
    links = edition.with_type("noteref")
    return [(href, link) for href, link in links if "folio-term" in link.get("class", "").split()]


def test_pandoc_reads_every_seed_word_in_order(epub_path: Path, seeds: list) -> None:
    """pandoc makes a footnote of a same-page noteref and drops its text; no name may go that way."""
    found = textmatch.words(pandoc_text(epub_path))
    for seed in seeds:
        expected = textmatch.words(" ".join(paragraph.text for paragraph in seed.paragraphs))
        missing = textmatch.missing_word(expected, found)
        assert missing is None, f"{seed.path.name}: pandoc lost word {missing} ({expected[missing]!r}) or its order"


def test_every_mention_opens_its_note_in_the_glossary_which_links_back(shipped: Edition) -> None:
    found = mentions_of(shipped)
    glossary = shipped.item("glossary.xhtml")
    assert found
    for page, link in found:
        target, _, note_id = link.get("href").partition("#")
        assert posixpath.normpath(posixpath.join(posixpath.dirname(page), target)) == "glossary.xhtml"
        assert link.get("role") == "doc-noteref" and "".join(link.itertext()).strip()
        [note] = glossary.xpath(f"//*[@id='{note_id}']")
        assert note.tag == f"{{{NS['h']}}}div" and note.get(EPUB_TYPE) == "footnote"
        assert note.get("role") == "doc-footnote" and "folio-note" in note.get("class").split()
        definition = note.getparent()
        assert definition.tag == f"{{{NS['h']}}}dd" and definition.getprevious().get("id") == "term-" + note_id[5:]
        backlinks = {a.get("href").partition("#")[2] for a in note.iterfind(".//h:a[@class]", NS)}
        entry_mentions = {m.get("id") for _, m in found if m.get("href").endswith(f"#{note_id}")}
        assert backlinks and backlinks <= entry_mentions, "the note links back to the sentences that name it"


def test_no_reader_is_shown_a_note_twice(shipped: Edition) -> None:
    assert shipped.non_linear() == ["nav.xhtml"], "no notes document for a converter to print again"
    definitions = [
        " ".join("".join(p.itertext()).split())
        for p in shipped.item("glossary.xhtml").iterfind(".//h:p[@class='folio-definition']", NS)
    ]
    text = " ".join(" ".join("".join(shipped.item(h).itertext()).split()) for h in shipped.spine())
    assert definitions and all(text.count(definition) == 1 for definition in definitions)
    for page in shipped.spine():
        assert shipped.item(page).find(".//h:aside", NS) is None, page


def test_a_chapters_own_footnotes_stay_with_it(markup_edition: Edition) -> None:
    chapter = markup_edition.item("chapters/one.xhtml")
    assert [a.get("id") for a in chapter.iterfind(".//h:aside", NS)] == ["note-1"]
    assert chapter.find(".//h:a[@href='#note-1']", NS).get(EPUB_TYPE) == "noteref"


# --- The checkers, once per session on the real edition ---------------------------------------


def test_epubcheck_reports_nothing(epubcheck_findings: list) -> None:
    assert [str(d) for d in epubcheck_findings] == []


def test_ace_reports_no_violation(ace_findings: list) -> None:
    assert [str(d) for d in ace_findings] == []


# --- Our own words in typographic punctuation; an ISBN where the book has one -----------------


@pytest.fixture(scope="session")
def isbn_edition(tmp_path_factory: pytest.TempPathFactory) -> Edition:
    """The markup stand-in, for a book with an ISBN and straight quotes in its book.toml text."""
    book = BookConfig(
        title='Korea\'s "Allies"',
        subtitle="A book -- in short...",
        publisher="Folio Tests",
        description="On North Korea's troops.",
        isbn="978 0306406157",  # printed as the ISBN agency's ranges hyphenate it
        slug="isbn",
    ).typographic()
    moment = datetime(2025, 3, 1, tzinfo=UTC)
    return package_markup(tmp_path_factory, book, "© Someone's Press. All rights reserved.", moment)


def test_the_isbn_is_the_identifier_and_on_the_copyright_page(isbn_edition: Edition) -> None:
    unique = isbn_edition.opf.get("unique-identifier")
    assert isbn_edition.opf.find(f".//dc:identifier[@id='{unique}']", NS).text == "urn:isbn:9780306406157"
    [(_, section)] = isbn_edition.with_type("copyright-page")
    assert "ISBN 978-0-306-40615-7" in ["".join(p.itertext()) for p in section.iter(f"{{{NS['h']}}}p")]


def test_our_words_get_curly_punctuation_and_the_notice_stays_verbatim(isbn_edition: Edition) -> None:
    assert isbn_edition.meta("dc:title") == ["Korea’s “Allies”", "A book – in short…"]
    assert isbn_edition.meta("dc:description") == ["On North Korea’s troops."]
    assert isbn_edition.meta("dc:rights") == ["© Someone's Press. All rights reserved."]
    opf = isbn_edition.files[isbn_edition.opf_path].decode()
    assert "Korea's" not in opf.replace("Someone's", "")
