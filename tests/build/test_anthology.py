"""Anthologies: articles from several publishers added, edited and removed in a built book.

The fixture articles are our own (``tests/roots/anthology``): three articles
from two publishers with different licence lines, beside the seed. Each case
changes one kind of input in a built book, builds it again without cleaning,
and compares every edition with a clean build of the same sources: an
incremental build must give the same editions, byte for byte.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import ENV, ROOT, ROOTS
from lxml import etree, html

from folio.pdf.typography import check_typography

ANTHOLOGY = ROOTS / "anthology"
SEED = "000_0e102ba998a2e36a"
ARTICLES = ("100_harbour_strike", "200_trade_minister", "300_think_tank")
SLUG = "allies-of-convenience"
MERIDIAN = "© 2026 The Meridian Gazette. All rights reserved. Reproduced under licence for this edition."
LEDGER = "Copyright 2026 Northern Ledger Ltd. Licensed to Folio Editions; all other rights reserved."
XHTML = "{http://www.w3.org/1999/xhtml}"


def folio(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "folio", *args],
        cwd=project,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def make_anthology(folder: Path, articles: tuple[str, ...] = ARTICLES) -> Path:
    """The real book's conf/ and pages, the seed, our articles and the anthology's register."""
    shutil.copytree(ROOT / "conf", folder / "conf")
    shutil.copytree(ROOT / "book", folder / "book", ignore=shutil.ignore_patterns("chapters", "glossary.yml"))
    shutil.copy(ANTHOLOGY / "glossary.yml", folder / "book" / "glossary.yml")
    (folder / "seeds").mkdir()
    for name in (SEED,):
        for suffix in (".txt", ".toml"):
            shutil.copy(ROOT / "seeds" / f"{name}{suffix}", folder / "seeds")
    for name in articles:
        add_article(folder, name)
    return folder


def add_article(project: Path, name: str) -> None:
    for suffix in (".txt", ".toml"):
        shutil.copy(ANTHOLOGY / f"{name}{suffix}", project / "seeds")


def editions(project: Path, *chosen: str) -> dict[str, str]:
    """Every file of the ``chosen`` editions (default: all) in dist/, and the SHA-256 of its bytes."""
    dist = project / "dist"
    kinds = set(chosen or ("html", "pdf", "epub"))
    return {
        name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(dist.rglob("*"))
        if path.is_file() and _edition(name := path.relative_to(dist).as_posix()) in kinds
    }


def _edition(name: str) -> str:
    return "html" if name.startswith("html/") else name.rpartition(".")[2]


def built(project: Path, *chosen: str) -> Path:
    build(project, *chosen)
    return project


def build(project: Path, *chosen: str) -> set[str]:
    """Build ``chosen`` editions; return the pages Sphinx read, as folio's progress lines name them."""
    result = folio(project, "build", *chosen, "--sphinx-opts=-W")
    assert result.returncode == 0, result.stderr
    read: set[str] = set()
    for line in re.findall(r"^folio: \w+: read \d+ of \d+ pages \(([^)]*)\)$", result.stderr, re.MULTILINE):
        read.update(line.split(", "))
    return read


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The anthology without its third article, built in all three editions, and kept as built.

    Sphinx starts afresh in a project that has moved, so each case works on a
    copy put back at the path where this one was built (:func:`restored`).
    """
    folder = tmp_path_factory.mktemp("anthology")
    built(make_anthology(folder / "book", ARTICLES[:2]))
    return Path(shutil.move(folder / "book", folder / "pristine"))


def restored(base: Path) -> Path:
    """A copy of the built anthology at the path where it was built."""
    work = base.parent / "book"
    shutil.rmtree(work, ignore_errors=True)
    return Path(shutil.copytree(base, work, symlinks=True))


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole anthology, built from a clean tree."""
    return built(make_anthology(tmp_path_factory.mktemp("anthology-full") / "book"))


def _edit_seed(project: Path) -> None:
    seed = project / "seeds" / f"{ARTICLES[0]}.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("on Monday morning", "on Tuesday morning"), "utf-8")


def _edit_sidecar(project: Path) -> None:
    sidecar = project / "seeds" / f"{ARTICLES[0]}.toml"
    text = sidecar.read_text(encoding="utf-8").replace("The Cranes Stand Still", "When the Cranes Stop")
    sidecar.write_text(text.replace("order = 2", "order = 3"), encoding="utf-8")


def _rename(project: Path) -> None:
    for suffix in (".txt", ".toml"):
        (project / "seeds" / f"{ARTICLES[0]}{suffix}").rename(project / "seeds" / f"150_port_strike{suffix}")


def _remove(project: Path) -> None:
    for suffix in (".txt", ".toml"):
        (project / "seeds" / f"{ARTICLES[1]}{suffix}").unlink()


def _register(project: Path) -> None:
    register = project / "book" / "glossary.yml"
    text = register.read_text(encoding="utf-8")
    text = text.replace("    aliases: [Dr. Nowak]\n", "    aliases: [Dr. Nowak, Ms. Nowak]\n")
    text = text.replace("  - Warsaw Institute of Trade\n", "")
    text = text.replace(
        "  # Institutions\n",
        "  # Institutions\n  - id: warsaw-institute-of-trade\n    name: Warsaw Institute of Trade\n"
        "    kind: institution\n    sort: Warsaw Institute of Trade\n    definition: A think tank in Warsaw.\n\n",
    )
    register.write_text(text, encoding="utf-8")


