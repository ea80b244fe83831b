"""The build pipeline on the robustness fixture book: text literal and inert, nothing lost on failure.

The fixture book (``conftest.fixture_book``, built once per session with all
three editions as ``folio build --sphinx-opts=-W`` builds them) holds a
hostile seed (``tests/roots/robustness/hostile.txt``: MyST directives and
roles, HTML and scripts, Markdown, LaTeX specials and template braces, with a
licence notice full of specials) and two awkward but valid seeds (a
byte-order mark, CRLF, trailing spaces and blank lines; old Mac CR line
ends). Tests that change it work on a copy; each failure must leave the
copy's ``dist/`` as it was and say so (B009).
"""

from __future__ import annotations

import random
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from helpers import (
    AWKWARD,
    EXPECTED,
    HOSTILE_LINES,
    NOTICE,
    Book,
    clone,
    folio,
    make_project,
    no_traceback,
    require_tool,
    slug_of,
    squash,
    stray,
    tree,
)
from lxml import etree, html

from folio.checks import editions as checks
from folio.diagnostics import ExitCode
from folio.project import Project

SECRET = "SECRET-FILE-CONTENTS"
"""The text of tests/roots/robustness/secret.txt, which the hostile seed tries to include."""
PASSWD = "root:x:0:"
"""The first line of /etc/passwd, which the hostile seed tries to include."""


# --- what a reader gets from each edition ------------------------------------------------------


def html_article(project: Path, chapter: str) -> html.HtmlElement:
    page = html.parse(str(project / "dist" / "html" / "chapters" / f"{chapter}.html")).getroot()
    [article] = page.xpath("//article")
    return article


def epub_page(project: Path, chapter: str) -> etree._Element:
    with zipfile.ZipFile(project / "dist" / f"{slug_of(project)}.epub") as archive:
        [name] = [n for n in archive.namelist() if n.endswith(f"/{chapter}.xhtml")]
        return etree.fromstring(archive.read(name))


_FURNITURE = re.compile(r"^(?:[\divxlc]+|\d+ [^a-z]+|[^a-z]+ \d+)$")
"""A page number, or a running head (capitals) with its page number."""


def pdf_compact(project: Path) -> tuple[str, str]:
    """The PDF's text without page furniture or any white space; and the same with line-end hyphens joined."""
    text = checks.pdf_text(project / "dist" / f"{slug_of(project)}.pdf")
    lines = [line for line in text.splitlines() if not _FURNITURE.match(line.strip())]
    body = "\n".join(lines)
    return "".join(body.split()), "".join(re.sub(r"-\n", "", body).split())


def edition_text(project: Path, edition: str, chapter: str) -> str:
    if edition == "html":
        return squash(html_article(project, chapter).text_content())
    page = epub_page(project, chapter)
    return squash("".join(page.find("{http://www.w3.org/1999/xhtml}body").itertext()))


# --- hostile and awkward text: literal and inert in every edition -----------------------------


def test_every_edition_is_built_checked_and_published(fixture_book: Book) -> None:
    for edition in ("html", "pdf", "epub"):
        assert f"folio: {edition}: check text and licence notice done" in fixture_book.output
    slug = slug_of(fixture_book.root)
    published = ["html", f"{slug}.pdf", f"{slug}-print.pdf", f"{slug}-cover.pdf", f"{slug}.epub"]
    for path in published:
        assert f"folio: published dist/{path}" in fixture_book.output
    assert sorted(p.name for p in (fixture_book.root / "dist").iterdir()) == sorted(published)
    assert stray(fixture_book.root / "dist") == []


@pytest.mark.parametrize("edition", ["html", "epub"])
@pytest.mark.parametrize("chapter", sorted(EXPECTED))
def test_text_is_printed_literally_in_html_and_epub(fixture_book: Book, edition: str, chapter: str) -> None:
    text = edition_text(fixture_book.root, edition, chapter)
    for paragraph in EXPECTED[chapter]:
        assert squash(paragraph) in text, f"{edition} lacks {paragraph!r}"


def test_text_is_printed_literally_in_the_pdf(fixture_book: Book) -> None:
    compact, joined = pdf_compact(fixture_book.root)
    for chapter, paragraphs in EXPECTED.items():
        for paragraph in paragraphs:
            wanted = "".join(paragraph.split())
            assert wanted in compact or wanted in joined, f"the PDF lacks {paragraph!r} ({chapter})"


