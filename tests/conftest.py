"""Shared fixtures: the project, the built editions, and external tools.

The editions are built once per session (``make test`` builds them first with
``make all``; a bare ``pytest`` builds what is missing). A missing external
tool skips its tests on a developer's machine, and fails them in CI
(``CI=true``): nothing is skipped there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require_tool(name: str, hint: str = "run `make setup`") -> str:
    """The path of ``name``; skip (or, in CI, fail) when it is missing."""
    path = shutil.which(name)
    if path:
        return path
    message = f"{name} is not installed; {hint}"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def run_folio(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None, timeout: int = 900
) -> subprocess.CompletedProcess[str]:
    """Run the folio command line in a subprocess, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "folio", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


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
    """``dist/`` with all three editions, built if any is missing."""
    folder = ROOT / "dist"
    wanted = [folder / "html" / "index.html", folder / f"{book.slug}.pdf", folder / f"{book.slug}.epub"]
    if not all(path.exists() for path in wanted):
        require_tool("latexmk")
        result = run_folio("build")
        assert result.returncode == 0, result.stderr
    return folder


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
def chromium() -> str:
    """Debian's Chromium, for Playwright (never a downloaded browser)."""
    for name in ("chromium", "chromium-browser"):
        if shutil.which(name):
            return shutil.which(name)  # type: ignore[return-value]
    return require_tool("chromium")


CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-sync",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-quic",
]


def make_project(folder: Path, seeds: dict[str, str], sidecars: dict[str, str] | None = None) -> Path:
    """A copy of this project's conf/ and book/ with other seeds, ingested."""
    shutil.copytree(ROOT / "conf", folder / "conf")
    shutil.copytree(ROOT / "book", folder / "book", ignore=shutil.ignore_patterns("chapters", "glossary.yml"))
    (folder / "seeds").mkdir()
    for name, text in seeds.items():
        (folder / "seeds" / name).write_text(text, encoding="utf-8")
    for name, text in (sidecars or {}).items():
        (folder / "seeds" / name).write_text(text, encoding="utf-8")
    result = run_folio("ingest", *sorted(str(p) for p in (folder / "seeds").glob("*.txt")), cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder


# --- The EPUB step (tests/test_epub.py): the real book, packaged once per session ---

EPUB_MODIFIED_FALLBACK = 1735689600
"""2025-01-01T00:00:00Z, when neither SOURCE_DATE_EPOCH nor git gives a date."""


def skip_or_fail(message: str) -> None:
    """Skip on a developer's machine; fail in CI, where nothing may be skipped."""
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def build_sphinx_epub(folder: Path) -> Path:
    """Run ``sphinx-build -b epub`` on the real book into ``folder``; return its output folder."""
    command = [
        sys.executable,
        "-m",
        "sphinx",
        "-W",
        "-q",
        "-b",
        "epub",
        "-c",
        str(ROOT / "conf"),
        "-d",
        str(folder / "doctrees"),
        str(ROOT / "book"),
        str(folder / "epub"),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    return folder / "epub"


@pytest.fixture(scope="session")
def epub_sphinx_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What ``sphinx-build -b epub`` writes for the real book, in a scratch folder."""
    return build_sphinx_epub(tmp_path_factory.mktemp("epub-sphinx"))


@pytest.fixture(scope="session")
def epub_inputs(seeds: list) -> dict:
    """The keyword arguments the build passes to ``build_epub``, less the book."""
    from datetime import UTC, datetime

    from folio.build.pipeline import source_date_epoch

    epoch = source_date_epoch(ROOT) or EPUB_MODIFIED_FALLBACK
    return {
        "notices": tuple(dict.fromkeys(seed.notice for seed in seeds)),
        "sources": tuple(dict.fromkeys(seed.sidecar.source for seed in seeds if seed.sidecar.source)),
        "modified": datetime.fromtimestamp(epoch, UTC),
        "stylesheet": ROOT / "conf" / "epub.css",
    }


@pytest.fixture(scope="session")
def epub_edition(epub_sphinx_output: Path, epub_inputs: dict, book, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real book's e-reader edition, packaged by folio's EPUB step."""
    from folio.epub.package import build_epub

    return build_epub(epub_sphinx_output, tmp_path_factory.mktemp("epub-dist"), book=book, **epub_inputs)


def _run_epub_checker(name: str, epub: Path) -> list:
    from folio.checks import external as validators
    from folio.diagnostics import BuildError, Code

    try:
        return getattr(validators, name)(epub)
    except BuildError as error:
        if all(d.code is Code.B001 for d in error.diagnostics):
            skip_or_fail(str(error))
        raise


@pytest.fixture(scope="session")
def epubcheck_findings(epub_edition: Path) -> list:
    """EPUBCheck 5.3 with usage reports, run once on the real edition."""
    return _run_epub_checker("run_epubcheck", epub_edition)


@pytest.fixture(scope="session")
def ace_findings(epub_edition: Path) -> list:
    """Ace by DAISY, run once on the real edition."""
    return _run_epub_checker("run_ace", epub_edition)
