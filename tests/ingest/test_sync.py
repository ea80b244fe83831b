"""Chapters in step with seeds: written, refreshed, removed, and never an editor's work overwritten."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from helpers import ENV, NOTICE, ROOT

from folio.ingest.chapter import read_chapter


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


def project(folder: Path) -> Path:
    shutil.copytree(ROOT / "conf", folder / "conf")
    shutil.copytree(ROOT / "book", folder / "book", ignore=shutil.ignore_patterns("chapters", "glossary.yml"))
    (folder / "seeds").mkdir()
    (folder / "seeds" / "a.txt").write_text("First words of A.\nSecond paragraph of A.\n" + NOTICE, encoding="utf-8")
    (folder / "seeds" / "a.toml").write_text('title = "Article A"\n', encoding="utf-8")
    return folder


def test_a_new_seed_is_written_and_an_unchanged_one_left_alone(tmp_path: Path) -> None:
    book = project(tmp_path)
    first = folio(book, "ingest")
    assert first.returncode == 0 and "folio: written book/chapters/article-a.md from seeds/a.txt" in first.stderr
    again = folio(book, "ingest")
    assert again.returncode == 0 and again.stderr == ""


def test_a_sidecar_change_rewrites_the_chapter_and_a_new_title_renames_it(tmp_path: Path) -> None:
    book = project(tmp_path)
    folio(book, "ingest")
    (book / "seeds" / "a.toml").write_text('title = "Article A"\norder = 1\n', encoding="utf-8")
    result = folio(book, "ingest")
    assert "folio: updated book/chapters/article-a.md from seeds/a.txt" in result.stderr
    assert read_chapter(book / "book" / "chapters" / "article-a.md").order == 1
    (book / "seeds" / "a.toml").write_text('title = "A New Title"\norder = 1\n', encoding="utf-8")
    result = folio(book, "ingest")
    assert "folio: renamed book/chapters/a-new-title.md from seeds/a.txt" in result.stderr
    chapter = read_chapter(book / "book" / "chapters" / "a-new-title.md")
    assert chapter.order == 1 and "(a-new-title)=\n# A New Title" in chapter.path.read_text(encoding="utf-8")
    assert [path.name for path in (book / "book" / "chapters").iterdir()] == ["a-new-title.md"]


def test_a_sidecar_slug_names_the_chapter(tmp_path: Path) -> None:
    book = project(tmp_path)
    (book / "seeds" / "a.toml").write_text('title = "Article A"\nslug = "kim-in-kursk"\n', encoding="utf-8")
    assert folio(book, "ingest").returncode == 0
    assert [path.name for path in (book / "book" / "chapters").iterdir()] == ["kim-in-kursk.md"]
    (book / "seeds" / "a.toml").write_text('title = "Article A"\nslug = "Kim in Kursk"\n', encoding="utf-8")
    refused = folio(book, "ingest")
    assert refused.returncode == 2
    assert "seeds/a.toml:2: S008 the sidecar field 'slug' must be lower-case letters and digits" in refused.stderr


def test_a_hand_edited_chapter_is_never_overwritten_without_force(tmp_path: Path) -> None:
    book = project(tmp_path)
    folio(book, "ingest")
    chapter = book / "book" / "chapters" / "article-a.md"
    edited = chapter.read_text(encoding="utf-8").replace("# Article A", "# Article A, as the editor wants it")
    chapter.write_text(edited, encoding="utf-8")
    (book / "seeds" / "a.toml").write_text('title = "From the sidecar"\n', encoding="utf-8")
    refused = folio(book, "ingest")
    assert refused.returncode == 2
    moved = book / "book" / "chapters" / "from-the-sidecar.md"
    assert "book/chapters/from-the-sidecar.md: C001 the chapter was edited by hand" in refused.stderr
    assert moved.read_text(encoding="utf-8") == edited and not chapter.exists()
    built = folio(book, "build", "html")
    assert built.returncode == 0, built.stderr
    assert "C006 the chapter was edited by hand, so it was not refreshed" in built.stderr
    assert moved.read_text(encoding="utf-8") == edited
    forced = folio(book, "ingest", "--force")
    assert forced.returncode == 0 and "# From the sidecar" in moved.read_text(encoding="utf-8")


def test_a_withdrawn_seed_loses_its_chapter(tmp_path: Path) -> None:
    book = project(tmp_path)
    (book / "seeds" / "b.txt").write_text("Words of B.\n" + NOTICE, encoding="utf-8")
    folio(book, "ingest")
    assert (book / "book" / "chapters" / "b.md").is_file()
    (book / "seeds" / "b.txt").unlink()
    result = folio(book, "ingest")
    assert "folio: removed book/chapters/b.md (its seed is gone)" in result.stderr
    assert not (book / "book" / "chapters" / "b.md").exists()
    assert (book / "book" / "chapters" / "article-a.md").is_file()