HTML_ARTICLE_TAGS = {"article", "section", "h1", "p", "a", "span", "div"}
EPUB_BODY_TAGS = {"body", "section", "header", "h1", "p", "a", "span", "div"}


def test_no_markup_or_script_from_the_seed_is_active_in_html(fixture_book: Book) -> None:
    article = html_article(fixture_book.root, "hostile")
    assert {element.tag for element in article.iter()} <= HTML_ARTICLE_TAGS
    assert all(a.get("href", "").startswith("#") for a in article.iter("a"))
    page = article.getroottree()
    assert page.xpath("//*[@href[starts-with(normalize-space(.), 'javascript:')]]") == []
    assert page.xpath("//@*[starts-with(name(), 'on')]") == []
    assert page.xpath("//b | //img[@src='x']") == [], "the notice's or the article's tags are live"
    assert "<b>licensed</b>" in squash(" ".join(f.text_content() for f in page.iter("footer")))
    for script in page.iter("script"):
        assert "alert" not in (script.text or "") and "alert" not in script.get("src", "")
        assert script.get("src") is None or script.get("src").startswith(("../_static/", "../searchindex.js"))
    assert not any("mathjax" in (s.get("src") or "").lower() for s in page.iter("script"))


def test_no_markup_or_script_from_the_seed_is_active_in_the_epub(fixture_book: Book) -> None:
    body = epub_page(fixture_book.root, "hostile").find("{http://www.w3.org/1999/xhtml}body")
    assert {etree.QName(element).localname for element in body.iter(etree.Element)} <= EPUB_BODY_TAGS
    with zipfile.ZipFile(fixture_book.root / "dist" / f"{slug_of(fixture_book.root)}.epub") as archive:
        for name in archive.namelist():
            if name.endswith((".xhtml", ".html", ".opf", ".ncx")):
                page = etree.fromstring(archive.read(name))
                assert page.xpath("//*[local-name()='script' or local-name()='b']") == [], name
                assert page.xpath("//@*[starts-with(local-name(), 'on')]") == [], name
                assert page.xpath("//@href[starts-with(normalize-space(.), 'javascript:')]") == [], name


def test_no_file_is_read_into_any_edition(fixture_book: Book) -> None:
    dist = fixture_book.root / "dist"
    for path in dist.rglob("*"):
        if path.is_file() and path.suffix != ".pdf":
            data = path.read_bytes()
            assert SECRET.encode() not in data and PASSWD.encode() not in data, path
    with zipfile.ZipFile(dist / f"{slug_of(fixture_book.root)}.epub") as archive:
        for name in archive.namelist():
            data = archive.read(name)
            assert SECRET.encode() not in data and PASSWD.encode() not in data, name
    pdf = checks.pdf_text(dist / f"{slug_of(fixture_book.root)}.pdf")
    assert SECRET not in pdf and PASSWD not in pdf
    assert not (dist / "html" / "_downloads").exists()


UNESCAPED = """
```{include} ../../secret.txt
```

```{raw} html
<script>alert("raw")</script>
```

```{eval-rst}
.. include:: ../../secret.txt

.. raw:: html

   <script>alert("rst")</script>
```

```{literalinclude} /etc/passwd
```

{download}`the secret <../../secret.txt>` and ![an image](../../secret.txt)

```{figure} /etc/passwd
A caption.
```
"""


def test_a_hand_edited_chapter_still_reads_no_file(fixture_book: Book, tmp_path: Path) -> None:
    """Defence in depth: unescaped markup in a chapter (not from ingest) is refused by docutils.conf and folio."""
    project = clone(fixture_book.root, tmp_path / "book")
    chapter = project / "book" / "chapters" / "hostile.md"
    chapter.write_text(chapter.read_text(encoding="utf-8") + UNESCAPED, encoding="utf-8")
    dist_before = tree(project / "dist")
    for attempt in ("first", "second"):  # Sphinx warns only when it reads a page: the second run must fail too
        strict = folio(project, "build", "html", "--sphinx-opts=-W")
        assert strict.returncode == 3 and 'WARNING: Directive "include" disabled' in strict.stderr, attempt
        assert tree(project / "dist") == dist_before
    result = folio(project, "build", "html")
    assert result.returncode == 0, result.stderr
    log = (project / "_build" / "logs" / "sphinx-html.log").read_text(encoding="utf-8")
    for warning in ('Directive "include" disabled', '"raw" directive disabled', "File insertion disabled"):
        assert warning in log
    assert log.count("C005 ") == 3
    for path in (project / "dist" / "html").rglob("*"):
        assert path.name not in {"_downloads", "_images"}
        if path.is_file():
            data = path.read_bytes()
            assert SECRET.encode() not in data and PASSWD.encode() not in data and b'alert("r' not in data, path


