"""The glossary: the register, its checks, the linking rule, and what each edition gives a reader.

Fixture books live in ``tests/roots/glossary-*`` (one per diagnostic code,
plus ``glossary-basic`` for the linking rules); each is a tiny Sphinx project
with the folio glossary extension. The last tests build the real book.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import yaml
from helpers import CHROMIUM_ARGS, ROOT, ROOTS, make_project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree, html

from folio.checks.glossary import check_glossary
from folio.glossary.register import Entry, Matcher, read_register
from folio.punctuation import curly

EPUB_NS = {"h": "http://www.w3.org/1999/xhtml", "epub": "http://www.idpf.org/2007/ops"}
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
CHAPTER = "chapters/what-north-korea-gains-in-russias-war"


# --- helpers -----------------------------------------------------------------------------------


def copy_root(name: str, folder: Path) -> Path:
    return Path(shutil.copytree(ROOTS / name, folder / name))


def sphinx(
    book: Path, out: Path, builder: str = "html", *, conf: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``sphinx-build -W`` as the build runs it; doctrees beside the output."""
    doctrees = out.parent / f"doctrees-{out.name}"
    command = [sys.executable, "-m", "sphinx", "-W", "-q", "-b", builder, "-d", str(doctrees)]
    command += ["-c", str(conf)] if conf else []
    return subprocess.run([*command, str(book), str(out)], capture_output=True, text=True, timeout=600, check=False)


def built(book: Path, out: Path, builder: str = "html", *, conf: Path | None = None) -> Path:
    result = sphinx(book, out, builder, conf=conf)
    assert result.returncode == 0, result.stderr
    return out


def paragraph_links(page: Path, xpath: str) -> list[list[tuple[str, str]]]:
    """For each paragraph: the (text, entry) of every glossary link in it, in order."""
    tree = etree.parse(str(page), etree.XMLParser() if page.suffix == ".xhtml" else etree.HTMLParser())
    rows = []
    for paragraph in tree.xpath(xpath, namespaces=EPUB_NS):
        links = paragraph.xpath(".//*[local-name()='a'][contains(@class, 'folio-term')]")
        rows.append([("".join(a.itertext()), _entry(a)) for a in links])
    return rows


def _entry(link: etree._Element) -> str:
    return link.get("data-folio-entry") or link.get("href", "").rpartition("#")[2].removeprefix("note-")


HTML_PARAGRAPHS = (
    "//section//p[not(ancestor::*[contains(@class, 'standfirst') or contains(@class, 'folio-definitions')"
    " or contains(@class, 'folio-credit')])]"
)
EPUB_PARAGRAPHS = (
    "//h:section//h:p[not(ancestor::h:aside) and not(ancestor::*[contains(@class, 'standfirst')"
    " or contains(@class, 'folio-credit')])]"
)
"""The article's paragraphs: not the standfirst, the hidden definitions or the credit (source and notice)."""


# --- the register ------------------------------------------------------------------------------

_WORD = st.text(st.characters(categories=("Lu", "Ll")), min_size=2, max_size=8)
_NAME = st.lists(_WORD, min_size=1, max_size=3).map(" ".join)
_PROSE = st.text(
    st.characters(categories=("L", "N", "P", "S"), exclude_characters="\x85\ufeff"), min_size=1, max_size=60
)


@st.composite
def registers(draw: st.DrawFn) -> list[dict]:
    """Valid registers: unique ids and forms, arbitrary printable definitions."""
    names = draw(st.lists(_NAME, min_size=1, max_size=6, unique_by=str.casefold))
    used = {n.casefold() for n in names}
    entries = []
    for number, name in enumerate(names):
        aliases = [a for a in draw(st.lists(_NAME.map(lambda n: f"Mr. {n}"), max_size=2)) if a.casefold() not in used]
        aliases = list(dict.fromkeys(aliases))
        used |= {a.casefold() for a in aliases}
        entry = {
            "id": f"e{number}-{draw(st.from_regex(r'[a-z0-9-]{0,6}', fullmatch=True))}",
            "name": name,
            "kind": draw(st.sampled_from(["person", "institution"])),
            "sort": name,
            "definition": draw(_PROSE).strip() or "x",
        }
        if aliases:
            entry["aliases"] = aliases
        entries.append(entry)
    return entries