def _pin(project: Path) -> None:
    """The editor pins "Mr. Kim" in one paragraph of the minister's chapter to the other Kim."""
    register = project / "book" / "glossary.yml"
    pin = "\npins:\n  - chapter: 200_trade_minister\n    form: Mr. Kim\n    entry: kim-jong-un\n    paragraph: 3\n"
    register.write_text(register.read_text(encoding="utf-8") + pin, encoding="utf-8")


def _book(project: Path) -> None:
    config = project / "book" / "book.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('subtitle = "', 'subtitle = "Dispatches: '), encoding="utf-8")


# Each chapter's page is named after its title (the sidecar's), not its seed.
HARBOUR, MINISTER, THINK_TANK = (
    "chapters/the-cranes-stand-still",
    "chapters/batteries-not-bombs",
    "chapters/quieter-than-calm",
)

CASES: list[tuple[str, Callable[[Path], None], tuple[str, ...], set[str]]] = [
    # A new article: its chapter, the contents and article count (index), the notices (copyright).
    ("add-article", lambda project: add_article(project, ARTICLES[2]), (), {THINK_TANK, "index", "copyright"}),
    # New words in a chapter: that chapter only.
    ("edit-seed", _edit_seed, ("html", "epub"), {HARBOUR}),
    # A new title and place: the chapter, under its new name (the old page goes from every edition),
    # and the contents; the notices' chapter numbers move.
    ("edit-sidecar", _edit_sidecar, ("html", "epub"), {"chapters/when-the-cranes-stop", "index", "copyright"}),
    # A renamed seed keeps its chapter's name (its title's); the chapter notes its new seed.
    ("rename-article", _rename, ("html", "epub"), {HARBOUR}),
    ("remove-article", _remove, (), {"index", "copyright"}),
    # New aliases and entries: the glossary, and the chapters where their forms occur.
    ("register-entry", _register, (), {"glossary", HARBOUR}),
    # A pin: the chapter it names (under its seed's name, not its page's), and the glossary.
    ("register-pin", _pin, (), {"glossary", MINISTER}),
    # A new subtitle: the front page, which prints it.
    ("book-toml", _book, ("html", "epub"), {"index"}),
]


@pytest.mark.parametrize(("change", "chosen", "read"), [pytest.param(c, e, r, id=n) for n, c, e, r in CASES])
def test_an_incremental_build_equals_a_clean_build(
    base: Path, tmp_path: Path, change: Callable[[Path], None], chosen: tuple[str, ...], read: set[str]
) -> None:
    incremental = restored(base)
    change(incremental)
    assert build(incremental, *chosen) == read
    clean = tmp_path / "clean" / "book"
    shutil.copytree(incremental, clean, ignore=shutil.ignore_patterns("_build", "dist"))
    built(clean, *chosen)
    wanted, found = editions(clean), editions(incremental, *chosen)
    assert sorted(found) == sorted(wanted)
    assert [name for name in wanted if wanted[name] != found[name]] == []


def test_the_chapters_follow_the_sidecars_order(full: Path) -> None:
    """order = 1 and order = 2 take those places; the seed and the article without order fill the rest."""
    text = html.parse(str(full / "dist" / "html" / "index.html")).getroot()
    listed = [a.get("href") for a in text.xpath("//div[contains(@class, 'toctree-wrapper')]//a")]
    assert listed == [
        "chapters/batteries-not-bombs.html",
        "chapters/the-cranes-stand-still.html",
        "chapters/what-north-korea-gains-in-russias-war.html",
        "chapters/quieter-than-calm.html",
    ]


def footer(page: Path) -> str:
    return " ".join(" ".join(f.text_content().split()) for f in html.parse(str(page)).getroot().iter("footer"))


def test_each_chapter_page_carries_its_own_notice_and_the_others_carry_all(full: Path) -> None:
    site = full / "dist" / "html"
    harbour, minister = (
        footer(site / "chapters" / "the-cranes-stand-still.html"),
        footer(site / "chapters" / "batteries-not-bombs.html"),
    )
    assert MERIDIAN in harbour and LEDGER not in harbour
    assert LEDGER in minister and MERIDIAN not in minister
    front = footer(site / "index.html")
    assert f"Chapter 1: {LEDGER}" in front and f"Chapters 2 and 4: {MERIDIAN}" in front


def test_each_chapter_ends_with_its_source_line_and_notice(full: Path) -> None:
    page = html.parse(str(full / "dist" / "html" / "chapters" / "the-cranes-stand-still.html")).getroot()
    [credit] = page.xpath("//div[contains(@class, 'folio-credit')]")
    assert " ".join(credit.text_content().split()) == f"From The Meridian Gazette, 3 March 2026. {MERIDIAN}"


