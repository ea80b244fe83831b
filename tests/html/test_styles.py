"""The themes' stylesheets cut down to the rules the pages can match."""

from __future__ import annotations

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
