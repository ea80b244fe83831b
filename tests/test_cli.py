"""The command line as a user meets it: help, messages, exit codes."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import ROOT, make_project, run_folio

from folio.diagnostics import ExitCode

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


def test_unknown_edition_and_missing_seed(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "Fine.\n" + NOTICE})
    unknown = run_folio("build", "html", "mobi", cwd=project)
    assert unknown.returncode == 2
    assert "folio build: B007 unknown edition(s) mobi; choose from html, pdf, epub" in unknown.stderr
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
