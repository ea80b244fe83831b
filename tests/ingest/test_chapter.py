"""Ingest: seed to MyST chapter, overwrite protection, drift checks, order."""

from __future__ import annotations

from pathlib import Path

from helpers import NOTICE, make_project, run_folio
from lxml import html

from folio.ingest.chapter import check_chapter, read_chapter
from folio.ingest.seed import read_seed


def test_chapter_holds_every_paragraph_then_its_credit_with_the_notice(root: Path) -> None:
    path = root / "book" / "chapters" / "what-north-korea-gains-in-russias-war.md"
    chapter = read_chapter(path)
    seed = read_seed(root / "seeds" / "000_0e102ba998a2e36a.txt")
    assert [text for _, text in chapter.paragraphs] == [p.text for p in seed.paragraphs]
    credit = path.read_text(encoding="utf-8").rpartition("```{container} folio-credit")[2]
    assert seed.notice in credit and seed.paragraphs[-1].text not in credit
    assert check_chapter(chapter.path, root) == []


def test_committed_chapter_is_what_ingest_writes(root: Path, tmp_path: Path) -> None:
    project = make_project(
        tmp_path,
        {"000_0e102ba998a2e36a.txt": (root / "seeds/000_0e102ba998a2e36a.txt").read_text()},
        {"000_0e102ba998a2e36a.toml": (root / "seeds/000_0e102ba998a2e36a.toml").read_text()},
    )
    fresh = (project / "book/chapters/what-north-korea-gains-in-russias-war.md").read_text()
    assert fresh == (root / "book/chapters/what-north-korea-gains-in-russias-war.md").read_text()


def test_existing_chapter_needs_force(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "First words.\n" + NOTICE})
    chapter = project / "book/chapters/a.md"
    chapter.write_text(chapter.read_text() + "\nAn editor's note.\n")
    refused = run_folio("ingest", "seeds/a.txt", cwd=project)
    assert refused.returncode == 2
    assert (
        "book/chapters/a.md: C001 the chapter was edited by hand, so its seed or sidecar changes are not applied;"
        " move the edits to the sidecar, or pass --force to rewrite it from its seed"
    ) in refused.stderr
    assert "Traceback" not in refused.stderr
    assert "An editor's note." in chapter.read_text()
    forced = run_folio("ingest", "--force", "seeds/a.txt", cwd=project)
    assert forced.returncode == 0, forced.stderr
    assert "An editor's note." not in chapter.read_text()


def test_check_reports_a_chapter_that_drifted_from_its_seed(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "First words here.\nSecond paragraph.\n" + NOTICE})
    chapter = project / "book/chapters/a.md"
    lines = chapter.read_text().splitlines()
    number = lines.index("Second paragraph.") + 1
    chapter.write_text(chapter.read_text().replace("Second paragraph.", "Second para."))
    [finding] = check_chapter(chapter, project)
    assert str(finding).startswith(
        f"{chapter}:{number}: C002 the chapter's words no longer match its seed seeds/a.txt: "
    )
    assert "'paragraph'" in str(finding)


def test_check_reports_a_chapter_whose_seed_is_gone(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "First words here.\n" + NOTICE})
    (project / "seeds" / "a.txt").unlink()
    chapter = project / "book/chapters/a.md"
    assert [str(d) for d in check_chapter(chapter, project)] == [
        f"{chapter}:1: C003 the chapter names its seed seeds/a.txt, which does not exist"
    ]


def test_chapters_follow_sidecar_order_then_seed_name(tmp_path: Path) -> None:
    seeds = {name: f"Text of {name[0]}.\n{NOTICE}" for name in ("a.txt", "b.txt", "c.txt")}
    sidecars = {
        "a.toml": 'title = "Alpha"\norder = 2\n',
        "b.toml": 'title = "Bravo"\norder = 1\n',
        "c.toml": 'title = "Charlie"\n',
    }
    project = make_project(tmp_path, seeds, sidecars)
    result = run_folio("build", "html", cwd=project)
    assert result.returncode == 0, result.stderr
    page = html.parse(str(project / "dist/html/index.html")).getroot()
    titles = [a.text_content().strip() for a in page.xpath("//div[contains(@class,'toctree-wrapper')]//a")]
    assert titles[:3] == ["Bravo", "Alpha", "Charlie"]
