"""Bad input, hostile input and failures: clear errors, inert text, nothing lost.

One fixture book is built once per module, with all three editions, as
``folio build --sphinx-opts=-W`` builds them. It holds a hostile seed
(``tests/roots/robustness/hostile.txt``: MyST directives and roles, HTML and
scripts, Markdown, LaTeX specials and template braces, with a licence notice
full of specials) and two awkward but valid seeds (a byte-order mark, CRLF,
trailing spaces and blank lines; old Mac CR line ends). It is then built a
second time in the same place from a clean tree, without a network where the
machine allows it, for the reproducibility gate. Most other tests work on
copies of that book, so each full build (about 15 s with the PDF) runs once.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import yaml
from conftest import ROOT, make_project, require_tool, skip_or_fail
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree, html

from folio.checks import editions as checks
from folio.config import load as load_book
from folio.diagnostics import ExitCode, InputError
from folio.glossary.register import FIELDS, read_register
from folio.ingest.seed import LICENCE_PATTERN, read_seed
from folio.project import Project

FIXTURE = Path(__file__).parent / "roots" / "robustness"
EPOCH = "1735689600"
ENV = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
NOTICE = "Example Press Ltd. All rights reserved. Published under licence."
SECRET = "SECRET-FILE-CONTENTS"
"""The text of tests/roots/robustness/secret.txt, which the hostile seed tries to include."""
PASSWD = "root:x:0:"
"""The first line of /etc/passwd, which the hostile seed tries to include."""

HOSTILE_LINES = [line.strip() for line in (FIXTURE / "hostile.txt").read_text(encoding="utf-8").splitlines()]
AWKWARD = {
    "awkward-crlf.txt": "\ufeffFirst awkward paragraph, with trailing spaces.   \r\n\r\n\r\n"
    "  Second one, after blank lines and a leading space.\t\r\n\r\nThird: the end.\r\n" + NOTICE + "\r\n\r\n",
    "awkward-cr.txt": "Old Mac line ends, one paragraph.\rAnother, with a  double space inside.\r" + NOTICE + "\r",
}
EXPECTED = {
    "hostile": HOSTILE_LINES[:-1],
    "awkward-crlf": [
        "First awkward paragraph, with trailing spaces.",
        "Second one, after blank lines and a leading space.",
        "Third: the end.",
    ],
    "awkward-cr": ["Old Mac line ends, one paragraph.", "Another, with a double space inside."],
}
"""What a reader must see of each fixture seed, paragraph by paragraph."""


# --- helpers -----------------------------------------------------------------------------------


def folio(
    project: Path, *args: str, prefix: tuple[str, ...] = (), timeout: int = 900
) -> subprocess.CompletedProcess[str]:
    """``python -m folio`` in ``project``, with a fixed SOURCE_DATE_EPOCH."""
    return subprocess.run(
        [*prefix, sys.executable, "-m", "folio", *args],
        cwd=project,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (but Sphinx's ``.buildinfo``) and the SHA-256 of its bytes."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != ".buildinfo"
    }


def stray(dist: Path) -> list[str]:
    """Files in ``dist/`` that are no part of an edition: hidden, temporary or partial."""
    return [
        p.relative_to(dist).as_posix()
        for p in dist.rglob("*")
        if p.name.startswith(".") or p.suffix in {".tmp", ".part"}
    ]


def clone(project: Path, folder: Path, *, build: bool = False) -> Path:
    """A copy of a built fixture book: its sources and dist/ (and _build/ if asked)."""
    names = ["conf", "book", "seeds", "dist", "secret.txt", *(["_build"] if build else [])]
    for name in names:
        source = project / name
        if source.is_dir():
            shutil.copytree(source, folder / name, symlinks=True)
        elif source.exists():
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, folder / name)
    return folder


def no_traceback(output: str) -> None:
    assert "Traceback" not in output, output
    assert "Configuration error" not in output, output


def slug_of(project: Path) -> str:
    return load_book(project / "book" / "book.toml").slug


def processes_in(folder: Path, wait: float = 0.5) -> list[str]:
    """Processes still running with their working folder in ``folder`` (after up to ``wait`` s)."""
    deadline = time.monotonic() + wait
    while True:
        found = []
        for proc in Path("/proc").iterdir():
            try:
                cwd = os.readlink(proc / "cwd") if proc.name.isdigit() else ""
                if cwd == str(folder) or cwd.startswith(f"{folder}/"):
                    found.append((proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
            except OSError:
                continue
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


def interrupted(
    command: list[str], cwd: Path, when: str, send: Callable[[subprocess.Popen[str]], None]
) -> tuple[int, str]:
    """Run ``command`` in its own session; once its output shows ``when``, wait a moment and ``send`` a signal."""
    process = subprocess.Popen(
        command, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    assert process.stdout is not None
    seen = []
    for line in process.stdout:
        seen.append(line)
        if when in line:
            time.sleep(1.0)
            send(process)
            break
    rest, _ = process.communicate(timeout=300)
    return process.returncode, "".join(seen) + rest


def ctrl_c(process: subprocess.Popen[str]) -> None:
    """What a terminal does on Ctrl-C: SIGINT to the whole foreground process group."""
    os.killpg(process.pid, signal.SIGINT)


def kill(process: subprocess.Popen[str]) -> None:
    """What ``kill PID`` does: SIGTERM to that one process."""
    os.kill(process.pid, signal.SIGTERM)


def hang_up(process: subprocess.Popen[str]) -> None:
    """What closing the terminal does: SIGHUP to the foreground process group."""
    os.killpg(process.pid, signal.SIGHUP)


def offline_prefix() -> tuple[str, ...] | None:
    """A command prefix that runs a program with no network, if this machine allows one."""
    if shutil.which("unshare") is None:
        return None
    for prefix in (("unshare", "--net"), ("unshare", "--map-root-user", "--net")):
        if subprocess.run([*prefix, "true"], capture_output=True, check=False).returncode == 0:
            return prefix
    return None


def squash(text: str) -> str:
    return " ".join(text.split())


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


# --- the fixture book --------------------------------------------------------------------------


class Book(NamedTuple):
    root: Path
    first: dict[str, str]
    """dist/ after the first build."""
    output: str
    """What the first build printed."""
    offline: tuple[str, ...] | None
    """The prefix the second build ran under (None: this machine allows no network namespace)."""
    second: subprocess.CompletedProcess[str]


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Book:
    """The fixture book, built twice in one place from a clean tree, the second time with no network."""
    require_tool("latexmk")
    require_tool("pdftotext")
    seeds = {"hostile.txt": (FIXTURE / "hostile.txt").read_text(encoding="utf-8"), **AWKWARD}
    sidecars = {
        "hostile.toml": (FIXTURE / "hostile.toml").read_text(encoding="utf-8"),
        "awkward-crlf.toml": 'title = "Awkward line ends"\n',
    }
    root = make_project(tmp_path_factory.mktemp("robustness") / "book", seeds, sidecars)
    shutil.copy(FIXTURE / "secret.txt", root / "secret.txt")
    first = folio(root, "build", "--sphinx-opts=-W")
    assert first.returncode == 0, first.stderr
    kept = shutil.copytree(root / "dist", root.parent / "first-dist")
    for folder in ("_build", "dist"):
        shutil.rmtree(root / folder)
    offline = offline_prefix()
    second = folio(root, "build", "--sphinx-opts=-W", prefix=offline or ())
    if second.returncode != 0:
        shutil.rmtree(root / "dist", ignore_errors=True)
        shutil.copytree(kept, root / "dist")
    return Book(root, tree(kept), first.stderr, offline, second)


# --- 1. hostile and awkward text: literal and inert in every edition ---------------------------


def test_every_edition_is_built_checked_and_published(book: Book) -> None:
    for edition in ("html", "pdf", "epub"):
        assert f"folio: {edition}: check text and licence notice done" in book.output
    slug = slug_of(book.root)
    for path in ("html", f"{slug}.pdf", f"{slug}.epub"):
        assert f"folio: published dist/{path}" in book.output
    assert sorted(p.name for p in (book.root / "dist").iterdir()) == sorted(["html", f"{slug}.pdf", f"{slug}.epub"])
    assert stray(book.root / "dist") == []


@pytest.mark.parametrize("edition", ["html", "epub"])
@pytest.mark.parametrize("chapter", sorted(EXPECTED))
def test_text_is_printed_literally_in_html_and_epub(book: Book, edition: str, chapter: str) -> None:
    text = edition_text(book.root, edition, chapter)
    for paragraph in EXPECTED[chapter]:
        assert squash(paragraph) in text, f"{edition} lacks {paragraph!r}"


def test_text_is_printed_literally_in_the_pdf(book: Book) -> None:
    compact, joined = pdf_compact(book.root)
    for chapter, paragraphs in EXPECTED.items():
        for paragraph in paragraphs:
            wanted = "".join(paragraph.split())
            assert wanted in compact or wanted in joined, f"the PDF lacks {paragraph!r} ({chapter})"


HTML_ARTICLE_TAGS = {"article", "section", "h1", "p", "a", "span", "div"}
EPUB_BODY_TAGS = {"body", "section", "header", "h1", "p", "a", "span", "div"}


def test_no_markup_or_script_from_the_seed_is_active_in_html(book: Book) -> None:
    article = html_article(book.root, "hostile")
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


def test_no_markup_or_script_from_the_seed_is_active_in_the_epub(book: Book) -> None:
    body = epub_page(book.root, "hostile").find("{http://www.w3.org/1999/xhtml}body")
    assert {etree.QName(element).localname for element in body.iter(etree.Element)} <= EPUB_BODY_TAGS
    with zipfile.ZipFile(book.root / "dist" / f"{slug_of(book.root)}.epub") as archive:
        for name in archive.namelist():
            if name.endswith((".xhtml", ".html", ".opf", ".ncx")):
                page = etree.fromstring(archive.read(name))
                assert page.xpath("//*[local-name()='script' or local-name()='b']") == [], name
                assert page.xpath("//@*[starts-with(local-name(), 'on')]") == [], name
                assert page.xpath("//@href[starts-with(normalize-space(.), 'javascript:')]") == [], name


def test_no_file_is_read_into_any_edition(book: Book) -> None:
    dist = book.root / "dist"
    for path in dist.rglob("*"):
        if path.is_file() and path.suffix != ".pdf":
            data = path.read_bytes()
            assert SECRET.encode() not in data and PASSWD.encode() not in data, path
    with zipfile.ZipFile(dist / f"{slug_of(book.root)}.epub") as archive:
        for name in archive.namelist():
            data = archive.read(name)
            assert SECRET.encode() not in data and PASSWD.encode() not in data, name
    pdf = checks.pdf_text(dist / f"{slug_of(book.root)}.pdf")
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


def test_a_hand_edited_chapter_still_reads_no_file(book: Book, tmp_path: Path) -> None:
    """Defence in depth: unescaped markup in a chapter (not from ingest) is refused by docutils.conf and folio."""
    project = clone(book.root, tmp_path / "book")
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


def test_a_withdrawn_article_is_not_published_again(book: Book, tmp_path: Path) -> None:
    """Sphinx never deletes an output page: folio must not publish the page of a seed that is gone."""
    project = clone(book.root, tmp_path / "book", build=True)
    assert (project / "_build" / "html" / "chapters" / "awkward-cr.html").is_file()
    (project / "seeds" / "awkward-cr.txt").unlink()
    (project / "book" / "chapters" / "awkward-cr.md").unlink()
    result = folio(project, "build", "html", "--sphinx-opts=-W")
    assert result.returncode == 0, result.stderr
    site = project / "dist" / "html"
    assert not (site / "chapters" / "awkward-cr.html").exists()
    for path in site.rglob("*"):
        assert not path.is_file() or b"Old Mac line ends" not in path.read_bytes(), path


def test_latex_set_the_specials_as_text(book: Book) -> None:
    log = (book.root / "_build" / "latex" / f"{slug_of(book.root)}.log").read_text(encoding="utf-8", errors="replace")
    assert not re.search(r"^! ", log, re.MULTILINE)
    assert "Undefined control sequence" not in log
    compact, _ = pdf_compact(book.root)
    assert "Specials:#$%&~_^\\{}and\\input{/etc/passwd}" in compact


def test_every_notice_is_verbatim_in_every_edition(book: Book) -> None:
    seeds = Project(book.root).read_seeds()
    hostile = next(seed.notice for seed in seeds if seed.name == "hostile")
    assert hostile == HOSTILE_LINES[-1]
    dist, slug = book.root / "dist", slug_of(book.root)
    assert checks.check_html(seeds, dist / "html") == []
    assert checks.check_pdf(seeds, dist / f"{slug}.pdf") == []
    assert checks.check_epub(seeds, dist / f"{slug}.epub") == []


def test_awkward_seeds_become_plain_chapters(book: Book) -> None:
    for name in AWKWARD:
        chapter = (book.root / "book" / "chapters" / name.replace(".txt", ".md")).read_bytes()
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
    project = make_project(tmp_path, {"long.txt": data}, {"long.toml": 'title = "A long article"\n'})
    result = folio(project, "build", "html", "--sphinx-opts=-W", timeout=600)
    assert result.returncode == 0, result.stderr
    text = squash(html_article(project, "long").text_content())
    for paragraph in (paragraphs[0], paragraphs[len(paragraphs) // 2], paragraphs[-1]):
        assert paragraph in text
    assert text.count("Paragraph ") == len(paragraphs)


# --- 2. bad seeds, a bad register or book configuration: a coded error before Sphinx -----------

BAD_SEEDS = [
    pytest.param(
        b"One.\nCaf\xe9 society.\n" + NOTICE.encode(),
        2,
        "S001",
        "byte 0xe9 at offset 8 cannot be decoded (it may be Windows-1252",
        id="latin-1",
    ),
    pytest.param(f"One.\nTwo.\n{NOTICE}\n".encode("utf-16"), 1, "S001", "(it looks like UTF-16", id="utf-16"),
    pytest.param(b"", 1, "S002", "empty", id="empty"),
    pytest.param(b" \n\t\r\n\xc2\xa0\n", 1, "S002", "only white space", id="whitespace"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, "S005", "a NUL byte at offset 8", id="binary"),
    pytest.param(b"One.\nTwo.\nThe end of the article.\n", 3, "S003", "'The end of the article.'", id="no-licence"),
    pytest.param(b"One.\nTwo.\n--\nSent from my phone\n", 4, "S003", "not a licence notice", id="odd-last-line"),
    pytest.param(NOTICE.encode(), 1, "S004", "no article text", id="licence-only"),
]


@pytest.mark.parametrize(("data", "line", "code", "detail"), BAD_SEEDS)
def test_a_bad_seed_is_refused_and_nothing_is_lost(
    book: Book, tmp_path: Path, data: bytes, line: int | None, code: str, detail: str
) -> None:
    project = clone(book.root, tmp_path / "book")
    seed, chapter = project / "seeds" / "awkward-crlf.txt", project / "book" / "chapters" / "awkward-crlf.md"
    chapter_before, dist_before = chapter.read_bytes(), tree(project / "dist")
    seed.write_bytes(data)
    place = f"seeds/awkward-crlf.txt:{line}: {code} " if line else f"seeds/awkward-crlf.txt: {code} "

    ingest = folio(project, "ingest", "--force", "seeds/awkward-crlf.txt")
    assert ingest.returncode == ExitCode.INPUT == 2
    assert place in ingest.stderr and detail in ingest.stderr, ingest.stderr
    no_traceback(ingest.stderr)
    assert chapter.read_bytes() == chapter_before

    built = folio(project, "build")
    assert built.returncode == 2
    assert place in built.stderr and detail in built.stderr, built.stderr
    assert "dist: B010 nothing was built; the editions here, if any, are unchanged" in built.stderr
    assert "sphinx-build" not in built.stderr
    no_traceback(built.stderr)
    assert tree(project / "dist") == dist_before
    assert stray(project / "dist") == []


def test_ingest_writes_every_good_seed_and_names_every_bad_one(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "Fine.\n" + NOTICE})
    seeds = project / "seeds"
    (seeds / "b.txt").write_bytes(b"")
    (seeds / "c.txt").write_text("Also fine.\n" + NOTICE, encoding="utf-8")
    (seeds / "d.txt").write_bytes(b"One.\nNa\xefve.\n" + NOTICE.encode())
    result = folio(project, "ingest", "--force", "seeds/a.txt", "seeds/b.txt", "seeds/c.txt", "seeds/d.txt")
    assert result.returncode == 2
    assert "seeds/b.txt:1: S002 " in result.stderr and "seeds/d.txt:2: S001 " in result.stderr
    assert "folio: wrote book/chapters/c.md from seeds/c.txt" in result.stderr
    no_traceback(result.stderr)
    assert sorted(p.name for p in (project / "book" / "chapters").iterdir()) == ["a.md", "c.md"]


KIM = "  - id: kim-jong-un\n    name: Kim Jong Un\n    kind: person\n    sort: Kim Jong Un\n"
BAD_INPUTS = [
    pytest.param(
        "book/glossary.yml",
        "entries:\n  - id: kim-jong-un\n    name: Kim Jong Un\n    aliases: [Mr. Kim\n    kind: person\n",
        (),
        "book/glossary.yml:5: G001 the register is not valid YAML",
        id="register-syntax",
    ),
    pytest.param(
        "book/glossary.yml",
        f"entries:\n{KIM}    colour: red\n    definition: The leader.\n",
        (),
        "book/glossary.yml:6: G002 entry 'kim-jong-un': unknown field 'colour'",
        id="register-unknown-field",
    ),
    pytest.param(
        "book/glossary.yml",
        f"entries:\n{KIM}",
        (),
        "book/glossary.yml:2: G002 entry 'kim-jong-un': the field 'definition' is missing",
        id="register-no-definition",
    ),
    pytest.param(
        "book/glossary.yml",
        f"entries:\n{KIM}    definition: The leader.\n{KIM}    definition: Again.\n",
        (),
        "book/glossary.yml:7: G003 duplicate id 'kim-jong-un' (also at line 2)",
        id="register-duplicate",
    ),
    pytest.param(
        "book/book.toml",
        '[book]\ntitle = "Unclosed\n',
        (),
        "book/book.toml: B006 the book configuration field '[book]' is not valid TOML",
        id="book-syntax",
    ),
    pytest.param(
        "book/book.toml",
        '[book]\ntitle = "T"\npublisher = "P"\ncolour = "red"\n',
        (),
        "book/book.toml: B006 the book configuration field 'colour' is unknown",
        id="book-unknown-field",
    ),
    pytest.param(
        "book/book.toml",
        '[book]\ntitle = "T"\npublisher = "P"\nslug = "Not A Slug"\n',
        (),
        "book/book.toml: B006 the book configuration field 'slug' must be lower-case",
        id="book-bad-slug",
    ),
    pytest.param(
        None,
        "",
        ("--sphinx-opts=-W -D folio_trim=huge",),
        "command line: B006 the book configuration field 'trim' must be one of",
        id="override",
    ),
]


@pytest.mark.parametrize(("name", "text", "options", "message"), BAD_INPUTS)
def test_a_bad_register_or_book_configuration_is_folios_own_error(
    book: Book, tmp_path: Path, name: str | None, text: str, options: tuple[str, ...], message: str
) -> None:
    project = clone(book.root, tmp_path / "book")
    dist_before = tree(project / "dist")
    if name:
        (project / name).write_text(text, encoding="utf-8")
    result = folio(project, "build", *options)
    assert result.returncode == 2
    assert message in result.stderr, result.stderr
    assert "B010 nothing was built" in result.stderr
    assert "sphinx-build" not in result.stderr, "Sphinx started on a bad input"
    no_traceback(result.stderr)
    assert tree(project / "dist") == dist_before


# --- 3. nothing lost: failed, refused and interrupted builds ----------------------------------


@pytest.mark.parametrize("breakage", ["conf-override", "broken-preamble"])
def test_a_latex_error_keeps_the_previous_pdf(book: Book, tmp_path: Path, breakage: str) -> None:
    project = clone(book.root, tmp_path / "book")
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


def test_an_epub_step_failure_keeps_the_previous_epub(book: Book, tmp_path: Path) -> None:
    project = clone(book.root, tmp_path / "book")
    (project / "conf" / "epub.css").unlink()
    dist_before = tree(project / "dist")
    result = folio(project, "build", "epub")
    assert result.returncode == 3
    assert re.search(r": E0\d\d ", result.stderr), result.stderr
    assert f"dist/{slug_of(project)}.epub: B009 the epub edition was not published" in result.stderr
    no_traceback(result.stderr)
    assert tree(project / "dist") == dist_before
    assert stray(project / "dist") == []


@pytest.mark.parametrize("edition", ["html", "pdf", "epub"])
def test_an_edition_that_fails_its_checks_is_not_published(book: Book, tmp_path: Path, edition: str) -> None:
    """An editor dropped a word from a chapter: the edition is built, refused by its check, and not published."""
    project = clone(book.root, tmp_path / "book")
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


INTERRUPTED = "B003 the build was interrupted; dist/ keeps the previous editions"


@pytest.mark.parametrize(
    ("editions", "when", "send"),
    [
        pytest.param((), "folio: html: sphinx-build …", ctrl_c, id="ctrl-c-while-sphinx-runs"),
        pytest.param(("pdf",), "folio: pdf: latexmk (xelatex) …", kill, id="sigterm-while-xelatex-runs"),
        pytest.param(("epub",), "folio: epub: sphinx-build …", kill, id="sigterm-while-sphinx-runs"),
        pytest.param(("html",), "folio: html: sphinx-build …", hang_up, id="sighup-while-sphinx-runs"),
    ],
)
def test_an_interrupted_build_keeps_dist(
    book: Book, tmp_path: Path, editions: tuple[str, ...], when: str, send: Callable[[subprocess.Popen[str]], None]
) -> None:
    project = clone(book.root, tmp_path / "book")
    dist_before = tree(project / "dist")
    status, output = interrupted([sys.executable, "-m", "folio", "build", *editions], project, when, send)
    assert status == ExitCode.INTERRUPTED == 130, output
    assert INTERRUPTED in output
    no_traceback(output)
    assert tree(project / "dist") == dist_before
    assert stray(project / "dist") == []
    assert processes_in(project) == [], "the build left tools running"


@pytest.fixture
def make_copy(book: Book, tmp_path: Path) -> Path:
    """A copy of the fixture book with this repository's Makefile, using this virtualenv's folio."""
    require_tool("make")
    project = clone(book.root, tmp_path / "book")
    for name in ("Makefile", "pyproject.toml", "tools/setup-system"):
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, project / name)
    binaries = Path(sys.executable).parent
    if not (binaries / "folio").is_file():
        skip_or_fail(f"no folio script beside {sys.executable}; run `make setup`")
    (project / ".venv").mkdir()
    (project / ".venv" / "bin").symlink_to(binaries)
    (project / "_build").mkdir()
    for stamp in (project / ".venv" / ".folio-installed", project / ".venv" / ".folio-system-checked"):
        stamp.touch()
    (project / "book" / "index.md").touch()
    return project


@pytest.mark.parametrize("send", [ctrl_c, kill], ids=["ctrl-c", "sigterm-to-make"])
def test_an_interrupted_make_keeps_dist(make_copy: Path, send: Callable[[subprocess.Popen[str]], None]) -> None:
    dist_before = tree(make_copy / "dist")
    status, output = interrupted(["make", "html"], make_copy, "folio: html: sphinx-build …", send)
    assert status != 0, output
    assert INTERRUPTED in output
    assert "Deleting file" not in output
    no_traceback(output)
    assert tree(make_copy / "dist") == dist_before
    assert stray(make_copy / "dist") == []
    assert processes_in(make_copy) == [], "make left tools running"


def test_publishing_holds_an_interrupt_until_dist_is_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGINT while the new edition is copied in: the swap completes first, then the interrupt."""
    from folio.build.pipeline import publish

    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "index.html").write_text("new")
    (tmp_path / "dist" / "html").mkdir(parents=True)
    (tmp_path / "dist" / "html" / "index.html").write_text("old")
    (tmp_path / "_build").mkdir()
    copytree = shutil.copytree

    def copy_after_an_interrupt(*args: Any, **kwargs: Any) -> Any:
        os.kill(os.getpid(), signal.SIGINT)
        return copytree(*args, **kwargs)

    monkeypatch.setattr(shutil, "copytree", copy_after_an_interrupt)
    finished = False
    with pytest.raises(KeyboardInterrupt):
        publish(tmp_path / "new", tmp_path / "dist" / "html", tmp_path / "_build")
        finished = True
    assert not finished
    assert (tmp_path / "dist" / "html" / "index.html").read_text() == "new"
    assert list((tmp_path / "_build").iterdir()) == []


