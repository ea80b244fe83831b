"""``folio glossary draft``, as an editor runs it: the register written, the table, the exit code.

Each test drafts one of our articles (the business story) into a copy of the
book's own register, whose comments, order and formatting must survive.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from helpers import DRAFTING, NOTICE, ROOT, folio, make_project, no_traceback

from folio.glossary.register import read_register

ARTICLE = DRAFTING / "tuned" / "business_shipping.txt"
SEED = "seeds/business_shipping.txt"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "book", {"business_shipping.txt": ARTICLE.read_text(encoding="utf-8")})
    (root / "book" / "glossary.yml").write_text((ROOT / "book" / "glossary.yml").read_text(encoding="utf-8"))
    return root


def _register(project: Path) -> str:
    return (project / "book" / "glossary.yml").read_text(encoding="utf-8")


def _rows(stdout: str) -> list[list[str]]:
    return [re.split(r"\s{2,}", line) for line in stdout.splitlines()[1:]]


def test_drafts_are_appended_and_the_editors_file_is_kept(project: Path) -> None:
    before = _register(project)
    result = folio(project, "glossary", "draft")
    no_traceback(result.stderr)
    assert result.returncode == 0, result.stderr
    after = _register(project)
    old_lines, new_lines = before.splitlines(), after.splitlines()
    comments = [line for line in old_lines if line.lstrip().startswith("#")]
    assert [line for line in new_lines if line in comments] == comments, "every comment kept, in order"
    assert after.startswith(before[: before.index("# Capitalised phrases")].rstrip() + "\n")
    assert re.search(r"# them\.\nignore:\n", after), "the comment before 'ignore:' still introduces it"
    entries = yaml.safe_load(after)["entries"]
    drafts = [e for e in entries if e.get("draft")]
    assert len(drafts) == 14
    solberg = next(e for e in drafts if e["name"] == "Ingrid Solberg")
    assert solberg == {
        "id": "ingrid-solberg",
        "name": "Ingrid Solberg",
        "kind": "person",
        "sort": "Solberg, Ingrid",
        "aliases": ["Ms. Solberg"],
        "draft": True,
        "source": f"{SEED}:2",
        "definition": "Kestrel's chief executive.",
    }
    bimco = next(e for e in drafts if e["id"] == "bimco")
    assert bimco["aliases"] == ["BIMCO"] and bimco["definition"] == "An industry body."
    _, findings = read_register(project / "book" / "glossary.yml")
    assert [str(d) for d in findings if d.is_error] == []


def test_the_table_says_what_was_added_and_why(project: Path) -> None:
    result = folio(project, "glossary", "draft")
    header = result.stdout.splitlines()[0]
    assert header.split()[:6] == ["action", "id", "kind", "name", "source", "why"]
    added = {row[3]: row for row in _rows(result.stdout) if row[0] == "added"}
    assert added["Ingrid Solberg"][1:5] == ["ingrid-solberg", "person", "Ingrid Solberg", f"{SEED}:2"]
    assert "titled form 'Ms. Solberg'" in added["Ingrid Solberg"][5]
    assert "acronym in brackets 'BIMCO'" in added["Baltic and International Maritime Council"][5]
    assert "folio: glossary draft: added 14 draft entries to book/glossary.yml" in result.stderr


def test_running_it_twice_adds_nothing(project: Path) -> None:
    assert folio(project, "glossary", "draft").returncode == 0
    written = _register(project)
    again = folio(project, "glossary", "draft")
    assert again.returncode == 0, again.stderr
    assert _register(project) == written
    assert {row[0] for row in _rows(again.stdout)} == {"known"}
    assert "nothing to add to book/glossary.yml; 14 already there" in again.stderr


def test_a_dry_run_writes_nothing(project: Path) -> None:
    before = _register(project)
    result = folio(project, "glossary", "draft", "--dry-run", SEED)
    assert result.returncode == 0, result.stderr
    assert _register(project) == before
    assert len([row for row in _rows(result.stdout) if row[0] == "added"]) == 14
    assert "would add 14 draft entries to book/glossary.yml (--dry-run: nothing written)" in result.stderr


def test_names_already_there_are_listed_and_new_aliases_proposed(project: Path) -> None:
    path = project / "book" / "glossary.yml"
    text = _register(project).replace(
        "entries:\n",
        "entries:\n  - id: kestrel\n    name: Kestrel Line\n    kind: institution\n    sort: Kestrel Line\n"
        "    definition: A container carrier.\n\n",
        1,
    )
    path.write_text(text, encoding="utf-8")
    result = folio(project, "glossary", "draft")
    assert result.returncode == 0, result.stderr
    rows = _rows(result.stdout)
    assert ["known", "kestrel", "institution", "Kestrel Line", f"{SEED}:1", "in the register"] in rows
    assert [
        "alias?",
        "kestrel",
        "institution",
        "Kestrel",
        f"{SEED}:1",
        "add 'Kestrel' to the aliases of 'kestrel'",
    ] in rows
    entries = yaml.safe_load(_register(project))["entries"]
    assert "aliases" not in entries[0], "an entry the editor reviewed is not changed"
    assert not any(e["name"] == "Kestrel Line" and e.get("draft") for e in entries)


def test_a_broken_register_is_refused_and_left_alone(project: Path) -> None:
    path = project / "book" / "glossary.yml"
    broken = _register(project).replace("  - id: vladimir-putin", "  - id: kim-jong-un", 1)
    path.write_text(broken, encoding="utf-8")
    result = folio(project, "glossary", "draft")
    no_traceback(result.stderr)
    assert result.returncode == 2
    assert re.search(r"book/glossary\.yml:\d+: G003 duplicate id 'kim-jong-un'", result.stderr)
    assert _register(project) == broken
    assert result.stdout == ""


def test_a_missing_seed_is_named(project: Path) -> None:
    result = folio(project, "glossary", "draft", "seeds/nowhere.txt")
    assert result.returncode == 2
    assert "seeds/nowhere.txt: S009 no such seed file" in result.stderr


def test_a_register_that_cannot_be_written_is_left_as_it_was(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from folio import cli

    before = _register(project)

    def refuse(self: Path, target: Path) -> Path:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(Path, "replace", refuse)
    code = cli.run(["--root", str(project), "glossary", "draft"])
    assert code == 2
    assert "book/glossary.yml: G014 cannot draft into the register: Read-only file system" in capsys.readouterr().err
    assert _register(project) == before
    assert [p.name for p in (project / "book").iterdir() if p.name.startswith(".glossary-")] == []


def test_a_book_without_a_register_gets_one(project: Path) -> None:
    (project / "book" / "glossary.yml").unlink()
    result = folio(project, "glossary", "draft")
    assert result.returncode == 0, result.stderr
    register, findings = read_register(project / "book" / "glossary.yml")
    assert len(register.entries) == 14 and all(e.draft for e in register.entries)
    assert [str(d) for d in findings if d.is_error] == []


def test_a_book_without_seeds_is_told_so(project: Path) -> None:
    for seed in (project / "seeds").glob("*.txt"):
        seed.unlink()
    result = folio(project, "glossary", "draft")
    no_traceback(result.stderr)
    assert result.returncode == 2
    assert "B005 no seeds in" in result.stderr


def test_what_the_lead_found_in_round_8(tmp_path: Path) -> None:
    """The lead's held-out articles drafted into the book's register: a dock worker named only 'Mr. Kim' is
    reported, not drafted; 'Ms. Kim' (Kim Sun-hee, drafted in the same run) is not proposed for Kim Jong Un,
    who is 'Mr. Kim'; 'Busan', the city named before the Busan Port Authority, is not its short form."""
    seeds = {
        f"{n}.txt": (DRAFTING / "tuned" / f"{n}.txt").read_text(encoding="utf-8")
        for n in ("port_authority", "arms_talks")
    }
    root = make_project(tmp_path / "book", seeds)
    (root / "book" / "glossary.yml").write_text((ROOT / "book" / "glossary.yml").read_text(encoding="utf-8"))
    result = folio(root, "glossary", "draft")
    assert result.returncode == 0, result.stderr
    rows = _rows(result.stdout)
    unnamed = [row for row in rows if row[0] == "unnamed"]
    assert [row[2:5] for row in unnamed] == [["person", "Mr. Kim", "seeds/port_authority.txt:5"]]
    assert "write the entry by hand" in unnamed[0][5]
    assert [row for row in rows if row[0] == "alias?"] == []
    entries = {e["id"]: e for e in yaml.safe_load(_register(root))["entries"]}
    assert "mr-kim" not in entries and entries["kim-jong-un"]["aliases"] == ["Mr. Kim"]
    assert entries["kim-sun-hee"]["aliases"] == ["Ms. Kim"]
    assert entries["bpa"]["aliases"] == ["BPA"]


def test_a_name_that_is_itself_titled_is_known_the_second_time(tmp_path: Path) -> None:
    """ "Lord Smith of Finsbury" is the entry's name, not only a titled form: a second run must find it."""
    article = (
        "Lord Smith of Finsbury, who chairs the commission, said the vote was a warning.\n"
        "Lord Smith added that the final report was due in the spring.\n"
        f"{NOTICE}\n"
    )
    project = make_project(tmp_path / "book", {"peer.txt": article})
    assert folio(project, "glossary", "draft").returncode == 0
    assert "name: Lord Smith of Finsbury" in _register(project)
    written = _register(project)
    again = folio(project, "glossary", "draft")
    assert again.returncode == 0, again.stderr
    assert _register(project) == written
    assert "nothing to add" in again.stderr
    check = folio(project, "check", "--no-external")
    assert "G007" not in check.stderr, check.stderr
