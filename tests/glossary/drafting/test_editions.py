"""Drafts build: a drafted person's titled form links in the HTML and EPUB editions, and `folio check`
reports every draft as an error (G013) until an editor removes ``draft: true``."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from helpers import DRAFTING, folio, make_project, no_traceback, slug_of
from lxml import etree, html

from folio.checks.glossary import check_glossary

ARTICLE = DRAFTING / "tuned" / "business_shipping.txt"
XHTML = {"h": "http://www.w3.org/1999/xhtml"}


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A book of one article, its register drafted by `folio glossary draft`, built in HTML and EPUB."""
    root = make_project(
        tmp_path_factory.mktemp("drafted") / "book",
        {"business_shipping.txt": ARTICLE.read_text(encoding="utf-8")},
        {"business_shipping.toml": 'title = "The Long Way Round"\nsource = "Harbour & Exchange"\n'},
    )
    drafting = folio(root, "glossary", "draft")
    assert drafting.returncode == 0, drafting.stderr
    build = folio(root, "build", "html", "epub", "--sphinx-opts=-W")
    no_traceback(build.stderr)
    assert build.returncode == 0, build.stderr
    return root


def _links(texts: list[tuple[str, str]], form: str) -> set[str]:
    return {entry for text, entry in texts if text == form}


def test_a_drafted_titled_form_links_in_the_html(drafted: Path) -> None:
    page = html.parse(str(drafted / "dist" / "html" / "chapters" / "the-long-way-round.html"))
    links = [
        ("".join(a.itertext()), a.get("data-folio-entry")) for a in page.xpath("//a[contains(@class, 'folio-term')]")
    ]
    assert _links(links, "Ingrid Solberg") == {"ingrid-solberg"}
    assert _links(links, "Ms. Solberg") == {"ingrid-solberg"}
    assert _links(links, "Baltic and International Maritime Council") == {"bimco"}
    assert _links(links, "Kestrel") == {"kestrel-line"}  # a short form drafted as an alias
    glossary = html.parse(str(drafted / "dist" / "html" / "glossary.html"))
    assert "Kestrel’s chief executive." in " ".join(  # definitions are our text, set in curly punctuation
        glossary.xpath("//*[@id='term-ingrid-solberg']/following::dd[1]//text()")
    )


def test_a_drafted_titled_form_links_in_the_epub(drafted: Path) -> None:
    with zipfile.ZipFile(drafted / "dist" / f"{slug_of(drafted)}.epub") as archive:
        name = next(n for n in archive.namelist() if n.endswith("chapters/the-long-way-round.xhtml"))
        page = etree.fromstring(archive.read(name))
    links = [
        ("".join(a.itertext()), a.get("href", "").rpartition("#")[2].removeprefix("note-"))
        for a in page.xpath("//h:a[contains(@class, 'folio-term')]", namespaces=XHTML)
    ]
    assert _links(links, "Ms. Solberg") == {"ingrid-solberg"}
    assert _links(links, "Lee Sang-woo") == {"lee-sang-woo"}


def test_check_reports_every_draft_as_an_error(drafted: Path) -> None:
    findings = [d for d in check_glossary(drafted) if d.code.name == "G013"]
    assert len(findings) == 14 and all(d.is_error for d in findings)
    assert str(findings[0]).startswith(f"{drafted / 'book' / 'glossary.yml'}:")
    assert "G013 entry 'kestrel-line' is a draft (drafted from seeds/business_shipping.txt:1" in str(findings[0])
    result = folio(drafted, "check", "--no-external")
    assert result.returncode == 4
    assert result.stderr.count(" G013 ") == 14


def test_an_entry_the_editor_reviewed_is_no_longer_reported(drafted: Path, tmp_path: Path) -> None:
    register = drafted / "book" / "glossary.yml"
    text = register.read_text(encoding="utf-8")
    reviewed = text.replace("    draft: true\n    source: seeds/business_shipping.txt:1\n", "", 1)
    (tmp_path / "book").mkdir()
    (tmp_path / "book" / "glossary.yml").write_text(reviewed, encoding="utf-8")
    (tmp_path / "book" / "chapters").symlink_to(drafted / "book" / "chapters")
    findings = [d for d in check_glossary(tmp_path, editions={}) if d.code.name == "G013"]
    assert len(findings) == 13
    assert "kestrel-line" not in " ".join(d.message for d in findings)
