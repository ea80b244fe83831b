"""A draft definition made only of the article's own words about an entry.

The first of these that a mention of the entry has, in the order the article
mentions it, is the draft definition:

* the appositive after the name: "Volodymyr Zelensky, the president of
  Ukraine" → "The president of Ukraine."; "Eurostar, which runs trains to
  London" → "Eurostar, which runs trains to London.";
* the role before it: "U.S. Secretary of State Antony Blinken" → "U.S.
  Secretary of State."; "South Korea's trade minister, Kim Min-jun" →
  "South Korea's trade minister."; "the carmaker Velmont" → "The carmaker.";
* where a person works: "Bruce Klingner of the Heritage Foundation, another
  American think tank" → that phrase;
* after all of those, the appositive after a titled form: "Dr. Okafor, a
  Nigerian epidemiologist" → "A Nigerian epidemiologist."

A name set off by "the" keeps it ("Gavi, the Vaccine Alliance, which pays"
→ "The Vaccine Alliance, which pays …"), and "only one manufacturer" reads
"the only manufacturer".

Only the first letter is capitalised and a full stop added. Where the text
says nothing about the entry, the definition says so, and that it needs
writing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from folio.glossary.drafting import lexicon, nouns
from folio.glossary.drafting.extract import Found, Mention
from folio.glossary.drafting.lexicon import words

NEEDS_WRITING = "Needs writing: the article names {name} ({source}) but does not say {what}."
_BOUNDARY = (
    frozenset(
        words(
            """by to with met said says than that when while after before sent was is are were has have had told as for
    from in on at and but or of"""
        )
    )
    | lexicon.SAYING
)
_OPENERS = frozenset(words("the a an its his her their another one both now once former then"))


def definition(entry: Found, source: str) -> str:
    """The draft definition of ``entry``; ``source`` is where it first appears (``seeds/x.txt:3``)."""
    rules: list[Callable[[Found, Mention], str]] = [_appositive, _role_before, _noun_after, _works_at, _which]
    found = [text for mention in entry.mentions for rule in rules if (text := rule(entry, mention))]
    found += [text for mention in entry.titled if (text := _appositive(entry, mention))]  # "Dr. Okafor, a …"
    if found:
        return _sentence(next((text for text in found if len(text.split()) > 1), found[0]))
    what = "who they are" if entry.kind == "person" else "what it is"
    return NEEDS_WRITING.format(name=entry.name, source=source, what=what)


def _sentence(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:—–")
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!", ".”", '."', "?”", '?"')) else f"{text}."


def _appositive(entry: Found, mention: Mention) -> str:
    phrase = nouns.appositive(re.sub(r"^\s*\([A-Z][A-Za-z&.-]*\)", "", mention.after))
    if not phrase:
        return ""
    first = phrase.split()[0]
    if first in {"who", "whose", "which"}:
        fits = (first == "which") == (entry.kind == "institution")
        name = entry.name if mention.span.title else _named(mention)  # "Ms. Marsh, who …": Eleanor Marsh
        return f"{name}, {phrase}" if fits else ""
    if not (first.casefold() in _OPENERS or first[:1].isupper() or first[:1].isdigit()):
        return ""  # "X, said the company": not a description of X
    noun = nouns.head_noun(phrase)
    wanted = entry.kind
    return phrase if noun and noun[0] == wanted and len(phrase.split()) <= 25 else ""


def _role_before(entry: Found, mention: Mention) -> str:
    if mention.span.role:
        return _capitalised_run(mention.before) or mention.span.role
    before = mention.before
    comma = re.search(r",\s*$", before)
    words = re.findall(r"\S+", before[: comma.start()] if comma else before)
    if not comma and not (words and _noun_of(words[-1], entry.kind)):
        return ""  # without a comma, the word right before the name is the role: "the carmaker Velmont"
    phrase: list[str] = []
    for word in reversed(words):
        if word.rstrip(",.;:") != word or word.casefold() in _BOUNDARY or len(phrase) >= 8:
            break
        phrase.insert(0, word)
        if not comma and (_is_modifier(word) or word.casefold() in _OPENERS):
            break
    if not any(_noun_of(word, entry.kind) for word in phrase):
        return ""
    if [word.casefold() for word in phrase[:2]] == ["only", "one"]:
        phrase[:2] = ["the", "only"]  # "Only one manufacturer, EuBiologics": the only manufacturer
    return " ".join(phrase)


def _noun_of(word: str, kind: str) -> bool:
    noun = nouns.head_noun(word)
    return bool(noun and noun[0] == kind)


def _noun_after(entry: Found, mention: Mention) -> str:
    """ "The CGT-Cheminots union, which represents about a third of drivers"."""
    match = re.match(r"^\s+(?P<noun>[a-z-]+)\b", mention.after)
    if not match or mention is not entry.first or not _noun_of(match["noun"], entry.kind):
        return ""
    article = "the " if re.search(r"\b[Tt]he\s+$", mention.before) else ""
    phrase = f"{article}{mention.span.text} {match['noun']}"
    rest = nouns.appositive(mention.after[match.end() :])
    return f"{phrase}, {rest}" if rest.split()[:1] in (["which"], ["who"]) else phrase


def _is_modifier(word: str) -> bool:
    """A determiner or possessive that opens a role ("Its", "South Korea's")."""
    return word.endswith(("’s", "'s")) or word in {"The", "A", "An", "Its", "His", "Her", "Their"}


def _capitalised_run(before: str) -> str:
    """The title before a name, with what qualifies it: "U.S. Secretary of State"."""
    match = re.search(r"((?:[A-Z][\w.’'-]*|of|the|for)(?:\s+(?:[A-Z][\w.’'-]*|of|the|for))*)\s+$", before)
    return match.group(1) if match else ""


def _works_at(entry: Found, mention: Mention) -> str:
    if entry.kind != "person":
        return ""
    match = re.match(r"^\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][^.;:()“”\"]*", mention.after)
    if not match:
        return ""
    phrase = match.group().strip()
    rest = mention.after[match.end() :]
    cut = re.match(r"^[^,]*", phrase)
    head = cut.group() if cut else phrase
    if _up_to_a_verb(head) != head.strip():
        return f"{mention.span.text} {_up_to_a_verb(head)}"  # "… of Fudan University in Shanghai said …"
    extra = nouns.appositive(phrase[len(head) :] + rest) if "," in phrase else ""
    described = f"{head}, {extra}" if extra and nouns.head_noun(extra) else head
    return f"{mention.span.text} {described}"


_JOINING = frozenset(words("of the and for in at on de du la le von van der"))


def _up_to_a_verb(phrase: str) -> str:
    """ "of Fudan University in Shanghai said the hotline was": up to the first lower-case word that joins no
    name ("of Fudan University in Shanghai")."""
    kept: list[str] = []
    for word in phrase.split():
        if word[:1].islower() and word not in _JOINING:
            break
        kept.append(word)
    while kept and kept[-1] in _JOINING:
        kept.pop()
    return " ".join(kept)


def _which(entry: Found, mention: Mention) -> str:
    """ "Eurostar, which runs trains"; "Gavi, the Vaccine Alliance, which pays": "the Vaccine Alliance, which pays"."""
    phrase = nouns.appositive(mention.after)
    return f"{_named(mention)}, {phrase}" if phrase.startswith("which ") else ""


def _named(mention: Mention) -> str:
    """The name as the sentence gives it, with its "the": "Gavi, the Vaccine Alliance, which pays"."""
    return f"the {mention.span.text}" if re.search(r"\bthe\s+$", mention.before) else mention.span.text
