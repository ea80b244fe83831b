"""Every diagnostic code is exercised: some test triggers it and asserts on it."""

from __future__ import annotations

import re
import string
from pathlib import Path

from folio.diagnostics import Code, ExitCode, diagnose

TESTS = Path(__file__).resolve().parent


def test_every_code_has_a_test_that_names_it() -> None:
    sources = "\n".join(
        path.read_text(encoding="utf-8") for path in TESTS.rglob("test_*.py") if path.name != "test_diagnostics.py"
    )
    untested = [
        code.name
        for code in Code
        if not re.search(rf"(Code\.{code.name}\b|\b{code.name} |[\"']{code.name}[\"'])", sources)
    ]
    assert untested == [], f"no test triggers and names {untested}"


def test_every_code_is_one_line_with_a_place_a_code_and_a_severity() -> None:
    for code in Code:
        assert code.severity in {"error", "warning", "info"}
        fields = {name: 1 if spec else "x" for _, name, spec, _ in string.Formatter().parse(code.value[1]) if name}
        assert str(diagnose(code, "seeds/a.txt", 3, **fields)).startswith(f"seeds/a.txt:3: {code.name} ")
    assert {int(code) for code in ExitCode} == {0, 2, 3, 4, 130}
