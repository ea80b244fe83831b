"""The MyST escaping: any printable text renders as exactly that text."""

from __future__ import annotations

import pytest
from docutils import nodes
from docutils.core import publish_doctree
from hypothesis import example, given, settings
from hypothesis import strategies as st
from myst_parser.parsers.docutils_ import Parser

from folio.ingest.escape import escape_inline

SETTINGS = {"report_level": 5, "halt_level": 5, "file_insertion_enabled": False, "raw_enabled": False}

paragraph_text = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Co", "Cn")), min_size=1, max_size=80
).filter(lambda text: text.strip())

HOSTILE = [
    "```{include} /etc/passwd",
    "{raw}`html` <script>alert(1)</script>",
    "```{eval-rst}",
    "{download}`secret <../../.ssh/id_rsa>`",
    "# A heading",
    "1. a list item",
    "- another",
    "[click](javascript:alert(1))",
    "*emphasis* and __strong__ and $x^2$ and $$y$$",
    "# $ % & ~ _ ^ \\ { }",
    "{{ template }} {% block %}",
    "(target)=",
    ":::{note}",
    "% a comment",
    "+++ a block break",
    "| a | table |",
    "&amp; &#65; &copy;",
    "<div onclick=alert(1)>x</div>",
    "> a quote",
    "    indented code",
    "a line ending in a backslash \\",
]


def rendered(source: str) -> nodes.document:
    return publish_doctree(source, parser=Parser(), settings_overrides=SETTINGS)


def assert_literal(text: str) -> None:
    tree = rendered(escape_inline(text))
    assert [child.tagname for child in tree.children] == ["paragraph"]
    paragraph = tree.children[0]
    assert all(isinstance(node, nodes.Text) for node in paragraph.children)
    assert paragraph.astext() == text.strip()


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_literal(text: str) -> None:
    assert_literal(text)


@settings(max_examples=400, deadline=None)
@given(paragraph_text)
@example("1) not a list")
@example("=== not a heading")
def test_any_printable_text_renders_as_itself(text: str) -> None:
    assert_literal(text)


def test_ordinary_prose_stays_readable() -> None:
    prose = "Mr. Kim visited a facility, as 12,000 troops (reportedly) fought."
    assert escape_inline(prose) == prose
