"""Reading seeds: normalising what is harmless, rejecting what is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from folio.diagnostics import Code, InputError
from folio.ingest.seed import LICENCE_PATTERN, provisional_title, read_seed

NOTICE = "Example Press Ltd. All rights reserved. Published under licence."


def write(tmp_path: Path, data: bytes | str, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def error_of(path: Path) -> tuple[Code, int | None, str]:
    with pytest.raises(InputError) as caught:
        read_seed(path)
    diagnostic = caught.value.diagnostics[0]
    return diagnostic.code, diagnostic.line, str(diagnostic)


def test_the_real_seed(root: Path) -> None:
    seed = read_seed(root / "seeds" / "000_0e102ba998a2e36a.txt")
    assert len(seed.paragraphs) == 9
    assert seed.notice.startswith("The Economist Newspaper Limited. All rights reserved.")
    assert seed.paragraphs[0].text.startswith("Television viewers in North Korea")
    assert not seed.sidecar.provisional
    assert seed.sidecar.source == "The Economist"


@pytest.mark.parametrize(
    "data",
    [
        "One.\r\nTwo.\r\n" + NOTICE + "\r\n",
        "One.\rTwo.\r" + NOTICE,
        "\ufeffOne.\nTwo.\n" + NOTICE,
        "One.   \n\n\nTwo.\t\n\n" + NOTICE + "\n\n",
    ],
    ids=["crlf", "cr", "bom", "blank-lines-and-trailing-space"],
)
def test_harmless_variants_are_normalised(tmp_path: Path, data: str) -> None:
    seed = read_seed(write(tmp_path, data))
    assert [p.text for p in seed.paragraphs] == ["One.", "Two."]
    assert seed.notice == NOTICE


def test_line_numbers_are_the_files(tmp_path: Path) -> None:
    seed = read_seed(write(tmp_path, "One.\n\nTwo.\n" + NOTICE))
    assert [p.line for p in seed.paragraphs] == [1, 3]
    assert seed.notice_line == 4


@pytest.mark.parametrize(
    ("data", "code", "line"),
    [
        (b"", Code.S002, 1),
        (b"  \n\t\n  ", Code.S002, 1),
        (b"One.\nCaf\xe9 society.\n" + NOTICE.encode(), Code.S001, 2),
        (b"\x89PNG\r\n\x1a\n\x00\x00", Code.S005, None),
        (b"One.\nTwo.\nThe end of the article.", Code.S003, 3),
        (NOTICE.encode(), Code.S004, 1),
    ],
    ids=["empty", "whitespace", "latin-1", "binary", "no-licence", "licence-only"],
)
def test_bad_seeds_are_rejected_with_a_place(tmp_path: Path, data: bytes, code: Code, line: int | None) -> None:
    path = write(tmp_path, data)
    found, found_line, message = error_of(path)
    assert (found, found_line) == (code, line)
    assert message.startswith(f"{path}:")


def test_without_sidecar_a_provisional_title_and_a_warning(tmp_path: Path) -> None:
    seed = read_seed(write(tmp_path, "The quick brown fox jumps over the lazy dog again.\n" + NOTICE))
    assert seed.sidecar.provisional
    assert seed.sidecar.title == "The quick brown fox jumps over the lazy…"
    [warning] = seed.warnings
    assert str(warning) == (
        f"{tmp_path / 'a.txt'}: S006 no sidecar a.toml; using the provisional title "
        "'The quick brown fox jumps over the lazy…' (add the sidecar to set the title)"
    )


@pytest.mark.parametrize(
    ("sidecar", "field", "line"),
    [
        ('title = "T"\n\n"colour" = "red"\n', "colour", 3),
        ('standfirst = "no title"\n', "title", 1),
        ('title = "T"\n  order = "first"\n', "order", 2),
    ],
)
def test_bad_sidecars_are_rejected_at_the_fields_line(tmp_path: Path, sidecar: str, field: str, line: int) -> None:
    path = write(tmp_path, "One.\n" + NOTICE)
    (tmp_path / "a.toml").write_text(sidecar, encoding="utf-8")
    code, _, message = error_of(path)
    assert code is Code.S008
    assert message.startswith(f"{tmp_path / 'a.toml'}:{line}: S008 the sidecar field {field!r} ")


def test_sidecar_syntax_error_has_a_line(tmp_path: Path) -> None:
    path = write(tmp_path, "One.\n" + NOTICE)
    (tmp_path / "a.toml").write_text('title = "T"\nsource = \n', encoding="utf-8")
    code, line, message = error_of(path)
    assert (code, line) == (Code.S007, 2)
    assert message.startswith(f"{tmp_path / 'a.toml'}:2: S007 the sidecar is not valid TOML: ")


line_text = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40).filter(
    lambda s: s.strip() and s.strip() != "\ufeff"
)


@settings(max_examples=150, deadline=None)
@given(st.lists(line_text, min_size=1, max_size=6), st.sampled_from(["\n", "\r\n", "\r"]))
def test_paragraphs_round_trip(tmp_path_factory: pytest.TempPathFactory, paragraphs: list[str], newline: str) -> None:
    folder = tmp_path_factory.mktemp("seed")
    seed = read_seed(write(folder, newline.join([*paragraphs, NOTICE])))
    assert [p.text for p in seed.paragraphs] == [p.strip() for p in paragraphs]
    assert seed.notice == NOTICE


# --- no input makes the reader crash ------------------------------------------------------------

_LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r"])
_SEED_LINES = st.lists(st.text(max_size=30), max_size=6)
_SEED_BYTES = st.one_of(
    st.binary(max_size=120),
    st.tuples(_SEED_LINES, _LINE_ENDS, st.sampled_from(["", NOTICE])).map(
        lambda t: t[1].join([*t[0], t[2]]).encode("utf-8")
    ),
    st.tuples(_SEED_LINES, st.sampled_from(["latin-1", "utf-16", "utf-8-sig"])).map(
        lambda t: "\n".join([*t[0], NOTICE]).encode(t[1], errors="replace")
    ),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_SEED_BYTES)
@example(data=b"\xff\xfe")
@example(data="\ufeff".encode())
def test_any_bytes_make_a_seed_or_a_coded_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "any.txt"
    path.write_bytes(data)
    try:
        seed = read_seed(path)
    except InputError as error:
        assert error.diagnostics
        for diagnostic in error.diagnostics:
            assert str(diagnostic).startswith(f"{path}") and diagnostic.code.name[0] == "S"
    else:
        assert seed.paragraphs and LICENCE_PATTERN.search(seed.notice)
        assert all(p.text and p.text == p.text.strip() for p in seed.paragraphs)


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (
            "BUSAN — Kim Min-jun has piloted the overnight ferry for years.",
            "Kim Min-jun has piloted the overnight ferry for…",
        ),
        ("NEW YORK, April 3 -- Markets fell sharply on the news.", "Markets fell sharply on the news"),
        ("US — the country, not the pronoun — said so.", "US — the country, not the pronoun —…"),
        ("Mr. Kim — who spoke first — said so.", "Mr. Kim — who spoke first — said…"),
    ],
)
def test_a_provisional_title_skips_a_wire_dateline(first: str, title: str) -> None:
    assert provisional_title(first) == title
