"""Find the people and institutions an article names: the one extractor of folio.

:func:`extract` reads an article's paragraphs and returns a :class:`Found`
for each person and institution it names, with the evidence, the forms the
text uses for it (titled forms, acronyms, short names), and where it first
appears. ``folio glossary draft`` drafts register entries from them, and
``folio check`` suggests them (G007), so suggestions and drafts agree.

It is rule-based and reads nothing from outside the machine:

1. :mod:`~folio.glossary.drafting.spans` cuts each paragraph into capitalised
   spans ("Bruce Klingner", "Heritage Foundation", "Mr. Kim");
2. :mod:`~folio.glossary.drafting.context` weighs the clues in and around each
   span: a title, a given name, an institution's head word, an acronym in
   brackets, an appositive ("Tideway, the Danish carrier"), a verb of saying,
   and the vetoes (places, nationalities, dates, works in quotation marks);
3. here, the clues of every mention of a name are added up; a titled form
   ("Mr. Cha") confirms the person named in full before it, and becomes one of
   their aliases; acronyms and short names ("Kestrel" for Kestrel Line) join
   the institution they stand for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from folio.glossary.drafting import context, lexicon, names
from folio.glossary.drafting.context import INSTITUTION, OTHER, PERSON, Clue
from folio.glossary.drafting.spans import Span, Token, spans
from folio.glossary.resolve import TITLES

_CREDIT = re.compile(r"^\s*\(?\s*(?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Photographs?) by\b|^By [A-Z]")
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w .'’-]*?)*?(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"  # LYON, France, Feb 9
    r"\s*(?:\([^)]{1,60}\))?\s*(?:[-—–]+|:)\s"  # (Agency) —
)


@dataclass
class Mention:
    """One span in one paragraph, with the clues it carries."""

    span: Span
    line: int
    paragraph: str
    clues: list[Clue] = field(default_factory=list)

    @property
    def before(self) -> str:
        return self.paragraph[: self.span.start]

    @property
    def after(self) -> str:
        return self.paragraph[self.span.end :]


@dataclass
class Found:
    """A person or institution the article names."""

    name: str
    kind: str
    line: int
    """The line of its first mention in the article."""
    mentions: list[Mention]
    aliases: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    family_first: bool | None = None
    """Whether the family name comes first; None: as :func:`names.is_family_first` guesses from the name."""
    sort_key: str = ""
    """The sort key, when the name itself cannot give it ("Mr Justice Pemberton")."""
    unnamed: bool = False
    """Named only by a courtesy title and a surname ("Mr. Kim, a dock worker"): a person, but not named
    enough for an entry (no given name to sort or define by), so it is reported and never drafted."""

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def sort(self) -> str:
        return self.sort_key or names.sort_key(self.name, self.kind, self.family_first)


def extract(paragraphs: Sequence[tuple[int, str]]) -> list[Found]:
    """The people and institutions named in ``paragraphs`` ((line, text) pairs), in order of first mention."""
    mentions = [m for line, text in paragraphs if not _CREDIT.match(text) for m in _mentions(line, text)]
    titled = [m for m in mentions if m.span.title]
    found = _classify([m for m in mentions if not m.span.title])
    _attach_titles(found, titled, mentions)
    _name_order(found, mentions)
    _drop_surnames(found)
    _attach_acronyms(found, mentions)
    _attach_short_forms(found, mentions)
    _attach_heads(found)
    return sorted(found.values(), key=lambda f: mentions.index(f.first))


def _mentions(line: int, text: str) -> list[Mention]:
    dateline = _DATELINE.match(text)
    if dateline:
        text = " " * dateline.end() + text[dateline.end() :]
    found = _rejoined([Mention(span, line, text) for span in spans(text)], text)
    for index, mention in enumerate(found):
        mention.clues = context.clues(mention.span, mention.before, mention.after)
        if names.is_family_first(mention.span.text):
            mention.clues.append(Clue(PERSON, "a family-name-first name", 2))
        if index and _works_at(found[index - 1], mention, text):
            mention.clues.append(Clue(INSTITUTION, f"where {found[index - 1].span.text} works", 2))
    return found


def _rejoined(mentions: list[Mention], text: str) -> list[Mention]:
    """Join "Alternative | for | Germany" back together when what follows calls the whole an institution
    ("Alternative for Germany, the hard-right party"; "Airbus Defence and Space, the group's military arm")."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        between = text[previous.span.end : mention.span.start] if previous else ""
        link = re.fullmatch(r"\s+(?:for(?:\s+the)?|and|&)\s+", between)
        described = context.appositive(mention.after) or re.match(r"^\s*\([A-Z]", mention.after)
        unknown = previous is not None and not context.clues(previous.span, previous.before, "")
        if previous and link and described and unknown and not previous.span.possessive and not previous.span.title:
            kind = context.head_noun(described) if isinstance(described, str) else (INSTITUTION, "")
            if kind and kind[0] == INSTITUTION:
                words = [Token(w, mention.span.start, mention.span.start, False) for w in link.group().split()]
                tokens = [*previous.span.tokens, *words, *mention.span.tokens]
                joined[-1] = Mention(Span(tokens, mention.span.possessive), previous.line, text)
                continue
        joined.append(mention)
    return joined


