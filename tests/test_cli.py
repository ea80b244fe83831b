"""The command line as a user meets it: help, messages, exit codes."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import make_project, run_folio

NOTICE = "Example Press Ltd. All rights reserved. Published under licence."


def test_help_names_every_command_and_the_exit_codes() -> None:
    result = run_folio("--help")
    assert result.returncode == 0
    for command in ("ingest", "build", "epub", "check", "config"):
        assert command in result.stdout
    assert "exit codes: 0 success, 2 input error, 3 build failure, 4 check failure" in result.stdout


def test_python_dash_m_and_version() -> None:
    result = run_folio("--version")
    assert result.returncode == 0
    assert re.fullmatch(r"folio \d+\.\d+\.\d+\n", result.stdout)


def test_a_bad_seed_is_an_input_error_with_file_and_line(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "Fine.\n" + NOTICE})
    bad = project / "seeds" / "b.txt"
    bad.write_bytes(b"Fine.\nNa\xefve.\n" + NOTICE.encode())
    result = run_folio("ingest", "seeds/b.txt", cwd=project)
    assert result.returncode == 2
    assert "seeds/b.txt:2: S001 the seed is not UTF-8: byte 0xef" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project / "book/chapters/b.md").exists()


def test_build_refuses_a_bad_seed_and_keeps_dist(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "Fine.\n" + NOTICE})
    built = run_folio("build", "html", cwd=project)
    assert built.returncode == 0, built.stderr
    page = project / "dist/html/index.html"
    before = page.read_bytes()
    (project / "seeds" / "c.txt").write_text("No notice here.\nJust text.\n")
    result = run_folio("build", "html", cwd=project)
    assert result.returncode == 2
    assert re.search(r"seeds/c\.txt:2: S003 the last line is not a licence notice", result.stderr)
    assert page.read_bytes() == before


def test_a_seed_without_a_chapter_says_how_to_make_one(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "Fine.\n" + NOTICE})
    (project / "seeds" / "d.txt").write_text("More.\n" + NOTICE)
    result = run_folio("build", "html", cwd=project)
    assert result.returncode == 2
    assert (
        "book/chapters/d.md: C004 the seed seeds/d.txt has no chapter; run `folio ingest seeds/d.txt`" in result.stderr
    )


def test_unknown_edition_and_missing_seed(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "Fine.\n" + NOTICE})
    assert run_folio("build", "mobi", cwd=project).returncode == 2
    missing = run_folio("ingest", "seeds/nope.txt", cwd=project)
    assert missing.returncode == 2
    assert "seeds/nope.txt: S009 no such seed file" in missing.stderr


def test_config_lists_fields_with_help(root: Path) -> None:
    result = run_folio("config", cwd=root)
    assert result.returncode == 0
    assert "trim = 'trade'" in result.stderr
    assert "The print trim size" in result.stderr


def test_make_help_is_the_default_target(root: Path) -> None:
    import subprocess

    result = subprocess.run(["make", "-s"], cwd=root, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for target in ("all", "test", "html", "pdf", "epub", "check", "livehtml", "clean", "help"):
        assert f"make {target}" in result.stdout
