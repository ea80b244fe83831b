"""Other forms of an institution's name the article uses: acronyms ("(IMF)", later "IMF"), short forms
used after the full name ("Kestrel" for Kestrel Line), and the head word alone ("the Commission")."""

from __future__ import annotations

import re

from folio.glossary.drafting import context, lexicon, nouns, spans
from folio.glossary.drafting.context import INSTITUTION, OTHER, PERSON
from folio.glossary.drafting.found import Found, Mention, merge_alias, name_key


def attach_other_names(found: dict[str, Found]) -> None:
    """ "Gavi, the Vaccine Alliance": the name set off after an institution's is another of its names."""
    for entry in [f for f in found.values() if f.kind == INSTITUTION]:
        for mention in entry.mentions:
            other = context.also_called(mention.after)
            if other and name_key(other) in found:
                merge_alias(found, entry, other, "also called")


def attach_acronyms(found: dict[str, Found], mentions: list[Mention]) -> None:
    """An acronym in brackets after a name is its alias, as is a name in its own language ("(Keidanren)"); so is a
    bare acronym of its initials."""
    institutions = [f for f in found.values() if f.kind == INSTITUTION]
    for entry in institutions:
        for mention in entry.mentions:
            bracketed = _BRACKETED.match(mention.after) or _OR_ACRONYM.match(mention.after)
            if bracketed and _acronym_of(bracketed["acronym"], entry.name):
                merge_alias(found, entry, bracketed["acronym"], "acronym in brackets")
            glossed = re.match(r"^\s*\((?P<name>[A-ZÀ-Þ][^,()]{3,80}),\s*(?P<acronym>[A-Z]{2,8})\)", mention.after)
            if glossed:  # "the Finance Ministry (Secretaría de Hacienda y Crédito Público, SHCP)"
                merge_alias(found, entry, glossed["name"], "its own name in brackets")
                merge_alias(found, entry, glossed["acronym"], "acronym in brackets")
            named = re.match(r"^\s*\((?P<name>[A-Z][a-z]{3,})\)", mention.after)  # "… Federation (Keidanren)"
            qualifier = named and named["name"].endswith(("ist", "ite"))  # "(Marxist)" is part of the name
            folded = lexicon.fold(named["name"]) if named else ""
            place = folded in lexicon.places_or_nationalities() or folded in lexicon.places_or_cities()
            if named and not qualifier and not place:
                merge_alias(found, entry, named["name"], "its own name in brackets")
    for entry in institutions:
        for mention in mentions:
            text = mention.span.text
            if text != entry.name and _is_initials(text, entry.name):
                merge_alias(found, entry, text, "its initials")


_BRACKETED = re.compile(r"^\s*\((?P<acronym>[^\W\d_][\w&.-]*[^\W\d_])\)")
"""An acronym in brackets: "(IMF)", "(ČNB)", "(FPÖ)", and those with small letters, "(EDRi)", "(KenGen)"."""
_OR_ACRONYM = re.compile(r"^\s*(?:,\s*|\(\s*)or\s+(?P<acronym>[^\W\d_]{2,8})\b(?!['’])")
"""An acronym after "or": "the Dutch Authority for the Financial Markets, or AFM, approved"."""


def attach_corporate_acronyms(found: dict[str, Found]) -> None:
    """ "NNPC Ltd" and "NNPC Group" after "Nigerian National Petroleum Company Limited (NNPC)": an institution's
    acronym with a company's legal form or group word is that institution."""
    for key, entry in list(found.items()):
        first, *rest = entry.name.split()
        if entry.kind != INSTITUTION or not rest or not all(w.rstrip(".") in _CORPORATE for w in rest):
            continue
        owners = [f for f in found.values() if f is not entry and f.kind == INSTITUTION and first in f.aliases]
        if first.isupper() and len(owners) == 1 and key in found:
            merge_alias(found, owners[0], entry.name, "its acronym with its legal form")


def _acronym_of(acronym: str, name: str) -> bool:
    """Whether a bracketed word is an acronym: in capitals ("IMF", "FPÖ"), or with small letters whose capitals
    are the name's initials in order ("EDRi" of European Digital Rights, "KenGen" of Kenya Electricity Generating
    Company), not a name with two capitals ("McKinsey")."""
    capitals = [c for c in acronym if c.isupper()]
    if len(capitals) < 2 or not acronym[0].isupper():
        return False
    if acronym[-1].isupper():
        return True  # "IMF", "FPÖ", "AfD", "PiS"
    initials = iter(lexicon.fold(w[0]).upper() for w in name.split() if w[0].isupper())
    return all(any(lexicon.fold(c).upper() == i for i in initials) for c in capitals)