def _works_at(person: Mention, mention: Mention, text: str) -> bool:
    between = text[person.span.end : mention.span.start]
    is_person = any(c.kind == PERSON and c.strength >= 2 for c in person.clues)
    return is_person and bool(re.fullmatch(r"\s+(?:of|from|at)\s+(?:the\s+)?", between))


def _classify(mentions: list[Mention]) -> dict[str, Found]:
    grouped: dict[str, list[Mention]] = {}
    for mention in mentions:
        grouped.setdefault(_key(mention.span.text), []).append(mention)
    found = {}
    for key, group in grouped.items():
        kind, reasons = _decide(group)
        if kind in (PERSON, INSTITUTION):
            found[key] = Found(group[0].span.text, kind, group[0].line, group, reasons=reasons)
    return found


def _key(text: str) -> str:
    return lexicon.fold(re.sub(r"^the\s+", "", text, flags=re.IGNORECASE))


def _decide(group: list[Mention]) -> tuple[str, list[str]]:
    """Add up the clues of every mention: the strongest kind wins; places and the like win ties."""
    best: dict[str, Clue] = {}
    for clue in (c for m in group for c in m.clues):
        if clue.strength > best.get(clue.kind, Clue(clue.kind, "", -1)).strength:
            best[clue.kind] = clue
    strength = {kind: clue.strength for kind, clue in best.items()}
    person, institution, other = (strength.get(k, -1) for k in (PERSON, INSTITUTION, OTHER))
    single = len(group[0].span.words) == 1
    if other >= max(person, institution) and other >= 0:
        return OTHER, [best[OTHER].reason]
    if institution >= 4 or (institution >= 1 and institution >= person):
        return INSTITUTION, [best[INSTITUTION].reason]
    if person >= 2 and not single:
        return PERSON, [c.reason for c in best.values() if c.kind == PERSON]
    return "", []


def _attach_titles(found: dict[str, Found], titled: list[Mention], mentions: list[Mention]) -> None:
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
        key = _key(chosen.span.text)
        entry = found.get(key)
        if entry is None or entry.kind != PERSON:
            if entry is not None or len(chosen.span.words) < 2:
                continue
            entry = found[key] = Found(chosen.span.text, PERSON, chosen.line, [chosen])
        form = f"{mention.span.title} {surname}"
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
    if names.may_be_family(words[0]):
        found.add(words[0])
    return found - lexicon.particles()


def _titled_only(found: dict[str, Found], mention: Mention, mentions: list[Mention]) -> None:
    """A person the article names only with a title ("Mr Justice Pemberton", "President Biden", "Lord Winston":
    an office or a peerage says who they are), or only with a courtesy title ("Mr. Kim": :attr:`Found.unnamed`)."""
    title, surname = mention.span.title, mention.span.text
    if title.split()[-1].rstrip(".") not in TITLES or not surname[:1].isupper():
        return
    name = f"{title} {surname}"
    key = _key(name)
    if key in found or any(surname in _surnames_of(m) for m in mentions if not m.span.title):
        return
    peer = next((f for f in found.values() if f.name.startswith(f"{name} of ")), None)
    if peer is not None:  # "Lord Falconer" after "Lord Falconer of Thoroton"
        _merge_alias(found, peer, name, "titled form")
        return
    sort = f"{surname}, {title}"  # as an index has it: "Winston, Lord", "Pemberton, Mr Justice"
    if title.split()[-1].rstrip(".") in lexicon.COURTESY_TITLES:
        reasons = ["named only by a courtesy title and a surname"]
        found[key] = Found(name, PERSON, mention.line, [mention], reasons=reasons, sort_key=sort, unnamed=True)
        return
    found[key] = Found(name, PERSON, mention.line, [mention], reasons=["named only with a title"], sort_key=sort)


