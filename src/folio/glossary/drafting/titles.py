"""Titled forms ("Mr. Cha", "Senator Ellison", "Prince Faisal"): whom each names.

A titled form names the person named in full before it, of the title's
gender, passing over quoted sources and relatives; it confirms them as a
person and becomes one of their aliases. A title with no such person before
it names someone only with a title: "Lord Winston" (an office or peerage
says who) is drafted, "Mr. Kim" (a courtesy title) only reported.
"""

from __future__ import annotations

import re

from folio.glossary.drafting import lexicon, names, nouns
from folio.glossary.drafting.context import INSTITUTION, PERSON
from folio.glossary.drafting.found import Found, Mention, merge_alias, name_key
from folio.glossary.resolve import TITLES


def attach_titles(found: dict[str, Found], titled: list[Mention], mentions: list[Mention]) -> None:
    """A titled form names the person named in full before it: it confirms them, and is an alias."""
    for mention in titled:
        surname = mention.span.text
        before = mentions[: mentions.index(mention)]
        royal = mention.span.title.split()[-1] in _GIVEN_NAME_TITLES  # "Prince Faisal": a given name
        candidates = [
            m
            for m in reversed(before)
            if not m.span.title and (surname in _surnames_of(m) or (royal and m.span.words[0] == surname))
        ]
        chosen = _choose(candidates, mention.span.title, found)
        if chosen is None:
            _titled_only(found, mention, mentions)
            continue
        key = name_key(chosen.span.text)
        entry = found.get(key)
        if entry is None or entry.kind != PERSON:
            if entry is not None or len(chosen.span.words) < 2:
                continue
            entry = found[key] = Found(chosen.span.text, PERSON, chosen.line, [chosen])
        form = f"{mention.span.title} {surname}"
        entry.titled.append(mention)
        if form not in entry.aliases:
            entry.aliases.append(form)
            entry.reasons.append(f"titled form {form!r}")


_GIVEN_NAME_TITLES = frozenset(
    lexicon.words("Prince Princess King Queen Sheikh Sheikha Emir Sultan Crown Sir Dame Lord Lady")
)
"""Titles that go with a given name ("Prince Faisal", "Sir Keir") as well as a family name."""


def _surnames_of(mention: Mention) -> set[str]:
    """The words a title may go with: the family name, and the first word of a name that may be family-first."""
    words = mention.span.text.split()
    if len(words) < 2 or any(c.kind == INSTITUTION and c.strength >= 3 for c in mention.clues):
        return set()
    found = {names.family_name(mention.span.text), *words[1:]}  # "Ms Ortega" for Marisol Ortega Vidal
    if names.may_be_family(words[0]) or (len(words) == 2 and _maybe_family_first(words)):
        found.add(words[0])  # "Mr Iwaya" for Iwaya Takeshi
    return found - lexicon.particles()


def _maybe_family_first(words: list[str]) -> bool:
    """A two-word name whose first word may be the family name: no given name comes first, the second is one
    no list knows as a family name, and both are single capitalised words ("Iwaya Takeshi", not "John Smith")."""
    first, second = words
    return (
        first not in lexicon.given_names()
        and first[:1].isupper()
        and first.isalpha()
        and second.isalpha()
        and first.casefold() not in lexicon.particles()
    )


def surname_first(aliases: list[str], words: list[str], alone: list[str]) -> bool:
    """Whether a courtesy or office title goes with the first word of a two-word name and nothing with the
    second ("Mr Iwaya" for Iwaya Takeshi); titles that take a given name ("Dame Sarah") say nothing."""
    first, second = words
    courtesy = [a.split() for a in aliases if a.split()[0] not in _GIVEN_NAME_TITLES]
    used = {parts[-1] for parts in courtesy}
    return first in used and second not in used and second not in alone and first not in lexicon.given_names()


def _titled_only(found: dict[str, Found], mention: Mention, mentions: list[Mention]) -> None:
    """A person the article names only with a title ("Mr Justice Pemberton", "President Biden", "Lord Winston":
    an office or a peerage says who they are), or only with a courtesy title ("Mr. Kim": :attr:`Found.unnamed`)."""
    title, surname = mention.span.title, mention.span.text
    if title.split()[-1].rstrip(".") not in TITLES or not surname[:1].isupper():
        return
    name = f"{title} {surname}"
    key = name_key(name)
    if key in found or any(surname in _surnames_of(m) for m in mentions if not m.span.title):
        return
    peer = next((f for f in found.values() if f.name.startswith(f"{name} of ")), None)
    if peer is not None:  # "Lord Falconer" after "Lord Falconer of Thoroton"
        merge_alias(found, peer, name, "titled form")
        return
    sort = f"{surname}, {title}"  # as an index has it: "Winston, Lord", "Pemberton, Mr Justice"
    if title.split()[-1].rstrip(".") in lexicon.COURTESY_TITLES:
        reasons = ["named only by a courtesy title and a surname"]
        found[key] = Found(name, PERSON, mention.line, [mention], reasons=reasons, sort_key=sort, unnamed=True)
        return
    found[key] = Found(name, PERSON, mention.line, [mention], reasons=["named only with a title"], sort_key=sort)


def _choose(candidates: list[Mention], title: str, found: dict[str, Found]) -> Mention | None:
    """The nearest candidate of the title's gender, passing over quoted sources and relatives when others fit,
    and anyone the article already calls by a title of the other gender ("Mr. Kim" is not "Ms. Kim")."""
    wanted = names.title_gender(title)
    fitting = [m for m in candidates if wanted == "x" or _may_be(m, wanted, found)]
    principal = [m for m in fitting if not _is_secondary(m)]
    return (principal or fitting or [None])[0]  # type: ignore[list-item]


def _may_be(mention: Mention, gender: str, found: dict[str, Found]) -> bool:
    """Whether the person of ``mention`` may be of ``gender``: by the given name, and by no titled form of
    another gender so far."""
    entry = found.get(name_key(mention.span.text))
    other = entry is not None and any(names.form_gender(a) not in (gender, "x") for a in entry.aliases)
    return names.gender(mention.span.text) in (gender, "x") and not other


def _is_secondary(mention: Mention) -> bool:
    """A source quoted once ("according to X") or a relative ("her grandmother, X") is rarely "Mr. X" later."""
    before = mention.before
    if re.search(r"(?:according to|\b(?:says|said|states|remarks|warns))\s+$", before, re.IGNORECASE):
        return True
    if re.search(r"\(\s*[^)]*$", before):
        return True
    nearby = re.findall(r"\w+", before)[-6:] + re.findall(r"\w+", nouns.appositive(mention.after))
    return any(word in lexicon.RELATIVES for word in nearby)
