"""Reading the LaTeX log: every warning, box and missing glyph becomes a coded diagnostic.

The fixture logs under ``tests/roots/latex-log/`` were written by XeTeX from
small documents made to trigger each case.
"""

from __future__ import annotations

from helpers import ROOTS

from folio.diagnostics import Code
from folio.pdf.latexlog import parse_log, read_log, unwrap

LOGS = ROOTS / "latex-log"


def test_a_clean_log_reports_nothing() -> None:
    assert read_log(LOGS / "clean.log") == []


def test_every_finding_has_a_code_a_place_and_the_tex_file() -> None:
    findings = read_log(LOGS / "warnings.log")
    assert [d.code for d in findings] == [
        Code.P003,
        Code.P003,
        Code.P003,
        Code.P003,
        Code.P003,
        Code.P006,
        Code.P004,
        Code.P005,
        Code.P003,
        Code.P003,
        Code.P003,
        Code.P003,
    ]
    assert {d.path for d in findings} == {LOGS / "warnings.tex"}


def test_package_warnings_join_their_continuation_lines() -> None:
    messages = {(d.line, d.message) for d in read_log(LOGS / "warnings.log") if d.code is Code.P003}
    assert (6, "LaTeX: hyperref: Token not allowed in a PDF string (Unicode): removing `math shift'") in messages
    wrapped = "A long warning message that wraps over the line length of the log file and goes on to a second line"
    assert (11, f"LaTeX: folio: {wrapped}") in messages
    font = "Font shape `TU/texgyrepagella(0)/b/n' undefined using `TU/texgyrepagella(0)/m/n' instead"
    assert (6, f"LaTeX: Font: {font}") in messages
    assert (7, "LaTeX: Reference `nowhere' on page 1 undefined") in messages
    rerun = "File `book.out' has changed. Rerun to get outlines right or use package `bookmark'."
    assert (None, f"LaTeX: rerunfilecheck: {rerun}") in messages


def test_boxes_name_their_lines_and_text() -> None:
    findings = read_log(LOGS / "warnings.log", source="book.tex")
    [overfull] = [d for d in findings if d.code is Code.P004]
    [underfull] = [d for d in findings if d.code is Code.P005]
    assert str(overfull).startswith("book.tex:7: P004 overfull \\hbox (404.05565pt too wide) in paragraph at lines 7")
    assert "'See . italic small caps Hello" in overfull.message
    assert overfull.is_error
    assert str(underfull).startswith("book.tex:10: P005 underfull \\hbox (badness 10000) detected at line 10: 'x' ")
    assert not underfull.is_error


def test_a_missing_glyph_is_an_error() -> None:
    [missing] = [d for d in read_log(LOGS / "warnings.log") if d.code is Code.P006]
    assert "'⁂' (U+2042)" in missing.message
    assert "texgyrepagella-regular.otf" in missing.message
    assert missing.is_error


def test_lines_of_exactly_the_print_width_continue() -> None:
    first = "x" * 79
    assert unwrap([first, "y", "z"]) == [first + "y", "z"]
    [finding] = parse_log("LaTeX Warning: " + "w" * 64 + "\nx on input line 12.\n", "a.tex")
    assert finding.line == 12 and finding.message.endswith("wx")