def _drop_surnames(found: dict[str, Found]) -> None:
    """A person's family name alone is that person, not an institution ("Lindgren's spokesman")."""
    surnames = {w for f in found.values() if f.kind == PERSON for w in f.name.split()[1:]}
    for key, entry in list(found.items()):
        strong = any(c.kind == INSTITUTION and c.strength >= 3 for m in entry.mentions for c in m.clues)
        if entry.kind == INSTITUTION and entry.name in surnames and not strong:
            del found[key]


def _name_order(found: dict[str, Found], mentions: list[Mention]) -> None:
    """Which word of a name the article uses alone ("Zhang said", "Ms Zhang") says which is the family name;
    a middle word so used opens a double family name ("Ms Ortega": "Ortega Vidal, Marisol")."""
    alone = [m.span.text for m in mentions if len(m.span.words) == 1]
    for entry in found.values():
        words = entry.name.split()
        titled = [
            alias.split()[-1] for alias in entry.aliases if alias in {f"{m.span.title} {m.span.text}" for m in mentions}
        ]
        middle = [i for i in range(1, len(words) - 1) if words[i] in titled + alone and words[i][:1].isupper()]
        suffixed = words[-1].replace(".", "").casefold() in lexicon.suffixes()
        if entry.kind == PERSON and middle and not suffixed and not names.is_family_first(entry.name):
            entry.sort_key = f"{' '.join(words[middle[0] :])}, {' '.join(words[: middle[0]])}"
        if entry.kind != PERSON or len(words) < 2 or not names.is_family_first(entry.name):
            continue
        if alone.count(words[-1]) > alone.count(words[0]):
            entry.family_first = False


def _choose(candidates: list[Mention], title: str, found: dict[str, Found]) -> Mention | None:
    """The nearest candidate of the title's gender, passing over quoted sources and relatives when others fit,
    and anyone the article already calls by a title of the other gender ("Mr. Kim" is not "Ms. Kim")."""
    wanted = names.title_gender(title)
    fitting = [
        m
        for m in candidates
        if wanted == "x"
        or (names.gender(m.span.text) in (wanted, "x") and not _titled_otherwise(found.get(_key(m.span.text)), wanted))
    ]
    principal = [m for m in fitting if not _is_secondary(m)]
    return (principal or fitting or [None])[0]  # type: ignore[list-item]


def _titled_otherwise(entry: Found | None, gender: str) -> bool:
    """Whether ``entry`` already has a titled form of another gender than ``gender``."""
    return entry is not None and any(names.form_gender(alias) not in (gender, "x") for alias in entry.aliases)


def _is_secondary(mention: Mention) -> bool:
    """A source quoted once ("according to X") or a relative ("her grandmother, X") is rarely "Mr. X" later."""
    before = mention.before
    if re.search(r"(?:according to|\b(?:says|said|states|remarks|warns))\s+$", before, re.IGNORECASE):
        return True
    if re.search(r"\(\s*[^)]*$", before):
        return True
    nearby = re.findall(r"\w+", before)[-6:] + re.findall(r"\w+", context.appositive(mention.after))
    return any(word in lexicon.RELATIVES for word in nearby)


def _attach_acronyms(found: dict[str, Found], mentions: list[Mention]) -> None:
    """An acronym in brackets after a name is its alias; so is a bare acronym of its initials."""
    institutions = [f for f in found.values() if f.kind == INSTITUTION]
    for entry in institutions:
        for mention in entry.mentions:
            bracketed = re.match(r"^\s*\((?P<acronym>[A-Z][A-Za-z&.-]*[A-Z])\)", mention.after)
            if bracketed:
                _merge_alias(found, entry, bracketed["acronym"], "acronym in brackets")
    for entry in institutions:
        for mention in mentions:
            text = mention.span.text
            if text != entry.name and _is_initials(text, entry.name):
                _merge_alias(found, entry, text, "its initials")


