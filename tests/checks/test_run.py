"""`folio check`: clean on the real book, and each edition check can fail."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

from helpers import make_project, run_folio

from folio.checks.editions import check_epub, check_pdf

NOTICE = "Example Press Ltd. All rights reserved. Published under licence."


def test_check_is_clean_on_the_real_book(root: Path, dist: Path) -> None:
    result = run_folio("check", "--no-external", cwd=root)
    assert result.returncode == 0, result.stderr
    assert "folio: check: 0 error(s)" in result.stderr


def test_check_fails_with_code_4_when_a_chapter_drifts(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "The first words.\n" + NOTICE})
    chapter = project / "book/chapters/a.md"
    chapter.write_text(chapter.read_text().replace("The first words.", "The last words."))
    result = run_folio("check", "--no-external", cwd=project)
    assert result.returncode == 4
    assert re.search(r"book/chapters/a\.md:\d+: C002 .*expected 'first', found 'last'", result.stderr)
    assert "B008 the html edition has not been built; run `make html`" in result.stderr


def _rewrite(epub: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(epub) as source, zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            out.writestr(item, change(item.filename, source.read(item.filename)))
    return target


def test_epub_check_finds_a_missing_notice_and_missing_words(seeds: list, epub_path: Path, tmp_path: Path) -> None:
    assert check_epub(seeds, epub_path) == []
    notice = seeds[0].notice.encode()

    def strip(name: str, data: bytes) -> bytes:
        data = data.replace(notice, b"Rights withheld.")
        return data.replace(b"Pyongyang", b"Seoul") if name.endswith(".xhtml") else data

    findings = check_epub(seeds, _rewrite(epub_path, tmp_path / "bad.epub", strip))
    assert {d.code.name for d in findings} == {"T001", "E005"}
    assert any("'Pyongyang'" in d.message for d in findings)
    assert any("dc:rights" in d.message for d in findings) and any("copyright page" in d.message for d in findings)
    missing = [d.message for d in findings if d.code.name == "E005"]
    assert missing and all(f"the licence notice of {seeds[0].path.name} is missing" in m for m in missing), missing


def test_pdf_check_finds_missing_metadata(seeds: list, pdf_path: Path, tmp_path: Path) -> None:
    assert check_pdf(seeds, pdf_path) == []
    other = tmp_path / "other.pdf"
    shutil.copyfile(pdf_path, other)
    import pikepdf

    with pikepdf.open(pdf_path) as document:
        with document.open_metadata(set_pikepdf_as_editor=False) as meta:
            assert "dc:rights" in meta, "the PDF carries XMP dc:rights"
            del meta["dc:rights"]
        document.save(other)
    [finding] = check_pdf(seeds, other)
    assert finding.code.name == "P002" and f"the licence notice of {seeds[0].path.name}" in finding.message