def _is_initials(acronym: str, name: str) -> bool:
    if "&" in acronym and not re.search(r"\s(?:and|&)\s", name):
        return False  # "OG&E" of Oklahoma Gas and Electric, but not "S&P" of Sycamore Partners
    acronym = acronym.replace(".", "").replace("&", "")  # "F.A.A.", "OG&E"
    bare = " ".join(w for w in name.split() if w.rstrip(".") not in _CORPORATE or w == name.split()[0])
    if bare != name and _is_initials(acronym, bare):
        return True  # "MUFG" of "Mitsubishi UFJ Financial Group Inc."
    first, _, rest = name.partition(" ")
    if rest and len(rest.split()) > 1 and lexicon.fold(first) in lexicon.places() and _is_initials(acronym, rest):
        return True  # "DMV" of "California Department of Motor Vehicles"
    cased = "".join(w[0] for w in re.findall(r"[\w’'-]+", name) if w != "the")
    if acronym == cased and sum(c.isupper() for c in acronym) >= 2 and not acronym.isupper():
        return True  # "MoD" of Ministry of Defence, "DfE" of Department for Education
    if not (acronym.isupper() and 2 <= len(acronym) <= 8 and acronym.isalpha()):
        return False
    words = [w for w in re.findall(r"[\w’'-]+", name) if w not in {"of", "for", "and", "the", "on", "&"}]
    initials = "".join(w[0] for w in words).upper()
    every = "".join(w[0] for w in re.findall(r"[\w’'-]+", name) if w != "the").upper()  # "BOJ": Bank of Japan
    return acronym in {initials, every} or (
        len(initials) >= 3 and acronym.startswith(initials) and len(acronym) - len(initials) <= 2
    )


def attach_short_forms(found: dict[str, Found], mentions: list[Mention]) -> None:
    """A short form the text uses later ("Kestrel" for Kestrel Line) is an alias, unless it is named apart."""
    shorts = sorted((f for f in found.values() if f.kind == INSTITUTION), key=lambda f: -len(f.name.split()))
    for short in shorts:  # the longest first: "Sahyadri Industries", then "Sahyadri"
        if name_key(short.name) not in found:
            continue
        longer = [
            f for f in found.values() if f is not short and f.kind == INSTITUTION and _shortens(short.name, f.name)
        ]
        if len(longer) != 1 or _named_apart(short, longer[0]):
            continue
        merge_alias(found, longer[0], short.name, "short form")
    institutions = [f for f in found.values() if f.kind == INSTITUTION and len(f.name.split()) > 1]
    for entry in institutions:
        for text in {m.span.text for m in mentions if entry.name.startswith(m.span.text + " ")}:
            owners = [f for f in institutions if f.name.startswith(text + " ")]
            groups = [f for f in owners if f.name.split()[-1] in _GROUPS]
            first = min(owners, key=lambda f: (f.first.line, f.first.span.start))
            if len(owners) > 1 and entry is not (groups[0] if len(groups) == 1 else first):
                continue  # "Hanseong" of Hanseong Group, not of Hanseong Chemical Co.; else of the one named first
            uses = [m for m in mentions if m.span.text == text]
            other = found.get(name_key(text))
            weak = other is None or max((c.strength for m in other.mentions for c in m.clues), default=0) < 3
            if weak and _could_be_short(text, entry.name) and _later(uses, entry.first):
                merge_alias(found, entry, text, "short form")


def _shortens(short: str, name: str) -> bool:
    """ "Kestrel" of "Kestrel Line"; "Heart Foundation" of "National Heart Foundation of Australia"; "Aramco" of
    "Saudi Aramco", a nationality or place before the name; "the Fed"
    of "Federal Reserve", the first word clipped."""
    if name.startswith(short + " "):
        return True
    first, *rest = name.split()
    if first in _BANKS_AND_GROUPS and f"{name} ".startswith(f"{first} {short} "):
        return True  # "Serrano" of "Banco Serrano SA", "Bimbo" of "Grupo Bimbo"
    words = short.split()
    if len(words) >= 2 and words[-1] in lexicon.ORG_HEADS and f" {short} " in f" {name} ":
        return True  # "Heart Foundation" of "National Heart Foundation of Australia"
    if rest and 3 <= len(short) < len(first) and first.startswith(short) and short.isalpha():
        return True
    if short.endswith("s") and 3 <= len(short) - 1 < len(first) and first.startswith(short[:-1]) and short.isalpha():
        return True  # "Hibs" of "Hibernian …"
    before = name.removesuffix(" " + short)
    places = lexicon.places_or_nationalities()
    town = lexicon.fold(before) in lexicon.cities()  # "Pistons" of "Detroit Pistons"
    return before != name and (town or all(lexicon.fold(word) in places for word in before.split()))