# --- 4 and 5. no network; two builds from a clean tree are identical ---------------------------


def test_the_build_needs_no_network(book: Book) -> None:
    if book.offline is None:
        skip_or_fail("this machine cannot run a program without a network (unshare --net)")
    probe = subprocess.run(
        [*book.offline, sys.executable, "-c", "import socket; socket.create_connection(('192.0.2.1', 80), timeout=5)"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert probe.returncode != 0 and "unreachable" in probe.stderr.lower(), probe.stderr
    assert book.second.returncode == 0, book.second.stderr


def test_two_builds_from_a_clean_tree_are_identical(book: Book) -> None:
    assert book.second.returncode == 0, book.second.stderr
    second = tree(book.root / "dist")
    slug = slug_of(book.root)
    assert second[f"{slug}.pdf"] == book.first[f"{slug}.pdf"]
    assert second[f"{slug}.epub"] == book.first[f"{slug}.epub"]
    assert second == book.first


# --- 6. exit codes ----------------------------------------------------------------------------


def test_the_readme_documents_every_exit_code() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", readme, re.MULTILINE))
    assert {int(code) for code in table} == {int(code) for code in ExitCode}
    words = {
        ExitCode.OK: "success",
        ExitCode.INPUT: "input",
        ExitCode.BUILD: "build",
        ExitCode.CHECK: "check",
        ExitCode.INTERRUPTED: "interrupt",
    }
    for code, word in words.items():
        assert word in table[str(int(code))]


# --- properties: no input makes a reader crash -------------------------------------------------

_LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r"])
_SEED_LINES = st.lists(st.text(max_size=30), max_size=6)
_SEED_BYTES = st.one_of(
    st.binary(max_size=120),
    st.tuples(_SEED_LINES, _LINE_ENDS, st.sampled_from(["", NOTICE])).map(
        lambda t: t[1].join([*t[0], t[2]]).encode("utf-8")
    ),
    st.tuples(_SEED_LINES, st.sampled_from(["latin-1", "utf-16", "utf-8-sig"])).map(
        lambda t: "\n".join([*t[0], NOTICE]).encode(t[1], errors="replace")
    ),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_SEED_BYTES)
@example(data=b"\xff\xfe")
@example(data="\ufeff".encode())
def test_any_bytes_make_a_seed_or_a_coded_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "any.txt"
    path.write_bytes(data)
    try:
        seed = read_seed(path)
    except InputError as error:
        assert error.diagnostics
        for diagnostic in error.diagnostics:
            assert str(diagnostic).startswith(f"{path}") and diagnostic.code.name[0] == "S"
    else:
        assert seed.paragraphs and LICENCE_PATTERN.search(seed.notice)
        assert all(p.text and p.text == p.text.strip() for p in seed.paragraphs)


_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12))

_VALUE = st.one_of(
    _SCALAR,
    st.lists(_SCALAR, max_size=3),
    st.dictionaries(st.text(max_size=6), _SCALAR | st.lists(_SCALAR, max_size=2), max_size=3),
)
_ENTRY = st.dictionaries(st.sampled_from([*FIELDS, "colour"]), _VALUE | st.text(min_size=1, max_size=12), max_size=7)
_REGISTER = st.one_of(
    st.text(max_size=200),
    st.fixed_dictionaries({"entries": st.lists(_ENTRY, max_size=4)}, optional={"ignore": _VALUE, "extra": _VALUE}).map(
        lambda d: yaml.safe_dump(d, allow_unicode=True)
    ),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_REGISTER)
@example(text="entries: [[[[[[")
@example(text="entries:\n  - !!python/object:os.system {}\n")
def test_any_register_text_gives_findings_not_a_crash(tmp_path: Path, text: str) -> None:
    path = tmp_path / "glossary.yml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    register, findings = read_register(path)
    for diagnostic in findings:
        assert str(diagnostic).startswith(f"{path}") and diagnostic.code.name[0] == "G"
    assert all(entry.id and entry.name and entry.definition for entry in register.entries)