def test_a_withdrawn_article_is_not_published_again(fixture_book: Book, tmp_path: Path) -> None:
    """Sphinx never deletes an output page: folio must not publish the page of a seed that is gone."""
    project = clone(fixture_book.root, tmp_path / "book", build=True)
    assert (project / "_build" / "html" / "chapters" / "awkward-cr.html").is_file()
    (project / "seeds" / "awkward-cr.txt").unlink()
    (project / "book" / "chapters" / "awkward-cr.md").unlink()
    result = folio(project, "build", "html", "--sphinx-opts=-W")
    assert result.returncode == 0, result.stderr
    site = project / "dist" / "html"
    assert not (site / "chapters" / "awkward-cr.html").exists()
    for path in site.rglob("*"):
        assert not path.is_file() or b"Old Mac line ends" not in path.read_bytes(), path


def test_latex_set_the_specials_as_text(fixture_book: Book) -> None:
    log = (fixture_book.root / "_build" / "latex" / f"{slug_of(fixture_book.root)}.log").read_text(
        encoding="utf-8", errors="replace"
    )
    assert not re.search(r"^! ", log, re.MULTILINE)
    assert "Undefined control sequence" not in log
    compact, _ = pdf_compact(fixture_book.root)
    assert "Specials:#$%&~_^\\{}and\\input{/etc/passwd}" in compact