_GROUPS = frozenset(lexicon.words("Group Groupe Gruppe Grupo Holdings Holding"))
"""Heads of the group a short form names when several of its companies share it."""

_BANKS_AND_GROUPS = frozenset(lexicon.words("Banque Banco Banca Grupo Groupe Gruppo"))
"""Heads that open a company's name in other languages and that its short form drops."""


def _later(uses: list[Mention], first: Mention) -> bool:
    """Whether every use of a short form comes after the full name ("Busan" before "Busan Port Authority" is
    the city), and none is a place ("the port of Busan")."""
    place = any(c.kind == OTHER for m in uses for c in m.clues)
    return not place and all((m.line, m.span.start) > (first.line, first.span.start) for m in uses)


def attach_club_names(found: dict[str, Found]) -> None:
    """In a sports report, a club called by one word of its name is that club wherever the word comes first
    ("Newcastle" of Newcastle United, even in the headline, "Dortmund" of Borussia Dortmund, "Yankees" of the New
    York Yankees), unless two clubs' names share the word ("Manchester")."""
    for key, entry in list(found.items()):
        if entry.kind != INSTITUTION or len(entry.name.split()) != 1 or key not in found:
            continue
        longer = [f for f in found.values() if f.kind == INSTITUTION and _club_word(entry.name, f.name)]
        if len(longer) == 1 and not _named_apart_by_appositive(entry, longer[0]):
            merge_alias(found, longer[0], entry.name, "the club's short name")


def _club_word(word: str, name: str) -> bool:
    """Whether ``word`` opens or ends a club's name of two words or more, all capitalised ("Newcastle United", not
    "Foundation of Hearts")."""
    words = name.split()
    return len(words) > 1 and word in (words[0], words[-1]) and not re.search(r"\s[a-z]", name)


def attach_members(found: dict[str, Found]) -> None:
    """ "Liberal Democrat" beside "Liberal Democrats": a party's member's word is the party."""
    for key, entry in list(found.items()):
        party = found.get(name_key(entry.name + "s"))
        if entry.kind == INSTITUTION and party is not None and party.kind == INSTITUTION and key in found:
            merge_alias(found, party, entry.name, "a member's word for the party")


def attach_word_orders(found: dict[str, Found]) -> None:
    """ "Edinburgh University" of the University of Edinburgh: one institution, its name in either order."""
    for key, entry in list(found.items()):
        words = entry.name.split()
        if entry.kind != INSTITUTION or len(words) < 2 or key not in found:
            continue
        head, place = words[-1], " ".join(words[:-1])
        other = found.get(name_key(f"{head} of {place}"))
        if head in lexicon.ORG_HEADS and other is not None and other.kind == INSTITUTION:
            first, second = sorted((entry, other), key=lambda f: (f.first.line, f.first.span.start))
            merge_alias(found, first, second.name, "the same name in another order")


def _named_apart_by_appositive(short: Found, longer: Found) -> bool:
    """ "Orion Marine Engineering, the shipbuilding arm of the Orion conglomerate": the longer name's appositive
    names the shorter apart."""
    phrases = [nouns.appositive(m.after) for m in longer.mentions]
    return any(re.search(rf"\b{re.escape(short.name)}\b", phrase) for phrase in phrases)


def attach_people_named_like_institutions(found: dict[str, Found]) -> None:
    """ "Kestrel Point said", after "Kestrel Point Capital": a name read as a person's that opens an institution's
    name named before it is that institution's short form."""
    for entry in list(found.values()):
        if entry.kind != PERSON or any(c.strength >= 3 and c.kind == PERSON for m in entry.mentions for c in m.clues):
            continue
        longer = [
            f for f in found.values()
            if f.kind == INSTITUTION and f.name.startswith(entry.name + " ") and f.name.split()[-1] in lexicon.ORG_HEADS
            and (f.first.line, f.first.span.start) < (entry.first.line, entry.first.span.start)
        ]  # fmt: skip
        if len(longer) == 1:
            merge_alias(found, longer[0], entry.name, "short form")