def test_the_copyright_page_names_the_chapters_each_notice_covers(full: Path) -> None:
    page = html.parse(str(full / "dist" / "html" / "copyright.html")).getroot()
    paragraphs = [" ".join(p.text_content().split()) for p in page.xpath("//article//p")]
    assert paragraphs[:4] == ["Chapter 1:", LEDGER, "Chapters 2 and 4:", MERIDIAN]


def test_the_pdf_and_epub_copyright_pages_credit_each_chapters_source_alike(full: Path) -> None:
    with zipfile.ZipFile(full / "dist" / f"{SLUG}.epub") as archive:
        name = next(n for n in archive.namelist() if n.endswith("copyright.xhtml"))
        page = etree.fromstring(archive.read(name))
    epub_lines = [" ".join("".join(p.itertext()).split()) for p in page.iter("{http://www.w3.org/1999/xhtml}p")]
    credits = [line for line in epub_lines if re.match(r"Chapter \d+: .*\.$", line)]
    assert len(credits) == 4, epub_lines
    pdf_text = " ".join(
        subprocess.run(
            ["pdftotext", str(full / "dist" / f"{SLUG}.pdf"), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    for credit in credits:
        assert credit in pdf_text, credit


def test_rights_in_the_epub_and_the_pdf_hold_each_notice_attributed(full: Path) -> None:
    with zipfile.ZipFile(full / "dist" / f"{SLUG}.epub") as archive:
        opf = etree.fromstring(archive.read("EPUB/content.opf"))
    rights = [node.text for node in opf.iter("{http://purl.org/dc/elements/1.1/}rights")]
    assert f"Chapter 1: {LEDGER}" in rights and f"Chapters 2 and 4: {MERIDIAN}" in rights
    xmp = subprocess.run(
        ["pdfinfo", "-meta", str(full / "dist" / f"{SLUG}.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert f"Chapter 1: {LEDGER}" in xmp and f"Chapters 2 and 4: {MERIDIAN.replace('©', '©')}" in xmp


def links(page: Path) -> list[tuple[str, str]]:
    """(text, entry) of every glossary link on a built chapter page."""
    tree = html.parse(str(page)).getroot()
    return [
        (" ".join(a.text_content().split()), a.get("data-folio-entry", ""))
        for a in tree.xpath("//a[@data-folio-entry]")
    ]


def test_mr_kim_is_the_kim_named_before_it_in_each_chapter(full: Path) -> None:
    chapters = full / "dist" / "html" / "chapters"
    assert {e for t, e in links(chapters / "batteries-not-bombs.html") if t == "Mr. Kim"} == {"kim-min-jun"}
    assert {e for t, e in links(chapters / "what-north-korea-gains-in-russias-war.html") if t == "Mr. Kim"} == {
        "kim-jong-un"
    }
    with zipfile.ZipFile(full / "dist" / f"{SLUG}.epub") as archive:
        page = etree.fromstring(archive.read("EPUB/chapters/batteries-not-bombs.xhtml"))
    hrefs = [a.get("href") for a in page.iter(f"{XHTML}a") if "".join(a.itertext()) == "Mr. Kim"]
    assert hrefs and all(href.endswith("#note-kim-min-jun") for href in hrefs)


def test_two_namesakes_in_one_chapter_keep_their_own_entries(full: Path) -> None:
    found = links(full / "dist" / "html" / "chapters" / "the-cranes-stand-still.html")
    assert ("Ms. Kowalski", "anna-kowalski") in found and ("Mr. Kowalski", "piotr-kowalski") in found
    assert ("ITF", "itf") not in found or found.index(
        ("International Transport Workers' Federation", "itf")
    ) < found.index(("ITF", "itf"))


def test_a_titled_form_without_an_antecedent_is_not_linked_and_check_says_so(full: Path, tmp_path: Path) -> None:
    project = Path(shutil.copytree(full, tmp_path / "book", symlinks=True))
    seed = project / "seeds" / f"{ARTICLES[2]}.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("Victor Cha, who chairs", "Its director, who chairs"), "utf-8"
    )
    built(project, "html", "epub")
    assert ("Mr. Cha", "victor-cha") not in links(project / "dist" / "html" / "chapters" / "quieter-than-calm.html")
    result = folio(project, "check", "--no-external")
    assert re.search(
        r"quieter-than-calm\.md:\d+: G010 paragraph 2: 'Mr\. Cha' is not linked: no entry that carries it \(victor-cha\)",
        result.stderr,
    ), result.stderr


def test_the_anthology_checks_clean(full: Path) -> None:
    result = folio(full, "check", "--no-external")
    assert result.returncode == 0, result.stderr
    assert "0 error(s)" in result.stderr


def test_the_anthologys_pages_pass_the_typography_checks(full: Path) -> None:
    """No word broken across a page turn, no hyphen ladder, no widow or orphan, in a book of several articles."""
    titles = [
        line.split("=", 1)[1].strip().strip('"')
        for sidecar in sorted((full / "seeds").glob("*.toml"))
        for line in sidecar.read_text(encoding="utf-8").splitlines()
        if line.startswith("title")
    ]
    assert len(titles) == 4
    assert check_typography(full / "dist" / f"{SLUG}.pdf", titles) == []