def _load(tmp_path: Path, entries: list[dict]) -> tuple[str, list[Entry], list]:
    text = yaml.safe_dump({"entries": entries}, allow_unicode=True, sort_keys=False, width=40)
    path = tmp_path / "glossary.yml"
    path.write_text(text, encoding="utf-8")
    register, findings = read_register(path)
    return text, list(register.entries), findings


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=registers())
def test_the_loader_reads_back_what_was_written_with_lines(entries: list[dict], tmp_path: Path) -> None:
    text, loaded, findings = _load(tmp_path, entries)
    assert findings == []
    starts = [number for number, line in enumerate(text.splitlines(), 1) if line.startswith("- ")]
    for written, entry, line in zip(entries, loaded, starts, strict=True):
        fields = ("id", "name", "kind", "sort")
        assert tuple(getattr(entry, f) for f in fields) == tuple(written[f] for f in fields)
        assert entry.aliases == tuple(written.get("aliases", ()))
        assert entry.definition == curly(" ".join(written["definition"].split())), "our words, typographic"
        assert entry.line == line


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=registers().filter(lambda e: len(e) >= 2), data=st.data())
def test_a_copied_form_is_reported_at_its_line(entries: list[dict], data: st.DataObject, tmp_path: Path) -> None:
    source, target = data.draw(st.permutations(range(len(entries))))[:2]
    entries[target].setdefault("aliases", []).append(entries[source]["name"])
    text, _, findings = _load(tmp_path, entries)
    codes = [d.code.name for d in findings]
    assert "G004" in codes
    line = next(d.line for d in findings if d.code.name == "G004")
    assert entries[source]["name"] in text.splitlines()[line - 1]


@settings(max_examples=60)
@given(names=st.lists(_NAME, min_size=1, max_size=5, unique_by=str.casefold), filler=st.lists(_WORD, max_size=5))
def test_the_matcher_prefers_the_longest_form_and_never_overlaps(names: list[str], filler: list[str]) -> None:
    entries = [Entry(id=f"e{i}", name=n, kind="person", sort=n, definition="x") for i, n in enumerate(names)]
    text = " ".join([*filler, names[-1] + " " + names[0], *filler])
    mentions = Matcher((e.name, e.id) for e in entries).find(text)
    forms = {e.name.casefold(): e.id for e in entries}
    for before, after in itertools.pairwise(mentions):
        assert before.end <= after.start
    for mention in mentions:
        assert forms[text[mention.start : mention.end].casefold()] == mention.entry
    longest = max((e for e in entries if e.name in text), key=lambda e: len(e.name))
    assert any(text[m.start : m.end] == longest.name for m in mentions)


def test_the_matcher_keeps_names_apart_and_never_links_a_bare_surname() -> None:
    register, findings = read_register(ROOT / "book" / "glossary.yml")
    assert findings == []
    text = "Kim Il Sung, Kim Jong Un and Kim Yung-ho met. Mr. Kim left; Kim stayed, and so did Kim Yung."
    found = [(text[m.start : m.end], m.entry) for m in register.matcher.find(text)]
    assert found == [
        ("Kim Il Sung", "kim-il-sung"),
        ("Kim Jong Un", "kim-jong-un"),
        ("Kim Yung-ho", "kim-yung-ho"),
        ("Mr. Kim", "kim-jong-un"),
    ]


# --- the checks: one fixture per code ----------------------------------------------------------


@pytest.mark.parametrize(
    ("root", "expected"),
    [
        ("glossary-g001", [("G001", "book/glossary.yml", 5)]),
        ("glossary-g002", [("G002", "book/glossary.yml", 7), ("G002", "book/glossary.yml", 9)]),
        ("glossary-g003", [("G003", "book/glossary.yml", 7), ("G003", "book/glossary.yml", 12)]),
        ("glossary-g004", [("G004", "book/glossary.yml", 14)]),
        ("glossary-g005", [("G005", "book/glossary.yml", 8)]),
        ("glossary-g007", [("G007", "book/chapters/one.md", 9)] * 5),
        ("glossary-g008", [("G008", "book/glossary.yml", 7)]),
    ],
)
def test_each_code_at_its_file_and_line(root: str, expected: list[tuple[str, str, int]]) -> None:
    folder = ROOTS / root
    code = expected[0][0]
    findings = [d for d in check_glossary(folder, editions={}) if d.code.name == code]
    assert [(d.code.name, Path(d.path).relative_to(folder).as_posix(), d.line) for d in findings] == expected
    assert all(str(d).startswith(f"{d.path}:{d.line}: {code} ") for d in findings)


