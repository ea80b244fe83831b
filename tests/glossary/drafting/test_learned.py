"""The learned step of the extractor: what it adds and vetoes in a draft, and that the shipped model is reproducible.

The model (src/folio/glossary/drafting/model.json) is trained by
tools/train_drafter.py on the keyed articles; its measure on articles it was
not trained on is that tool's ``--cv`` (README.md, "How well it does"). The
example's names are ones the shipped model settles with a margin (Meta and the
Conservatives added at about 0.75, the DMA vetoed); a retraining may move
them, and then the example is chosen again.
"""

from __future__ import annotations

import importlib.util
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, folio, make_project, no_traceback, skip_or_fail

from folio.glossary.drafting import learned
from folio.glossary.drafting.extract import extract

ARTICLE = """\
Regulator fines tech giants under new law
Brussels fined Apple €500mn and Meta €200mn in April in the first penalties under the law, Margaret Hollis, the \
commission's spokeswoman, said on Tuesday.
The Conservatives called the decision a victory for consumers.
The rules took effect under the DMA in March.
© 2026 Northern Ledger Ltd. All rights reserved. Licensed for republication.
"""


def _drafted(text: str) -> dict[str, tuple[str, list[str]]]:
    lines = text.splitlines()[1:-1]
    return {f.name: (f.kind, f.reasons) for f in extract(list(enumerate(lines, 2)))}


def test_the_rules_alone_leave_meta_and_the_conservatives_open_and_take_the_dma(rules_alone: None) -> None:
    drafted = _drafted(ARTICLE)
    assert "Meta" not in drafted and "Conservatives" not in drafted
    assert drafted["DMA"][0] == "institution"


def test_the_draft_table_names_what_the_learned_step_added_and_leaves_out_what_it_vetoed(tmp_path: Path) -> None:
    project = make_project(tmp_path / "book", {"fines.txt": ARTICLE})
    result = folio(project, "glossary", "draft", "--dry-run")
    no_traceback(result.stderr)
    assert result.returncode == 0, result.stderr
    rows = {row[3]: row for row in (re.split(r"\s{2,}", line) for line in result.stdout.splitlines()[1:])}
    for name in ("Meta", "Conservatives"):
        assert rows[name][2] == "institution", rows[name]
        assert re.fullmatch(r"learned from the keyed articles \(0\.\d\d\)", rows[name][5]), rows[name]
    assert "DMA" not in rows, "a law's acronym is no institution"
    assert rows["Margaret Hollis"][2] == "person" and rows["Apple"][2] == "institution"


def test_the_shipped_model_is_what_training_on_the_keyed_articles_gives() -> None:
    if importlib.util.find_spec("sklearn") is None:
        skip_or_fail("scikit-learn, which trains the model, is not installed; run `make setup`")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "train_drafter.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    no_traceback(result.stderr)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "model.json matches a fresh training"


def test_without_a_model_file_drafting_is_the_rules_alone(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(learned, "MODEL_PATH", tmp_path / "absent.json")
    learned.models.cache_clear()
    try:
        assert "Meta" not in _drafted(ARTICLE)
    finally:
        learned.models.cache_clear()


def _veto_saying(odds: dict[str, float]) -> learned.Models:
    """Models whose veto gives every name ``odds`` (from intercepts alone), and whose add model takes nothing."""
    classes = ("institution", "none", "person")
    veto = learned.Model(classes, tuple(math.log(odds[c]) for c in classes), {}, 0.45)
    return learned.Models(learned.Model(classes, (0.0, 9.0, 0.0), {}, 0.5), veto)


@pytest.mark.parametrize(
    ("odds", "kind"),
    [
        ({"institution": 0.05, "none": 0.03, "person": 0.92}, "person"),  # corrected: the other kind is likeliest
        ({"institution": 0.40, "none": 0.55, "person": 0.05}, None),  # vetoed: "neither" is likeliest
        ({"institution": 0.51, "none": 0.48, "person": 0.01}, "institution"),  # kept: the rules' kind is likeliest
        ({"institution": 0.30, "none": 0.30, "person": 0.40}, "institution"),  # kept: nothing reaches 0.45
    ],
)
def test_the_learned_step_keeps_corrects_or_vetoes_a_weakly_decided_name(odds: dict[str, float], kind: str) -> None:
    text = [(1, "Lorvane Kessing, which makes valves, said it would appeal.")]  # an institution on a weak clue
    learned.use(None)
    try:
        assert {f.name: f.kind for f in extract(text)} == {"Lorvane Kessing": "institution"}
        learned.use(_veto_saying(odds))
        drafted = {f.name: f for f in extract(text)}
    finally:
        learned.reset()
    assert (drafted["Lorvane Kessing"].kind if "Lorvane Kessing" in drafted else None) == kind
    if kind == "person":
        assert drafted["Lorvane Kessing"].reasons == ["learned: a person, not an institution (0.92)"]
