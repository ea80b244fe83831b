"""Functions the tests share: running folio as a user does, copying projects, reading what was built.

Fixtures live in ``conftest.py``; this is a plain module (``from helpers import …``,
``pythonpath = ["tests"]`` in pyproject.toml).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parent.parent
ROOTS = Path(__file__).resolve().parent / "roots"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
NOTICE = "Example Press Ltd. All rights reserved. Published under licence."
EPOCH = "1735689600"
"""2025-01-01T00:00:00Z: the SOURCE_DATE_EPOCH of every fixture book's build."""
ENV = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}

# The robustness fixture book (conftest.fixture_book): a hostile seed and two awkward ones.
FIXTURE = ROOTS / "robustness"
HOSTILE_LINES = [line.strip() for line in (FIXTURE / "hostile.txt").read_text(encoding="utf-8").splitlines()]
AWKWARD = {
    "awkward-crlf.txt": "\ufeffFirst awkward paragraph, with trailing spaces.   \r\n\r\n\r\n"
    "  Second one, after blank lines and a leading space.\t\r\n\r\nThird: the end.\r\n" + NOTICE + "\r\n\r\n",
    "awkward-cr.txt": "Old Mac line ends, one paragraph.\rAnother, with a  double space inside.\r" + NOTICE + "\r",
}
EXPECTED = {
    "hostile": HOSTILE_LINES[:-1],
    "awkward-crlf": [
        "First awkward paragraph, with trailing spaces.",
        "Second one, after blank lines and a leading space.",
        "Third: the end.",
    ],
    "awkward-cr": ["Old Mac line ends, one paragraph.", "Another, with a double space inside."],
}
"""What a reader must see of each robustness fixture seed, paragraph by paragraph."""


class Book(NamedTuple):
    """The robustness fixture book, built twice in one place from a clean tree."""

    root: Path
    first: dict[str, str]
    """dist/ after the first build: each file and its SHA-256."""
    output: str
    """What the first build printed."""
    offline: tuple[str, ...] | None
    """The prefix the second build ran under (None: this machine allows no network namespace)."""
    second: subprocess.CompletedProcess[str]


def offline_prefix() -> tuple[str, ...] | None:
    """A command prefix that runs a program with no network, if this machine allows one."""
    if shutil.which("unshare") is None:
        return None
    for prefix in (("unshare", "--net"), ("unshare", "--map-root-user", "--net")):
        if subprocess.run([*prefix, "true"], capture_output=True, check=False).returncode == 0:
            return prefix
    return None


CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-sync",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-quic",
]


# --- tools ------------------------------------------------------------------------------------


def skip_or_fail(message: str) -> None:
    """Skip on a developer's machine; fail in CI, where nothing may be skipped."""
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def require_tool(name: str, hint: str = "run `make setup`") -> str:
    """The path of ``name``; skip (or, in CI, fail) when it is missing."""
    path = shutil.which(name)
    if path is None:
        skip_or_fail(f"{name} is not installed; {hint}")
    return str(path)


def stand_in(folder: Path, name: str, script: str) -> Path:
    """An executable shell script ``folder/name`` standing in for a tool."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    path.chmod(0o755)
    return path


def wait_for(condition: Callable[[], bool], seconds: float, what: str) -> None:
    """Poll ``condition`` until it holds; fail after ``seconds`` naming ``what`` was awaited."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"waited {seconds} s for {what}")
        time.sleep(0.05)  # poll until the deadline


# --- running folio ----------------------------------------------------------------------------


