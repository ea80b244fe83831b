"""The precompiled preamble: made once into the project's cache, reused after ``make clean``, renewed on change."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from helpers import NOTICE, folio, make_project

ARTICLE = f"A short article set in type twice.\nIts second paragraph.\n{NOTICE}\n"


def build(project: Path) -> str:
    shutil.rmtree(project / "_build", ignore_errors=True)
    shutil.rmtree(project / "dist", ignore_errors=True)
    result = folio(project, "build", "pdf", "--sphinx-opts=-W")
    assert result.returncode == 0, result.stderr
    return (project / "_build" / "logs" / "latexmk.log").read_text(encoding="utf-8", errors="replace")


def test_a_clean_build_reuses_the_format_and_a_new_trim_makes_another(tmp_path: Path) -> None:
    project = make_project(tmp_path / "book", {"100_twice.txt": ARTICLE}, {"100_twice.toml": 'title = "Twice"\n'})
    first = build(project)
    [made] = (project / ".cache" / "latex").glob("*.fmt")
    assert f"typesetting from the precompiled preamble {made}" in first
    reading = min((project / "dist").glob("*.pdf"), key=lambda p: len(p.name))
    before = reading.read_bytes()

    again = build(project)
    assert f"typesetting from the precompiled preamble {made}" in again
    assert [p.name for p in (project / ".cache" / "latex").glob("*.fmt")] == [made.name]
    assert reading.read_bytes() == before

    config = project / "book" / "book.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('trim = "trade"', 'trim = "a5"'), encoding="utf-8")
    build(project)
    assert len(list((project / ".cache" / "latex").glob("*.fmt"))) == 2


def test_a_change_to_the_print_design_alone_reaches_the_pdf(tmp_path: Path) -> None:
    """folio.sty lives in the format, which latexmk does not see change: the PDF must follow it all the same."""
    project = make_project(tmp_path / "book", {"100_twice.txt": ARTICLE}, {"100_twice.toml": 'title = "Twice"\n'})
    build(project)
    style = project / "conf" / "latex" / "folio.sty"
    design = style.read_text(encoding="utf-8")
    assert "\n\\endinput" in design
    style.write_text(
        design.replace("\n\\endinput", "\n\\renewcommand\\foliopublishedby{Brought out by}\n\\endinput"),
        encoding="utf-8",
    )
    result = folio(project, "build", "pdf", "--sphinx-opts=-W")
    assert result.returncode == 0, result.stderr
    reading = min((project / "dist").glob("*.pdf"), key=lambda p: len(p.name))
    text = subprocess.run(["pdftotext", str(reading), "-"], capture_output=True, text=True, check=True).stdout
    assert "Brought out by" in text and "Published by" not in text