def _is_initials(acronym: str, name: str) -> bool:
    if not (acronym.isupper() and 2 <= len(acronym) <= 8 and acronym.isalpha()):
        return False
    words = [w for w in re.findall(r"[\w’'-]+", name) if w not in {"of", "for", "and", "the", "on", "&"}]
    initials = "".join(w[0] for w in words).upper()
    return acronym == initials or (
        len(initials) >= 3 and acronym.startswith(initials) and len(acronym) - len(initials) <= 2
    )


def _merge_alias(found: dict[str, Found], entry: Found, alias: str, reason: str) -> None:
    other = found.pop(_key(alias), None)
    if other is not None and other is not entry:
        entry.mentions += other.mentions
    if alias not in entry.aliases and alias != entry.name:
        entry.aliases.append(alias)
        entry.reasons.append(f"{reason} {alias!r}")


def _attach_short_forms(found: dict[str, Found], mentions: list[Mention]) -> None:
    """A short form the text uses later ("Kestrel" for Kestrel Line) is an alias, unless it is named apart."""
    for short in [f for f in found.values() if f.kind == INSTITUTION]:
        longer = [
            f
            for f in found.values()
            if f is not short and f.kind == INSTITUTION and f.name.startswith(short.name + " ")
        ]
        if len(longer) != 1 or _named_apart(short, longer[0]):
            continue
        _merge_alias(found, longer[0], short.name, "short form")
    for entry in [f for f in found.values() if f.kind == INSTITUTION and len(f.name.split()) > 1]:
        for text in {m.span.text for m in mentions if entry.name.startswith(m.span.text + " ")}:
            uses = [m for m in mentions if m.span.text == text]
            other = found.get(_key(text))
            weak = other is None or max(c.strength for m in other.mentions for c in m.clues) < 3
            if weak and _could_be_short(text, entry.name) and _later(uses, entry.first):
                _merge_alias(found, entry, text, "short form")


def _later(uses: list[Mention], first: Mention) -> bool:
    """Whether every use of a short form comes after the full name ("Busan" before "Busan Port Authority" is
    the city), and none is a place ("the port of Busan")."""
    place = any(c.kind == OTHER for m in uses for c in m.clues)
    return not place and all((m.line, m.span.start) > (first.line, first.span.start) for m in uses)


def _attach_heads(found: dict[str, Found]) -> None:
    """ "the Commission" after "the European Commission": the head word alone is a short form."""
    for key, entry in list(found.items()):
        if entry.kind != INSTITUTION or entry.name not in lexicon.ORG_HEADS:
            continue
        longer = [f for f in found.values() if f.kind == INSTITUTION and f.name.endswith(" " + entry.name)]
        if len(longer) == 1 and longer[0].line <= entry.line:
            del found[key]
            _merge_alias(found, longer[0], entry.name, "its head word alone")


def _could_be_short(text: str, name: str) -> bool:
    """Not a head word, place, nationality or given name on its own ("Bank", "Korea", "Victor"), nor the place
    that opens a name such as "Busan Port Authority" or "Leeds City Council"."""
    folded = lexicon.fold(text)
    following = name[len(text) :].split()[0].casefold()
    return not (
        text in lexicon.ORG_HEADS
        or text in lexicon.given_names()
        or folded in lexicon.places()
        or folded in lexicon.nationalities()
        or following in lexicon.PLACE_NOUNS
    )


def _named_apart(short: Found, longer: Found) -> bool:
    """Two institutions: the shorter named first, or named for itself ("Ashbourne Athletic"), or named apart
    ("Orion Marine Engineering, the shipbuilding arm of the Orion conglomerate")."""
    earlier = (short.first.line, short.first.span.start) < (longer.first.line, longer.first.span.start)
    if earlier or any(c.kind == INSTITUTION and c.strength >= 3 for c in short.first.clues):
        return True
    phrases = [context.appositive(m.after) for m in longer.mentions]
    return any(re.search(rf"\b{re.escape(short.name)}\b", phrase) for phrase in phrases)
