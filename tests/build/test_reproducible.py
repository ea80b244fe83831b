"""Two builds from a clean tree give identical editions, and a build needs no network.

One test per edition, on the robustness fixture book, which
``conftest.fixture_book`` builds twice in one place from a clean tree with the
same SOURCE_DATE_EPOCH, the second time with no network where the machine
allows it: byte-identical PDF and EPUB, and an identical HTML site.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ENV, EPOCH, Book, folio, run_folio, skip_or_fail, slug_of, tree


@pytest.mark.parametrize("edition", ["html", "pdf", "epub"])
def test_two_builds_from_a_clean_tree_are_identical(fixture_book: Book, edition: str) -> None:
    assert fixture_book.second.returncode == 0, fixture_book.second.stderr
    second = tree(fixture_book.root / "dist")
    if edition == "html":
        pages = {name: digest for name, digest in second.items() if name.startswith("html/")}
        assert "html/index.html" in pages
        assert pages == {name: digest for name, digest in fixture_book.first.items() if name.startswith("html/")}
    else:
        name = f"{slug_of(fixture_book.root)}.{edition}"
        assert second[name] == fixture_book.first[name]


def test_the_build_needs_no_network(fixture_book: Book) -> None:
    if fixture_book.offline is None:
        skip_or_fail("this machine cannot run a program without a network (unshare --net)")
    probe = subprocess.run(
        [
            *fixture_book.offline,
            sys.executable,
            "-c",
            "import socket; socket.create_connection(('192.0.2.1', 80), timeout=5)",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert probe.returncode != 0 and "unreachable" in probe.stderr.lower(), probe.stderr
    assert fixture_book.second.returncode == 0, fixture_book.second.stderr


def test_an_epub_built_alone_is_the_epub_of_a_whole_build(fixture_book: Book, fixture_copy) -> None:
    """The EPUB marks the print pages, so `folio build epub` typesets too: same bytes as `folio build`."""

    name = f"{slug_of(fixture_book.root)}.epub"
    (fixture_copy / "dist" / name).unlink()
    alone = folio(fixture_copy, "build", "epub", "--sphinx-opts=-W")
    assert alone.returncode == 0, alone.stderr
    assert "latexmk" in alone.stderr, "the print edition was typeset for its page breaks"
    assert tree(fixture_copy / "dist")[name] == fixture_book.first[name]


def test_a_new_commit_time_gives_the_pdf_of_a_clean_build(fixture_copy: Path) -> None:
    """SOURCE_DATE_EPOCH (the last commit's time) seeds the PDF's font-subset names: a build after a commit that
    left the LaTeX sources as they were must still give the bytes a clean build at that commit gives."""
    name = f"{slug_of(fixture_copy)}.pdf"
    later = {**ENV, "SOURCE_DATE_EPOCH": str(int(EPOCH) + 600)}  # the same day: the .tex does not change
    assert folio(fixture_copy, "build", "pdf").returncode == 0
    again = run_folio("build", "pdf", cwd=fixture_copy, env=later)
    assert again.returncode == 0, again.stderr
    after_commit = (fixture_copy / "dist" / name).read_bytes()
    shutil.rmtree(fixture_copy / "_build")
    clean = run_folio("build", "pdf", cwd=fixture_copy, env=later)
    assert clean.returncode == 0, clean.stderr
    assert after_commit == (fixture_copy / "dist" / name).read_bytes()
