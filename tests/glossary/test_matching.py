"""Which entry each mention links to: the register's forms found in a chapter's text and resolved."""

from __future__ import annotations

from pathlib import Path

from folio.glossary.register import Entry, Register


def _person(name: str, sort: str, alias: str) -> Register:
    """A register of one person, with one titled alias."""
    entry = Entry(
        id=name.lower().replace(" ", "-"), name=name, kind="person", sort=sort, definition="A person.", aliases=(alias,)
    )
    return Register(Path("glossary.yml"), (entry,))


def _links(register: Register, text: str) -> list[tuple[str, str | None]]:
    resolver = register.resolver("010_council_housing")
    resolved = resolver.resolve(text, register.matcher.find(text), "1")
    return [(found.text, found.entry) for found in resolved]


def test_a_title_before_the_whole_name_is_a_mention_of_the_name_not_a_titled_form_cut_short() -> None:
    register = _person("Keir Starmer", "Starmer, Keir", "Sir Keir")
    text = "Sir Keir Starmer's promise of new towns was tested. Sir Keir said the vote was lost."
    assert _links(register, text) == [("Sir Keir Starmer", "keir-starmer"), ("Sir Keir", "keir-starmer")]


def test_a_titled_form_alone_still_needs_the_name_before_it() -> None:
    register = _person("Kim Jong Un", "Kim Jong Un", "Mr. Kim")
    assert _links(register, "Mr. Kim spoke. Then Mr. Kim Jong Un spoke, and Mr. Kim again.") == [
        ("Mr. Kim", None),
        ("Mr. Kim Jong Un", "kim-jong-un"),
        ("Mr. Kim", "kim-jong-un"),
    ]


def test_a_form_finds_its_name_written_with_either_apostrophe() -> None:
    entries = (
        Entry(id="union", name="Severnside Students' Union", kind="institution", sort="", definition="A union."),
        Entry(id="hospice", name="St Oswald’s Hospice", kind="institution", sort="", definition="A hospice."),
    )
    register = Register(Path("glossary.yml"), entries)
    text = "The Severnside Students’ Union met at St Oswald's Hospice."
    assert _links(register, text) == [("Severnside Students’ Union", "union"), ("St Oswald's Hospice", "hospice")]