def test_a_url_or_hash_longer_than_the_line_is_broken_in_print_not_pushed_into_the_margin(
    fixture_book: Book,
) -> None:
    log = (fixture_book.root / "_build" / "latex" / f"{slug_of(fixture_book.root)}.log").read_text(
        encoding="utf-8", errors="replace"
    )
    assert "Overfull \\hbox" not in log
    boxes = re.findall(r"^(?:Over|Under)full \\hbox.*\n(?:.+\n)+", log, re.MULTILINE)
    assert not [box for box in boxes if "a1b2c3" in box or "9f86d0" in box], boxes
    pdf = fixture_book.root / "dist" / f"{slug_of(fixture_book.root)}.pdf"
    text = subprocess.run([require_tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line for line in text.splitlines() if "a1b2c3" in line or "9f86d0" in line]
    assert len(lines) >= 3, "the long tokens are set over several lines"


def test_every_notice_is_verbatim_in_every_edition(fixture_book: Book) -> None:
    seeds = Project(fixture_book.root).read_seeds()
    hostile = next(seed.notice for seed in seeds if seed.name == "hostile")
    assert hostile == HOSTILE_LINES[-1]
    dist, slug = fixture_book.root / "dist", slug_of(fixture_book.root)
    assert checks.check_html(seeds, dist / "html") == []
    assert checks.check_pdf(seeds, dist / f"{slug}.pdf") == []
    assert checks.check_epub(seeds, dist / f"{slug}.epub") == []


def test_awkward_seeds_become_plain_chapters(fixture_book: Book) -> None:
    for name in AWKWARD:
        chapter = (fixture_book.root / "book" / "chapters" / name.replace(".txt", ".md")).read_bytes()
        assert b"\r" not in chapter and not chapter.startswith(b"\xef\xbb\xbf")
        assert not re.search(rb"[ \t]\n", chapter)


def test_a_several_megabyte_article_builds_intact(tmp_path: Path) -> None:
    """4 MB with a byte-order mark and CRLF: ingest, then the HTML edition (its check reads every word)."""
    rng = random.Random(6)
    words = ["the", "of", "and", "troops", "Kursk", "border", "drones", "shells", "front", "line", "reported"]
    paragraphs, size = [], 0
    while size < 4_000_000:
        paragraph = f"Paragraph {len(paragraphs) + 1}: " + " ".join(rng.choice(words) for _ in range(40)) + "."
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    data = "\ufeff" + "\r\n".join(paragraphs) + "\r\n" + NOTICE + "\r\n"
    project = make_project(tmp_path, {"long.txt": data}, {"long.toml": 'title = "A long article"\nslug = "long"\n'})
    result = folio(project, "build", "html", "--sphinx-opts=-W", timeout=600)
    assert result.returncode == 0, result.stderr
    text = squash(html_article(project, "long").text_content())
    for paragraph in (paragraphs[0], paragraphs[len(paragraphs) // 2], paragraphs[-1]):
        assert paragraph in text
    assert text.count("Paragraph ") == len(paragraphs)


# --- nothing lost: failed and refused builds ---------------------------------------------------


@pytest.mark.parametrize("breakage", ["conf-override", "broken-preamble"])
def test_a_latex_error_keeps_the_previous_pdf(fixture_book: Book, tmp_path: Path, breakage: str) -> None:
    project = clone(fixture_book.root, tmp_path / "book")
    options = []
    if breakage == "conf-override":
        options.append("--sphinx-opts=-D 'latex_elements.preamble=\\folioUndefinedMacro'")
    else:
        style = project / "conf" / "latex" / "folio.sty"
        lines = style.read_text(encoding="utf-8").splitlines(keepends=True)
        provides = next(i for i, line in enumerate(lines) if line.startswith("\\ProvidesPackage"))
        style.write_text(
            "".join([*lines[: provides + 1], "\\folioUndefinedMacro\n", *lines[provides + 1 :]]), encoding="utf-8"
        )
    dist_before = tree(project / "dist")
    result = folio(project, "build", "pdf", *options)
    assert result.returncode == ExitCode.BUILD == 3
    assert re.search(r"\.(tex|sty):\d+: P007 LaTeX stopped: Undefined control sequence\.", result.stderr), result.stderr
    slug = slug_of(project)
    assert (
        f"dist/{slug}.pdf: B009 the pdf edition was not published; the previous pdf edition here, if any, is unchanged"
    ) in result.stderr
    no_traceback(result.stderr)
    assert tree(project / "dist") == dist_before
    assert stray(project / "dist") == []


def test_an_epub_step_failure_keeps_the_previous_epub(fixture_book: Book, tmp_path: Path) -> None:
    project = clone(fixture_book.root, tmp_path / "book")
    (project / "conf" / "epub.css").unlink()
    dist_before = tree(project / "dist")
    result = folio(project, "build", "epub")
    assert result.returncode == 3
    assert "conf/epub.css: E010 the e-reader stylesheet is missing; restore conf/epub.css" in result.stderr, (
        result.stderr
    )
    assert f"dist/{slug_of(project)}.epub: B009 the epub edition was not published" in result.stderr
    no_traceback(result.stderr)
    assert tree(project / "dist") == dist_before
    assert stray(project / "dist") == []


@pytest.mark.parametrize("edition", ["html", "pdf", "epub"])
def test_an_edition_that_fails_its_checks_is_not_published(fixture_book: Book, tmp_path: Path, edition: str) -> None:
    """An editor dropped a word from a chapter: the edition is built, refused by its check, and not published."""
    project = clone(fixture_book.root, tmp_path / "book")
    chapter = project / "book" / "chapters" / "hostile.md"
    closing = "The closing paragraph, all ordinary prose again."
    text = chapter.read_text(encoding="utf-8")
    assert closing in text
    chapter.write_text(text.replace(closing, "The closing paragraph, all prose again."), encoding="utf-8")
    dist_before = tree(project / "dist")
    result = folio(project, "build", edition)
    assert result.returncode == ExitCode.CHECK == 4
    line = HOSTILE_LINES.index(closing) + 1
    assert f"seeds/hostile.txt:{line}: T001 word" in result.stderr, result.stderr
    assert "('ordinary'" in result.stderr
    target = "dist/html" if edition == "html" else f"dist/{slug_of(project)}.{edition}"
    assert f"{target}: B009 the {edition} edition was not published" in result.stderr
    no_traceback(result.stderr)
    assert tree(project / "dist") == dist_before
    assert stray(project / "dist") == []
