"""Shared fixtures: the real book's editions, the robustness fixture book, and the slow checkers.

The real book is built once per test run: ``make test`` runs ``make all``
first, so ``dist/`` and ``_build/`` hold fresh editions and every test reads
them; a bare ``pytest`` builds them with ``folio build`` only when one is
missing. The robustness fixture book (``tests/roots/robustness``) is built
once per session, twice from a clean tree, for the reproducibility tests.
EPUBCheck and Ace run once per session on the real edition. A missing
external tool skips its tests on a developer's machine and fails them in CI
(``CI=true``): nothing is skipped there (:func:`helpers.skip_or_fail`).
"""

from __future__ import annotations

import functools
import http.server
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import (
    AWKWARD,
    FIXTURE,
    ROOT,
    Book,
    clone,
    folio,
    make_project,
    offline_prefix,
    require_tool,
    skip_or_fail,
    tree,
)

# --- the interrupt a terminal sends ----------------------------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    """A shell starts a background job (``make test &``, a CI runner's ``( … & )``) with SIGINT ignored, which its
    children inherit: Ctrl-C would then reach neither pytest nor the builds the interrupt tests stop. Those tests
    are about what a user at a terminal gets, so the session takes SIGINT back as a terminal gives it."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


# --- the real book ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seeds() -> list:
    from folio.project import Project

    return Project(ROOT).read_seeds()


@pytest.fixture(scope="session")
def book():
    from folio.project import Project

    return Project(ROOT).book_config()


@pytest.fixture(scope="session")
def dist(book) -> Path:
    """``dist/`` with all three editions (and their Sphinx output in ``_build/``), built only if missing."""
    wanted = [
        ROOT / "dist" / "html" / "index.html",
        ROOT / "dist" / f"{book.slug}.pdf",
        ROOT / "dist" / f"{book.slug}.epub",
        ROOT / "_build" / "epub" / "content.opf",
        ROOT / "_build" / "latex" / f"{book.slug}.tex",
    ]
    if not all(path.exists() for path in wanted):
        require_tool("latexmk")
        result = subprocess.run(
            [sys.executable, "-m", "folio", "build"], cwd=ROOT, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
    return ROOT / "dist"


@pytest.fixture(scope="session")
def html_dir(dist: Path) -> Path:
    return dist / "html"


@pytest.fixture(scope="session")
def pdf_path(dist: Path, book) -> Path:
    return dist / f"{book.slug}.pdf"


@pytest.fixture(scope="session")
def epub_path(dist: Path, book) -> Path:
    return dist / f"{book.slug}.epub"


@pytest.fixture(scope="session")
def latex_dir(dist: Path) -> Path:
    """What Sphinx's LaTeX builder and latexmk wrote for the real book (``_build/latex``)."""
    return ROOT / "_build" / "latex"


@pytest.fixture(scope="session")
def epub_sphinx_output(dist: Path) -> Path:
    """What ``sphinx-build -b epub`` wrote for the real book (``_build/epub``), before the EPUB step."""
    return ROOT / "_build" / "epub"


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's Chromium, for Playwright (never a downloaded browser)."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return require_tool("chromium")


@pytest.fixture(scope="session")
def server(html_dir: Path) -> Iterator[str]:
    """``dist/html`` served on 127.0.0.1, as a static host serves it (no compression): its base URL."""
    handler = functools.partial(QuietHandler, directory=str(html_dir))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


# --- the slow checkers, once per session on the real edition ------------------------------------


def _run_epub_checker(name: str, epub: Path):
    from folio.checks import external
    from folio.diagnostics import BuildError, Code

    try:
        return getattr(external, name)(epub)
    except BuildError as error:
        if all(d.code is Code.B001 for d in error.diagnostics):
            skip_or_fail(str(error))
        raise


@pytest.fixture(scope="session")
def epubcheck_findings(epub_path: Path) -> list:
    """EPUBCheck 5.3 with usage reports, run once on the real edition."""
    return _run_epub_checker("run_epubcheck", epub_path)


@pytest.fixture(scope="session")
def ace_report(epub_path: Path) -> dict:
    """Ace by DAISY's report (``report.json``), run once on the real edition."""
    return _run_epub_checker("ace_report", epub_path)


@pytest.fixture(scope="session")
def ace_findings(ace_report: dict, epub_path: Path) -> list:
    """Ace by DAISY's violations on the real edition, as folio reports them."""
    from folio.checks import external

    return external.parse_ace(ace_report, epub_path)


# --- the robustness fixture book ------------------------------------------------------------------


@pytest.fixture(scope="session")
def fixture_book(tmp_path_factory: pytest.TempPathFactory) -> Book:
    """A hostile seed and two awkward ones, all three editions built as ``folio build --sphinx-opts=-W`` does.

    The book is then built a second time in the same place from a clean tree,
    with no network where the machine allows it, for the reproducibility and
    no-network tests. Tests that change it work on a :func:`helpers.clone`.
    """
    require_tool("latexmk")
    require_tool("pdftotext")
    seeds = {"hostile.txt": (FIXTURE / "hostile.txt").read_text(encoding="utf-8"), **AWKWARD}
    sidecars = {
        "hostile.toml": (FIXTURE / "hostile.toml").read_text(encoding="utf-8"),
        "awkward-crlf.toml": 'title = "Awkward line ends"\nslug = "awkward-crlf"\n',
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


@pytest.fixture
def fixture_copy(fixture_book: Book, tmp_path: Path) -> Path:
    """A copy of the built fixture book (sources and dist/, no _build/) for one test to change."""
    return clone(fixture_book.root, tmp_path / "book")


@pytest.fixture(scope="session")
def epub_edition(epub_path: Path) -> Path:
    """The real book's e-reader edition, as ``make all`` published it."""
    return epub_path


@pytest.fixture(scope="session")
def epub_inputs(seeds: list, epub_path: Path) -> dict:
    """The keyword arguments the build passes to ``build_epub``, less the book.

    ``modified`` is the time the build stamped on the edition (its ``dcterms:modified``): the
    build takes it from SOURCE_DATE_EPOCH, by default the last commit's time.
    """
    import re
    import zipfile
    from datetime import UTC, datetime

    from folio.ingest.seed import attributed_notices, notices, source_credits, sources

    with zipfile.ZipFile(epub_path) as archive:
        opf = archive.read("EPUB/content.opf").decode("utf-8")
    stamp = re.search(r'property="dcterms:modified">([^<]+)<', opf)
    assert stamp, "the edition has a dcterms:modified"
    return {
        "notices": notices(seeds),
        "rights": attributed_notices(seeds),
        "sources": sources(seeds),
        "credits": source_credits(seeds),
        "modified": datetime.strptime(stamp[1], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC),
        "stylesheet": ROOT / "conf" / "epub.css",
    }


@pytest.fixture
def make_copy(fixture_copy: Path) -> Path:
    """A copy of the fixture book with this repository's Makefile, using this virtualenv's folio."""
    if shutil.which("make") is None:
        skip_or_fail("make is not installed; run `make setup`")
    project = fixture_copy
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