def test_suggestions_name_the_likely_names_once() -> None:
    findings = check_glossary(ROOTS / "glossary-g007", editions={})
    names = [d.message.split("'")[1] for d in findings if d.code.name == "G007"]
    assert names == ["Daniel Brooks", "State Department", "Irene Adler", "Baker Street Institute", "Maersk"]


def test_g006_a_first_mention_the_edition_does_not_link(tmp_path: Path) -> None:
    root = copy_root("glossary-g006", tmp_path)
    out = built(root / "book", tmp_path / "html")
    findings = [d for d in check_glossary(root, editions={"html": out}) if d.code.name == "G006"]
    assert [(Path(d.path).name, d.line) for d in findings] == [("one.md", 9)]
    assert "paragraph 1" in findings[0].message and "'Kim Jong Un'" in findings[0].message


def test_g009_a_register_without_a_glossary_page_fails_the_build(tmp_path: Path) -> None:
    result = sphinx(ROOTS / "glossary-g009" / "book", tmp_path / "html")
    assert result.returncode != 0
    assert "glossary.yml: G009 " in result.stderr


def test_a_broken_register_stops_the_build_with_its_codes(tmp_path: Path) -> None:
    root = copy_root("glossary-basic", tmp_path)
    shutil.copy(ROOTS / "glossary-g003" / "book" / "glossary.yml", root / "book" / "glossary.yml")
    result = sphinx(root / "book", tmp_path / "html")
    assert result.returncode != 0
    assert f"{root / 'book' / 'glossary.yml'}:7: G003 duplicate id 'kim-jong-un'" in result.stderr


def test_the_real_book_passes_its_register_checks() -> None:
    findings = check_glossary(ROOT, editions={})
    assert [str(d) for d in findings] == []


# --- the linking rule, on the fixture book -----------------------------------------------------


