"""Every input is checked before Sphinx starts: a bad one is folio's own coded error, and nothing is lost.

Seeds, chapters, the register, ``book.toml`` and ``-D folio_*`` overrides
(:mod:`folio.build.inputs`): exit 2, the place and code, B010 ("nothing was
built"), no Sphinx, ``dist/`` unchanged. Most tests change a copy of the
robustness fixture book (``conftest.fixture_book``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import NOTICE, folio, make_project, no_traceback, stray, tree

from folio.diagnostics import ExitCode

BAD_SEEDS = [
    pytest.param(
        b"One.\nCaf\xe9 society.\n" + NOTICE.encode(),
        ":2: S001 the seed is not UTF-8: byte 0xe9 at offset 8 cannot be decoded (it may be Windows-1252",
        id="latin-1",
    ),
    pytest.param(f"One.\nTwo.\n{NOTICE}\n".encode("utf-16"), ":1: S001 the seed is not UTF-8: byte 0xff", id="utf-16"),
    pytest.param(b"", ":1: S002 the seed is empty or holds only white space", id="empty"),
    pytest.param(b" \n\t\r\n\xc2\xa0\n", ":1: S002 the seed is empty or holds only white space", id="whitespace"),
    pytest.param(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        ": S005 the seed looks like a binary file (it contains a NUL byte at offset 8)",
        id="binary",
    ),
    pytest.param(
        b"One.\nTwo.\nThe end of the article.\n",
        ':3: S003 the last line is not a licence notice (expected "… All rights reserved …" or "… licence …"): \'The end of the article.\'',
        id="no-licence",
    ),
    pytest.param(
        b"One.\nTwo.\n--\nSent from my phone\n",
        ":4: S003 the last line is not a licence notice",
        id="odd-last-line",
    ),
    pytest.param(NOTICE.encode(), ":1: S004 the seed has a licence notice but no article text", id="licence-only"),
]


@pytest.mark.parametrize(("data", "message"), BAD_SEEDS)
def test_a_bad_seed_is_refused_and_nothing_is_lost(fixture_copy: Path, data: bytes, message: str) -> None:
    project = fixture_copy
    seed, chapter = project / "seeds" / "awkward-crlf.txt", project / "book" / "chapters" / "awkward-crlf.md"
    chapter_before, dist_before = chapter.read_bytes(), tree(project / "dist")
    seed.write_bytes(data)
    place = f"seeds/awkward-crlf.txt{message}"

    ingest = folio(project, "ingest", "--force", "seeds/awkward-crlf.txt")
    assert ingest.returncode == ExitCode.INPUT == 2
    assert place in ingest.stderr, ingest.stderr
    no_traceback(ingest.stderr)
    assert chapter.read_bytes() == chapter_before

    built = folio(project, "build")
    assert built.returncode == 2
    assert place in built.stderr, built.stderr
    assert "dist: B010 nothing was built; the editions here, if any, are unchanged" in built.stderr
    assert "sphinx-build" not in built.stderr
    no_traceback(built.stderr)
    assert tree(project / "dist") == dist_before
    assert stray(project / "dist") == []


def test_ingest_writes_every_good_seed_and_names_every_bad_one(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "Fine.\n" + NOTICE})
    seeds = project / "seeds"
    (seeds / "b.txt").write_bytes(b"")
    (seeds / "c.txt").write_text("Also fine.\n" + NOTICE, encoding="utf-8")
    (seeds / "d.txt").write_bytes(b"One.\nNa\xefve.\n" + NOTICE.encode())
    result = folio(project, "ingest", "--force", "seeds/a.txt", "seeds/b.txt", "seeds/c.txt", "seeds/d.txt")
    assert result.returncode == 2
    assert "seeds/b.txt:1: S002 the seed is empty" in result.stderr
    assert "seeds/d.txt:2: S001 the seed is not UTF-8: byte 0xef" in result.stderr
    assert "folio: written book/chapters/c.md from seeds/c.txt" in result.stderr
    no_traceback(result.stderr)
    assert sorted(p.name for p in (project / "book" / "chapters").iterdir()) == ["a.md", "c.md"]


KIM = "  - id: kim-jong-un\n    name: Kim Jong Un\n    kind: person\n    sort: Kim Jong Un\n"
BAD_INPUTS = [
    pytest.param(
        "book/glossary.yml",
        "entries:\n  - id: kim-jong-un\n    name: Kim Jong Un\n    aliases: [Mr. Kim\n    kind: person\n",
        (),
        "book/glossary.yml:5: G001 the register is not valid YAML",
        id="register-syntax",
    ),
    pytest.param(
        "book/glossary.yml",
        f"entries:\n{KIM}    colour: red\n    definition: The leader.\n",
        (),
        "book/glossary.yml:6: G002 entry 'kim-jong-un': unknown field 'colour'",
        id="register-unknown-field",
    ),
    pytest.param(
        "book/glossary.yml",
        f"entries:\n{KIM}",
        (),
        "book/glossary.yml:2: G002 entry 'kim-jong-un': the field 'definition' is missing",
        id="register-no-definition",
    ),
    pytest.param(
        "book/glossary.yml",
        f"entries:\n{KIM}    definition: The leader.\n{KIM}    definition: Again.\n",
        (),
        "book/glossary.yml:7: G003 duplicate id 'kim-jong-un' (also at line 2)",
        id="register-duplicate",
    ),
    pytest.param(
        "book/book.toml",
        '[book]\ntitle = "Unclosed\n',
        (),
        "book/book.toml: B006 the book configuration field '[book]' is not valid TOML",
        id="book-syntax",
    ),
    pytest.param(
        "book/book.toml",
        '[book]\ntitle = "T"\npublisher = "P"\ncolour = "red"\n',
        (),
        "book/book.toml: B006 the book configuration field 'colour' is unknown",
        id="book-unknown-field",
    ),
    pytest.param(
        "book/book.toml",
        '[book]\ntitle = "T"\npublisher = "P"\nslug = "Not A Slug"\n',
        (),
        "book/book.toml: B006 the book configuration field 'slug' must be lower-case",
        id="book-bad-slug",
    ),
    pytest.param(
        None,
        "",
        ("--sphinx-opts=-W -D folio_trim=huge",),
        "command line: B006 the book configuration field 'trim' must be one of",
        id="override",
    ),
]


@pytest.mark.parametrize(("name", "text", "options", "message"), BAD_INPUTS)
def test_a_bad_register_or_book_configuration_is_folios_own_error(
    fixture_copy: Path, name: str | None, text: str, options: tuple[str, ...], message: str
) -> None:
    project = fixture_copy
    dist_before = tree(project / "dist")
    if name:
        (project / name).write_text(text, encoding="utf-8")
    result = folio(project, "build", *options)
    assert result.returncode == 2
    assert message in result.stderr, result.stderr
    assert "B010 nothing was built" in result.stderr
    assert "sphinx-build" not in result.stderr, "Sphinx started on a bad input"
    no_traceback(result.stderr)
    assert tree(project / "dist") == dist_before


def test_a_folder_without_seeds_says_where_to_put_one(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "Fine.\n" + NOTICE})
    (project / "seeds" / "a.txt").unlink()
    result = folio(project, "build", "html")
    assert result.returncode == ExitCode.INPUT
    assert f"{project / 'seeds'}: B005 no seeds in {project / 'seeds'}; copy an article there first" in result.stderr
    no_traceback(result.stderr)
    assert not (project / "dist").exists()


def test_check_names_a_seed_without_a_chapter_and_how_to_make_one(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "Fine.\n" + NOTICE})
    (project / "book" / "chapters" / "a.md").unlink()
    result = folio(project, "check", "--no-external")
    assert result.returncode == ExitCode.CHECK
    assert (
        "book/chapters/a.md: C004 the seed seeds/a.txt has no chapter; run `folio ingest seeds/a.txt`" in result.stderr
    )
    assert not (project / "dist").exists()


def test_a_build_keeps_a_hand_edited_chapter_and_says_so(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "Fine words.\n" + NOTICE}, {"a.toml": 'title = "First title"\n'})
    chapter = project / "book" / "chapters" / "first-title.md"
    chapter.write_text(chapter.read_text(encoding="utf-8") + "\nAn editor's note.\n", encoding="utf-8")
    (project / "seeds" / "a.toml").write_text('title = "Second title"\n', encoding="utf-8")
    result = folio(project, "build", "html")
    assert result.returncode == ExitCode.OK, result.stderr
    moved = project / "book" / "chapters" / "second-title.md"
    assert (
        "book/chapters/second-title.md: C006 the chapter was edited by hand, so it was not refreshed from its seed"
    ) in result.stderr
    assert "An editor's note." in moved.read_text(encoding="utf-8") and not chapter.exists()
    site = project / "dist" / "html" / "chapters"
    assert "An editor's note." in (site / "second-title.html").read_text(encoding="utf-8")
    assert not (site / "first-title.html").exists()