def attach_written_forms(found: dict[str, Found]) -> None:
    """Forms the text writes around a name: "The Irish Times" with its capital "The", and "UK National Screening
    Committee" with the country cut from before it."""
    for entry in [f for f in found.values() if f.kind == INSTITUTION]:
        for mention in entry.mentions:
            country = spans.country_before(mention.span)
            forms = [f"{country} {entry.name}"] if country else []
            paper = entry.name.split()[-1] in context.NEWSPAPERS and context.reports(mention.before, mention.after)
            if re.search(r"[a-z,;:]\s+The\s+$", mention.before) or paper:
                forms.append(f"The {entry.name}")  # "she told The Irish Times", "The Boston Globe reported"
            if len(entry.name.split()) == 1 and re.match(r"^\s+party\b", mention.after):
                forms.append(f"{entry.name} party")  # "the Green party"
            for form in forms:
                if form not in entry.aliases:
                    entry.aliases.append(form)
                    entry.reasons.append(f"written {form!r}")


def attach_heads(found: dict[str, Found]) -> None:
    """ "the Commission" after "the European Commission": the head word alone is a short form."""
    for key, entry in list(found.items()):
        if entry.kind != INSTITUTION or entry.name not in lexicon.ORG_HEADS:
            continue
        longer = [f for f in found.values() if f.kind == INSTITUTION and f.name.endswith(" " + entry.name)]
        if len(longer) == 1:  # before it too: "heads for Assembly polls", then "Tamil Nadu Legislative Assembly"
            del found[key]
            merge_alias(found, longer[0], entry.name, "its head word alone")


def _could_be_short(text: str, name: str) -> bool:
    """Not a head word, place, nationality or given name on its own ("Bank", "Korea", "Victor"), nor the place
    or event that opens a name such as "Busan Port Authority", "Leeds City Council" or "Glastonbury Festival
    Trust"."""
    folded = lexicon.fold(text)
    following = name[len(text) :].split()[0].casefold()
    return not (
        text in lexicon.ORG_HEADS
        or text in lexicon.given_names()
        or folded in lexicon.places()
        or folded in lexicon.nationalities()
        or following in lexicon.PLACE_NOUNS
        or following.capitalize() in lexicon.EVENT_WORDS  # "Glastonbury" of the Glastonbury Festival Trust
    )


_OWN = ("ends in", "opens with", "an institution's name")
"""Clues from a name's own words ("Ashbourne Athletic"), not from what the text says of it."""
_CORPORATE = lexicon.LEGAL_FORMS | frozenset(
    lexicon.words("Group Holdings Holding Motor Motors Groep Gruppe Grupo Groupe Gruppo Industrier Industries")
)
"""What a company's short name drops ("Sahyadri Industries" of "Sahyadri Industries Limited", "Toyota" of "Toyota
Motor")."""


def _named_apart(short: Found, longer: Found) -> bool:
    """Two institutions: the shorter named first, or named for itself ("Ashbourne Athletic", but not a name
    that only drops its "of India"), or named apart
    ("Orion Marine Engineering, the shipbuilding arm of the Orion conglomerate")."""
    body = [m for m in short.mentions if m.paragraph.rstrip().endswith((".", '"', "”"))] or short.mentions
    earlier = (body[0].line, body[0].span.start) < (longer.first.line, longer.first.span.start)  # not a headline
    qualified = longer.name.startswith(short.name + " of ")  # "Serum Institute" of "Serum Institute of India"
    qualified = qualified or not longer.name.startswith(short.name)  # "Heart Foundation" of "National Heart …"
    rest = longer.name[len(short.name) :].split()
    suffixed = bool(rest) and (
        all(w.rstrip(".") in _CORPORATE for w in rest)
        or (
            len(rest) == 2 and rest[-1].rstrip(".") in _CORPORATE  # "Brightwell Energy" of "… Energy Supply Ltd"
        )
    )  # "Sahyadri Industries Limited"
    own = [c for c in short.first.clues if c.kind == INSTITUTION and c.strength >= 3 and c.reason.startswith(_OWN)]
    if suffixed:
        return False  # "Toyota" of "Toyota Motor", even named first
    if earlier or (not qualified and own):
        return True
    return _named_apart_by_appositive(short, longer)