@pytest.fixture(scope="module")
def basic(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("glossary-basic")
    root = copy_root("glossary-basic", folder)
    sources = {p: p.read_bytes() for p in (root / "book" / "chapters").glob("*.md")}
    editions = {
        "root": root,
        "html": built(root / "book", folder / "html"),
        "epub": built(root / "book", folder / "epub", "epub"),
    }
    assert {p: p.read_bytes() for p in sources} == sources, "the build must not touch chapter sources"
    return editions


def test_first_mention_per_paragraph_longest_name_and_no_bare_surname(basic: dict[str, Path]) -> None:
    for page, xpath in (
        (basic["html"] / "chapters/one.html", HTML_PARAGRAPHS),
        (basic["epub"] / "chapters/one.xhtml", EPUB_PARAGRAPHS),
    ):
        assert paragraph_links(page, xpath) == [
            [("Kim Il Sung", "kim-il-sung"), ("Kim Jong Un", "kim-jong-un")],
            [("Mr. Kim", "kim-jong-un"), ("Kim Yung-ho", "kim-yung-ho")],
            [("Acme Institute", "acme-institute"), ("Jenny Town", "jenny-town")],  # a {term} role counts as first
            [("Kim Jong Un", "kim-jong-un")],  # the one in code is not linked
            [],
        ], page


def test_the_glossary_page_groups_sorts_and_links_back(basic: dict[str, Path]) -> None:
    page = html.parse(str(basic["html"] / "glossary.html")).getroot()
    groups = {
        h.text_content().strip("#¶ "): [dt.text_content() for dt in h.getparent().xpath(".//dt")]
        for h in page.xpath("//section/h2")
    }
    assert groups == {
        "People": ["Kim Il Sung", "Kim Jong Un", "Kim Yung-ho", "Jenny Town"],
        "Institutions": ["Acme Institute"],
    }
    dd = page.xpath("//dt[@id='term-kim-jong-un']/following-sibling::dd[1]")[0]
    assert dd.xpath("string(p[1])") == "The leader of North Korea."
    backrefs = [(a.text_content(), a.get("href")) for a in dd.xpath(".//a[contains(@class, 'folio-backref')]")]
    assert backrefs == [
        ("standfirst", "chapters/one.html#mention-kim-jong-un-1"),
        ("¶¶\u00a01–2", "chapters/one.html#mention-kim-jong-un-2"),
        ("¶\u00a04", "chapters/one.html#mention-kim-jong-un-4"),
        ("¶\u00a01", "chapters/two.html#mention-kim-jong-un-1"),
    ]
    chapter = html.parse(str(basic["html"] / "chapters/one.html")).getroot()
    assert chapter.xpath("//a[@id='mention-kim-jong-un-3']")[0].text_content() == "Mr. Kim"


def test_the_epub_glossary_and_popup_notes_carry_epub_semantics(basic: dict[str, Path]) -> None:
    glossary = etree.parse(str(basic["epub"] / "glossary.xhtml"))
    section = glossary.xpath("//h:section[@epub:type='glossary']", namespaces=EPUB_NS)
    assert len(section) == 1 and section[0].xpath("h:h1", namespaces=EPUB_NS)
    terms = glossary.xpath("//h:dt", namespaces=EPUB_NS)
    assert terms
    assert all(dt.get(EPUB_TYPE) == "glossterm" and len(dt.xpath("h:dfn", namespaces=EPUB_NS)) == 1 for dt in terms)
    assert all(dd.get(EPUB_TYPE) == "glossdef" for dd in glossary.xpath("//h:dd", namespaces=EPUB_NS))
    chapter = etree.parse(str(basic["epub"] / "chapters/one.xhtml"))
    links = chapter.xpath("//h:a[@epub:type='noteref']", namespaces=EPUB_NS)
    assert links and not chapter.xpath("//h:aside", namespaces=EPUB_NS), "the notes are the glossary's definitions"
    for link in links:
        target, _, note_id = link.get("href").partition("#")
        assert target == "../glossary.xhtml" and link.get("role") == "doc-noteref"
        [note] = glossary.xpath(f"//*[@id='{note_id}']")
        assert note.get(EPUB_TYPE) == "footnote" and note.get("role") == "doc-footnote"
        assert note.getparent().getprevious().get("id") == f"term-{note_id.removeprefix('note-')}"


def test_adding_an_alias_links_it_in_every_chapter_on_rebuild(tmp_path: Path) -> None:
    root = copy_root("glossary-basic", tmp_path)
    out = built(root / "book", tmp_path / "html")
    assert "Supreme Leader</a>" not in (out / "chapters/two.html").read_text()
    register = root / "book" / "glossary.yml"
    register.write_text(register.read_text().replace("aliases: [Mr. Kim]", "aliases: [Mr. Kim, Supreme Leader]"))
    later = time.time() + 5
    os.utime(register, (later, later))
    built(root / "book", out)
    for name, paragraph in (("one", 4), ("two", 1)):
        links = paragraph_links(out / f"chapters/{name}.html", HTML_PARAGRAPHS)[paragraph]
        assert ("Supreme Leader", "kim-jong-un") in links


# --- the real book -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def book_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(ROOT / "book", tmp_path_factory.mktemp("glossary-html") / "html", conf=ROOT / "conf")


def _register_forms() -> dict[str, list[str]]:
    data = yaml.safe_load((ROOT / "book" / "glossary.yml").read_text(encoding="utf-8"))
    return {e["id"]: [e["name"], *e.get("aliases", [])] for e in data["entries"]}


def _expected_links(text: str, forms: dict[str, list[str]]) -> list[tuple[str, str]]:
    """The rule, written independently: each entry's first form in the paragraph, in text order."""
    firsts = []
    for entry, names in forms.items():
        found = [
            (match.start(), name)
            for name in names
            for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?!\w|-\w)", text)
        ]
        if found:
            start, name = min(found, key=lambda f: (f[0], -len(f[1])))
            firsts.append((start, name, entry))
    return [(name, entry) for _, name, entry in sorted(firsts)]


