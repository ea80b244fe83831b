"""The themes' stylesheets cut down to the rules the pages can match."""

from __future__ import annotations

from pathlib import Path

import pytest

from folio.html import styles
from folio.html.styles import purge


def test_a_rule_goes_when_no_page_names_its_classes() -> None:
    css = ".used{color:red}.unused{color:blue}.a .b{margin:0}#id{padding:0}p{line-height:1}"
    assert purge(css, frozenset({"used", "a", "b"})) == ".used{color:red}.a .b{margin:0}p{line-height:1}"


def test_a_selector_list_keeps_its_matching_selectors_and_at_rules_their_kept_rules() -> None:
    css = "@media (min-width:960px){.x,.used:hover{top:0}.gone{top:1px}}@media print{.gone{top:0}}"
    assert purge(css, frozenset({"used"})) == "@media (min-width:960px){.used:hover{top:0}}"


def test_attribute_selectors_and_negations_need_no_class() -> None:
    css = 'html[data-theme="dark"] .x{color:#fff}:not(.absent) p{margin:0}'
    assert purge(css, frozenset({"x"})) == css


def test_a_purged_stylesheet_is_kept_for_the_next_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache outlives _build/: the same stylesheet and the same names in use give the kept result, and a
    page that uses one more of its names makes a new one."""
    css = ".used { color: red } .unused { color: blue } .later { color: green }"
    words = frozenset({"used", "prose", "words"})
    first = styles.purge_cached(css, words, tmp_path)
    assert first == styles.purge(css, words) and "unused" not in first

    def no_parse(css: str, words: frozenset[str]) -> str:
        raise AssertionError("parsed again")

    monkeypatch.setattr(styles, "purge", no_parse)
    assert styles.purge_cached(css, words | {"more", "prose"}, tmp_path) == first
    monkeypatch.undo()
    assert "later" in styles.purge_cached(css, words | {"later"}, tmp_path)