def run_folio(
    *args: str,
    cwd: Path = ROOT,
    env: dict[str, str] | None = None,
    prefix: tuple[str, ...] = (),
    timeout: int = 900,
) -> subprocess.CompletedProcess[str]:
    """``python -m folio`` in a subprocess, as a user runs it."""
    return subprocess.run(
        [*prefix, sys.executable, "-m", "folio", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def folio(project: Path, *args: str, **options: object) -> subprocess.CompletedProcess[str]:
    """``python -m folio`` in a fixture ``project``, with a fixed SOURCE_DATE_EPOCH."""
    return run_folio(*args, cwd=project, env=ENV, **options)  # type: ignore[arg-type]


def no_traceback(output: str) -> None:
    assert "Traceback" not in output, output
    assert "Configuration error" not in output, output


# --- projects ---------------------------------------------------------------------------------


def make_project(folder: Path, seeds: dict[str, str], sidecars: dict[str, str] | None = None) -> Path:
    """A copy of this project's conf/ and book/ with other seeds, ingested."""
    shutil.copytree(ROOT / "conf", folder / "conf")
    shutil.copytree(ROOT / "book", folder / "book", ignore=shutil.ignore_patterns("chapters", "glossary.yml"))
    (folder / "seeds").mkdir()
    for name, text in {**seeds, **(sidecars or {})}.items():
        (folder / "seeds" / name).write_text(text, encoding="utf-8")
    result = run_folio("ingest", *sorted(str(p) for p in (folder / "seeds").glob("*.txt")), cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder


def clone(project: Path, folder: Path, *, build: bool = False) -> Path:
    """A copy of a built fixture book: its sources and dist/ (and _build/ if asked)."""
    names = ["conf", "book", "seeds", "dist", "secret.txt", *(["_build"] if build else [])]
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        source = project / name
        if source.is_dir():
            shutil.copytree(source, folder / name, symlinks=True)
        elif source.exists():
            shutil.copy2(source, folder / name)
    return folder


def slug_of(project: Path) -> str:
    from folio.config import load

    return load(project / "book" / "book.toml").slug


# --- what a build left --------------------------------------------------------------------------


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (but Sphinx's ``.buildinfo``) and the SHA-256 of its bytes."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != ".buildinfo"
    }


def stray(dist: Path) -> list[str]:
    """Files in ``dist/`` that are no part of an edition: hidden, temporary or partial."""
    return [
        p.relative_to(dist).as_posix()
        for p in dist.rglob("*")
        if p.name.startswith(".") or p.suffix in {".tmp", ".part"}
    ]


def processes_in(folder: Path) -> list[str]:
    """The command lines of processes running with their working folder in ``folder``."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cwd = os.readlink(proc / "cwd")
            if cwd == str(folder) or cwd.startswith(f"{folder}/"):
                found.append((proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
        except OSError:
            continue
    return found


def no_process_left(folder: Path, seconds: float = 20) -> None:
    """Wait, up to ``seconds``, until no process runs in ``folder``; fail naming those left."""
    deadline = time.monotonic() + seconds
    while (left := processes_in(folder)) and time.monotonic() < deadline:
        time.sleep(0.05)  # poll until the deadline
    assert left == [], "tools were left running"


def squash(text: str) -> str:
    return " ".join(text.split())


# --- scoring the glossary drafts against answer keys ------------------------------------------------

DRAFTING = ROOTS / "drafting"
"""Our articles for measuring the extractor: ``tuned/`` (it was developed on them), ``heldout/`` (written after it
was finished and scored without changes, then used for rules and training) and ``unseen/`` (the newest rounds,
which neither the rules nor the model have used), each ``name.txt`` with ``name.key.yml``."""


class Score(NamedTuple):
    """How the drafts for one article compare with its answer key."""

    article: str
    drafted: int
    right: int
    """Drafts that are a person or institution of the key, of the right kind."""
    wanted: int
    """The key's people and institutions, less the optional ones."""
    found: int
    people: int
    """People drafted correctly, whose sort keys are compared."""
    sorted_right: int
    wrong: tuple[str, ...]
    missed: tuple[str, ...]
    badly_sorted: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.right / self.drafted if self.drafted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.wanted if self.wanted else 1.0

    @property
    def sorting(self) -> float:
        return self.sorted_right / self.people if self.people else 1.0


def read_key(path: Path) -> list[dict]:
    """An answer key: ``people`` and ``institutions``, each entry a name, its other acceptable forms
    (``also``), for people the sort key, and ``optional: true`` for one neither required nor wrong."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = [
        {**entry, "kind": kind}
        for kind, group in (("person", "people"), ("institution", "institutions"))
        for entry in data.get(group) or []
    ]
    for entry in entries:
        unknown = set(entry) - _KEY_FIELDS
        if unknown:  # "{name: Ministry of Economy, Trade and Industry}": YAML cuts an unquoted name at its comma
            raise ValueError(f"{path}: {entry['name']!r} has fields {sorted(unknown)}; quote a name with a comma")
    return entries


_KEY_FIELDS = {"name", "sort", "also", "optional", "kind"}


def score(article: str, drafts: list[tuple[str, str, str, list[str]]], key: list[dict]) -> Score:
    """Score ``drafts`` ((name, kind, sort, aliases) each) against ``key``."""
    from folio.glossary.matcher import fold

    forms = [{fold(k["name"]), *(fold(a) for a in k.get("also", []))} for k in key]
    matched: dict[int, tuple[str, str]] = {}
    wrong, ignored = [], 0
    for name, kind, sort, aliases in drafts:
        mine = {fold(name), *(fold(a) for a in aliases)}
        index = next((i for i, f in enumerate(forms) if f & mine and key[i]["kind"] == kind), None)
        if index is None or index in matched:
            wrong.append(f"{name} ({kind})")
        elif key[index].get("optional"):
            ignored += 1
            matched[index] = (name, sort)
        else:
            matched[index] = (name, sort)
    required = [i for i, k in enumerate(key) if not k.get("optional")]
    people = [i for i in required if i in matched and key[i]["kind"] == "person"]
    badly = [f"{matched[i][1]!r} (want {key[i]['sort']!r})" for i in people if matched[i][1] != key[i]["sort"]]
    return Score(
        article,
        len(drafts) - ignored,
        len([i for i in matched if not key[i].get("optional")]),
        len(required),
        len([i for i in required if i in matched]),
        len(people),
        len(people) - len(badly),
        tuple(wrong),
        tuple(key[i]["name"] for i in required if i not in matched),
        tuple(badly),
    )


def score_extractor(text: Path) -> Score:
    """Draft ``text`` (a seed) with the extractor against an empty register and score it against its key."""
    from folio.glossary.drafting.extract import extract
    from folio.ingest.seed import read_seed

    seed = read_seed(text)
    found = extract([(p.line, p.text) for p in seed.paragraphs])
    drafts = [(f.name, f.kind, f.sort, f.aliases) for f in found if not f.unnamed]  # reported, never drafted
    return score(text.stem, drafts, read_key(text.with_suffix(".key.yml")))


def score_report(scores: list[Score]) -> str:
    """The scores as a Markdown table, then each article's wrong, missed and badly sorted drafts."""
    lines = [score_table(scores)]
    for s in scores:
        for label, items in (("wrong", s.wrong), ("missed", s.missed), ("sorted", s.badly_sorted)):
            if items:
                lines.append(f"  {s.article}: {label}: {', '.join(items)}")
    return "\n".join(lines)


def pooled(scores: list[Score]) -> Score:
    """The scores of several articles added up into one, as if they were one article ("all")."""
    return Score("all", *(sum(getattr(s, f) for s in scores) for f in Score._fields[1:7]), (), (), ())


def score_table(scores: list[Score]) -> str:
    """The scores as a Markdown table, with the totals."""
    rows = ["| article | drafts | precision | recall | sort keys |", "| --- | --- | --- | --- | --- |"]
    for s in scores:
        rows.append(
            f"| {s.article} | {s.drafted} | {s.precision:.2f} ({s.right}/{s.drafted}) | {s.recall:.2f} "
            f"({s.found}/{s.wanted}) | {s.sorting:.2f} ({s.sorted_right}/{s.people}) |"
        )
    total = pooled(scores)
    rows.append(
        f"| **all** | {total.drafted} | {total.precision:.2f} ({total.right}/{total.drafted}) | {total.recall:.2f} "
        f"({total.found}/{total.wanted}) | {total.sorting:.2f} ({total.sorted_right}/{total.people}) |"
    )
    return "\n".join(rows)