@pytest.mark.parametrize("edition", ["html", "epub", "packaged epub"])
def test_every_paragraph_of_the_real_book_links_each_first_mention(
    edition: str, book_html: Path, epub_sphinx_output: Path, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    page, xpath = (
        (book_html / f"{CHAPTER}.html", "//article" + HTML_PARAGRAPHS)
        if edition == "html"
        else (epub_sphinx_output / f"{CHAPTER}.xhtml", EPUB_PARAGRAPHS)
    )
    if edition == "packaged epub":  # the shipped edition, with its page-break markers
        page = tmp_path / "chapter.xhtml"
        with zipfile.ZipFile(request.getfixturevalue("epub_path")) as archive:
            page.write_bytes(archive.read(next(n for n in archive.namelist() if n.endswith(f"{CHAPTER}.xhtml"))))
    tree = etree.parse(str(page), etree.HTMLParser() if edition == "html" else etree.XMLParser())
    paragraphs = tree.xpath(xpath, namespaces=EPUB_NS)
    assert len(paragraphs) == 9
    forms = _register_forms()
    for paragraph, links in zip(paragraphs, paragraph_links(page, xpath), strict=True):
        assert links == _expected_links("".join(paragraph.itertext()), forms)


def test_mr_kim_and_the_other_kims_go_to_their_own_entries(book_html: Path) -> None:
    rows = paragraph_links(book_html / f"{CHAPTER}.html", HTML_PARAGRAPHS)
    links = {(text, entry) for row in rows for text, entry in row}
    assert {
        ("Mr. Kim", "kim-jong-un"),
        ("Kim Jong Un", "kim-jong-un"),
        ("Kim Il Sung", "kim-il-sung"),
        ("Kim Yung-ho", "kim-yung-ho"),
        ("Ms. Town", "jenny-town"),
    } <= links
    page = html.parse(str(book_html / f"{CHAPTER}.html")).getroot()
    hrefs = {a.get("href") for a in page.xpath("//a[contains(@class, 'folio-term')][.='Mr. Kim']")}
    assert hrefs == {"../glossary.html#term-kim-jong-un"}
    assert html.parse(str(book_html / "glossary.html")).getroot().xpath("//dt[@id='term-kim-jong-un']//dfn")


def test_the_packaged_epub_keeps_the_semantics_and_passes_epubcheck(
    epub_edition: Path, epubcheck_findings: list
) -> None:
    with zipfile.ZipFile(epub_edition) as archive:
        pages = {name: archive.read(name) for name in archive.namelist() if name.endswith(".xhtml")}
    glossary = etree.fromstring(next(v for k, v in pages.items() if k.endswith("glossary.xhtml")))
    assert glossary.xpath("//h:section[@epub:type='glossary']//h:dt[@epub:type='glossterm']/h:dfn", namespaces=EPUB_NS)
    chapter = etree.fromstring(next(v for k, v in pages.items() if k.endswith(f"{CHAPTER}.xhtml")))
    href = chapter.xpath("//h:a[@epub:type='noteref'][.='Mr. Kim']/@href", namespaces=EPUB_NS)[0]
    assert href == "../glossary.xhtml#note-kim-jong-un", "the popup note is the entry's definition"
    assert glossary.xpath("//h:dd/h:div[@epub:type='footnote'][@id='note-kim-jong-un']", namespaces=EPUB_NS)
    assert not chapter.xpath("//h:aside[@epub:type='footnote']", namespaces=EPUB_NS)
    assert [str(d) for d in check_glossary(ROOT, editions={"the EPUB edition": epub_edition})] == []
    assert [str(d) for d in epubcheck_findings] == []


def test_the_pdf_links_mentions_and_prints_page_numbers_and_index(latex_dir: Path, pdf_path: Path, book) -> None:
    source = (latex_dir / f"{book.slug}.tex").read_text(encoding="utf-8")
    assert r"\hyperref[\detokenize{glossary:term-kim-jong-un}]{Mr. Kim}" in source
    assert r"\hyperref[\detokenize{glossary:term-kim-il-sung}]{Kim Il Sung}" in source
    pdftotext = ["pdftotext", "-layout", str(pdf_path), "-"]
    text = subprocess.run(pdftotext, capture_output=True, text=True, check=True).stdout
    glossary = text[text.rindex("Institutions") :] if "Institutions" in text else ""
    assert re.search(r"¶¶?\s*[\d–]+\s*\(pp?\.\s*\d+", text), "back-references carry page numbers"
    assert glossary and re.search(r"Putin, Vladimir,?\s+\d", text), "the glossary terms are in the index"


# --- the HTML popup, in Chromium ---------------------------------------------------------------


def test_the_popup_shows_the_definition_on_hover_and_keyboard_focus(book_html: Path, chromium: str) -> None:
    from playwright.sync_api import sync_playwright

    url = (book_html / f"{CHAPTER}.html").as_uri()
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(url, wait_until="load")
        tooltip = page.locator("#folio-tooltip")

        page.hover("a.folio-term[data-folio-entry='kim-il-sung']")
        tooltip.wait_for(state="visible", timeout=5000)
        assert "Kim Il Sung" in tooltip.inner_text() and "founding leader" in tooltip.inner_text()
        assert page.url == url, "hovering must not leave the page"
        page.mouse.move(0, 0)
        tooltip.wait_for(state="hidden", timeout=5000)

        focused = _tab_to_first_mention(page)
        assert focused == "kim-jong-un"
        tooltip.wait_for(state="visible", timeout=5000)
        assert "The leader of North Korea" in tooltip.inner_text()
        assert _accessible_description(page).startswith("The leader of North Korea")
        page.keyboard.press("Escape")
        tooltip.wait_for(state="hidden", timeout=5000)
        assert page.evaluate("document.activeElement.dataset.folioEntry") == "kim-jong-un"
        browser.close()
    assert errors == []


def _tab_to_first_mention(page) -> str | None:
    for _ in range(300):
        page.keyboard.press("Tab")
        entry = page.evaluate("document.activeElement && document.activeElement.dataset.folioEntry || null")
        if entry:
            return entry
    return None


def _accessible_description(page) -> str:
    """The focused link's description as Chromium's accessibility tree gives it to a screen reader."""
    session = page.context.new_cdp_session(page)
    document = session.send("DOM.getDocument")
    node = session.send("DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": "a.folio-term:focus"})
    tree = session.send("Accessibility.getPartialAXTree", {"nodeId": node["nodeId"], "fetchRelatives": False})
    described = [n for n in tree["nodes"] if n.get("description")]
    return described[0]["description"]["value"] if described else ""


