"""Damaged editions and failing steps: a coded finding with its place, never a traceback.

Each test triggers one code and asserts its message: a truncated EPUB (E006)
and a PDF that is not one (P009) in ``folio check``, a notice missing from a
PDF's text (P001), a failed build seen by ``folio check`` (B012), a page that
is not XHTML (E011), an edition that cannot be written (E009), metadata and
PDF/X steps on a file that is not a PDF (P008, P010), and a tool that never
finishes (B004).
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers import ENV, ROOT, no_traceback

from folio.checks.editions import check_pdf
from folio.config import BookConfig
from folio.diagnostics import BuildError, Code
from folio.epub.archive import write_atomically
from folio.epub.pages import read_page
from folio.pdf.metadata import write_metadata
from folio.pdf.pdfx import make_pdfx
from folio.tools import Job

MOMENT = datetime(2025, 1, 1, tzinfo=UTC)


def folio(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "folio", *args],
        cwd=project,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture
def built_copy(dist: Path, tmp_path: Path) -> Path:
    """A copy of the real book with its editions (no _build/)."""
    project = tmp_path / "book"
    for name in ("book", "conf", "seeds"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copytree(dist, project / "dist")
    return project


def test_folio_check_on_a_truncated_epub_and_a_pdf_that_is_not_one(built_copy: Path, book: BookConfig) -> None:
    epub, pdf = built_copy / "dist" / f"{book.slug}.epub", built_copy / "dist" / f"{book.slug}.pdf"
    epub.write_bytes(epub.read_bytes()[:4000])
    pdf.write_text("this is not a PDF", encoding="utf-8")
    result = folio(built_copy, "check", "--no-external")
    assert result.returncode == 4
    assert f"dist/{book.slug}.epub: E006 the EPUB is not a valid package: BadZipFile" in result.stderr
    assert f"dist/{book.slug}.pdf: P009 the PDF cannot be read:" in result.stderr
    no_traceback(result.stderr)


def test_folio_check_says_when_the_last_build_of_an_edition_failed(built_copy: Path, book: BookConfig) -> None:
    (built_copy / "conf" / "epub.css").unlink()
    failed = folio(built_copy, "build", "epub")
    assert failed.returncode == 3 and "E010 " in failed.stderr
    result = folio(built_copy, "check", "--no-external")
    assert (
        f"dist/{book.slug}.epub: B012 the last build of the epub edition failed, so this is an earlier one"
        in result.stderr
    )
    assert "the failure: " in result.stderr and "E010" in result.stderr.split("B012", 1)[1]
    assert result.returncode == 4
    no_traceback(result.stderr)


def test_a_notice_missing_from_the_pdfs_text_is_p001(seeds: list, pdf_path: Path) -> None:
    other = [dataclasses.replace(seed, notice="© 2026 Nobody Press. All rights reserved.") for seed in seeds]
    codes = [d.code for d in check_pdf(other, pdf_path)]
    assert Code.P001 in codes and Code.P002 in codes


def test_a_page_that_is_not_xhtml_is_e011(tmp_path: Path) -> None:
    (tmp_path / "broken.xhtml").write_text("<html><body><p>unclosed", encoding="utf-8")
    with pytest.raises(BuildError) as raised:
        read_page(tmp_path, "broken.xhtml")
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.code is Code.E011 and "the page broken.xhtml cannot be read as XHTML" in str(diagnostic)


def test_an_edition_that_cannot_be_written_is_e009_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "dist"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(BuildError) as raised:
        write_atomically(b"epub bytes", blocker / "book.epub")
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.code is Code.E009 and "the previous file, if any, is unchanged" in str(diagnostic)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"]


def test_metadata_and_pdfx_on_a_file_that_is_not_a_pdf(tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a PDF", encoding="utf-8")
    with pytest.raises(BuildError) as metadata:
        write_metadata(fake, tmp_path / "out.pdf", BookConfig(), ("A notice.",), MOMENT)
    assert metadata.value.diagnostics[0].code is Code.P008
    assert "cannot write the licence notice into the PDF's XMP metadata" in str(metadata.value)
    with pytest.raises(BuildError) as pdfx:
        make_pdfx(fake, tmp_path / "print.pdf", MOMENT)
    assert pdfx.value.diagnostics[0].code is Code.P010
    assert "cannot make the print interior" in str(pdfx.value)
    assert not (tmp_path / "out.pdf").exists() and not (tmp_path / "print.pdf").exists()


def test_a_tool_that_never_finishes_is_stopped_and_is_b004(tmp_path: Path) -> None:
    blocking = [sys.executable, "-c", "import signal\nsignal.pause()"]  # blocks until a signal: never on its own
    job = Job(blocking, tmp_path / "tool.log", "a stand-in tool", env=dict(ENV), timeout=1)
    with pytest.raises(BuildError) as raised:
        job.wait()
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.code is Code.B004 and "a stand-in tool timed out after 1 s" in str(diagnostic)
    assert job.process.poll() is not None, "the tool was stopped"