def test_a_name_in_many_chapters_keeps_the_tex_lines_short(tmp_path: Path) -> None:
    """TeX reads a line into a 200,000-character buffer: the back-references of a name that 300 chapters
    mention must not share one line. Here 40 chapters; the longest line is the longest paragraph's."""
    seed = (ROOT / "seeds" / "000_0e102ba998a2e36a.txt").read_text(encoding="utf-8")
    sidecar = (ROOT / "seeds" / "000_0e102ba998a2e36a.toml").read_text(encoding="utf-8")
    seeds = {f"{n:02d}_copy.txt": seed for n in range(40)}
    sidecars = {f"{n:02d}_copy.toml": sidecar.replace('title = "', f'title = "{n}. ') for n in range(40)}
    project = make_project(tmp_path, seeds, sidecars)
    shutil.copy(ROOT / "book" / "glossary.yml", project / "book" / "glossary.yml")
    result = sphinx(project / "book", tmp_path / "latex", "latex", conf=project / "conf")
    assert result.returncode == 0, result.stderr
    [source] = (tmp_path / "latex").glob("*.tex")
    lines = source.read_text(encoding="utf-8").splitlines()
    longest_paragraph = max(len(line) for line in seed.splitlines())
    assert max(len(line) for line in lines) < 2 * longest_paragraph + 2000
    linked = {m for line in lines for m in re.findall(r"\\hyperref\[\\detokenize\{(chapters/[^:}]+):mention-", line)}
    assert len(linked) == 40, "the glossary lists every chapter's mentions"
