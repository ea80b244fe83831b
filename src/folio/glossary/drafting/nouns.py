"""Reading the noun phrases around a name: the appositive after it ("Tideway, the Danish carrier") and its
head noun, which says whether the name is a person (a role), an institution or something else (a place, a
work, a product); and the noun that ends the phrase before a comma ("Its chief executive, X").
"""

from __future__ import annotations

import re

from folio.glossary.drafting import lexicon

PERSON, INSTITUTION, OTHER = "person", "institution", "other"

_WORD = re.compile(r"[\w’'-]+")
_APPOSITIVE = re.compile(r"^\s*,\s+(?P<phrase>(?:[^,.;:()“”\"—–]|“[^”]*”|\"[^\"]*\")+)")
BOUNDARY = {"of", "at", "in", "for", "from", "with", "who", "whose", "which", "that", "and", "to", "on", "by"}


def appositive(after: str) -> str:
    """The phrase set off by a comma right after a span ("Tideway, the Danish carrier, ...").

    It opens with a determiner, a possessive, a capital, a number, "who" or "which"; a verb
    ("X, said the company") opens a clause, not an appositive.
    """
    match = _APPOSITIVE.match(after)
    if not match:
        return ""
    phrase = match["phrase"].strip()
    first = phrase.split()[0] if phrase else ""
    opens = first.casefold() in _OPENERS or first[:1].isupper() or first[:1].isdigit() or first.endswith(("’s", "'s"))
    opens = opens or first in _ROLE_OPENERS  # "Rajeev K. Menon, managing director and chief executive of …"
    opens = opens or (first in lexicon.ROLE_NOUNS and bool(re.match(r"\S+\s+(?:of|at|for)\s", phrase)))
    # "Siobhán Ní Mhurchú, chairwoman of the Cabra and Phibsborough Residents' Alliance"
    return phrase if opens else ""


_ROLE_OPENERS = frozenset(
    lexicon.words("managing chief deputy senior executive vice general assistant associate co-founder founder head")
)
_OPENERS = frozenset(
    lexicon.words("the a an its his her their our another one both now once former then who whom whose which part")
)


def head_noun(phrase: str) -> tuple[str, str] | None:
    """The head of a noun phrase, if it is a role, institution or place noun: the last such noun before
    "of", "at", "who" and the like ("the state oil giant" → giant, "the president of Ukraine" → president)."""
    words = _WORD.findall(phrase)
    if len(words) > 2 and words[0].casefold() in {"one", "some", "part"} and words[1] == "of":
        words = words[2:]  # "one of the country's largest manufacturers"
    found = None
    for index, word in enumerate(words):
        if word.endswith(("’s", "'s")) or word in lexicon.SAYING:
            continue
        if word in BOUNDARY:
            break
        found = _noun_class(word) or found
        employed = words[index + 1 : index + 2] in (["at"], ["with"], ["for"])  # "a fund manager at Sparx"
        if word in {"manager", "managers"} and index and words[index - 1] in MANAGED and not employed:
            found = (INSTITUTION, word)  # "the investment manager Aurelian Wealth"
    return found


MANAGED = frozenset({"investment", "asset", "wealth"})
"""What a firm that is a "manager" manages: "the asset manager Amundi", not "the club's manager"."""


def _noun_class(word: str) -> tuple[str, str] | None:
    lower = word.casefold()
    if lower.endswith("ies") and len(lower) > 5 and lower[:-3] + "y" in lexicon.ORG_NOUNS | lexicon.PLACE_NOUNS:
        lower = lower[:-3] + "y"  # "companies", "charities", "consultancies"
    elif lower.endswith("s") and lower not in lexicon.ORG_NOUNS | lexicon.PLACE_NOUNS and len(lower) > 4:
        lower = lower[:-1]  # plurals: "manufacturers"
    if not (word[:1].islower() or lower in {"ceo", "cfo", "mp", "mep", "dj"}):
        return None
    if lower in lexicon.PLACE_NOUNS or lower in lexicon.WORK_NOUNS or lower in lexicon.PRODUCT_NOUNS:
        return OTHER, lower
    if lower in lexicon.ROLE_NOUNS or _role_by_suffix(lower) or lower == "international":
        return PERSON, lower  # "the Scotland rugby union international"
    if lower in lexicon.ORG_NOUNS:
        return INSTITUTION, lower
    if lower in lexicon.titles() and lower not in _TITLE_NOISE and lower.capitalize() not in lexicon.STOP:
        return PERSON, lower
    return None


def _role_by_suffix(lower: str) -> bool:
    """A noun for a person by its ending: an epidemiologist, a statistician, a demographer, a pianist."""
    if lower.endswith(("ologist", "ician", "ographer")):
        return True
    return lower.endswith("ist") and len(lower) >= 7 and lower not in _NOT_ROLES


_NOT_ROLES = frozenset(
    lexicon.words(
        "persist insist resist consist subsist desist assist checklist playlist wishlist shortlist longlist blacklist"
        " whitelist waitlist setlist tracklist booklist"
    )
)
"""Words ending in "ist" that name no one (but a cellist, a novelist and a panellist are people)."""


_TITLE_NOISE = frozenset(
    lexicon.words(
        "air army banner advertising analytics ballet appellate associate military royal grand high right very most"
    )
)


def last_noun(words: list[str]) -> tuple[str, str] | None:
    """The role or institution noun that ends the phrase before a comma ("Its chief executive, X")."""
    for index in range(len(words) - 1, max(len(words) - 8, -1), -1):
        if _in_prepositional_phrase(words, index):
            continue  # "head of film, Grace Liu", "the MP for the area, Helen Tregarthen": not the head
        found = head_noun(words[index])
        if found and (_lower(words[index + 1 :]) or _placed(words[index], words[index + 1 :])):
            return found
    return None


def _lower(words: list[str]) -> bool:
    return all(w in BOUNDARY or w.islower() for w in words)


def _placed(noun: str, words: list[str]) -> bool:
    """One noun, then where it is or whose it is: "Her restaurant in Lyon, X", "the president of Ukraine, X"."""
    return (
        not noun.endswith("s")
        and len(words) > 1
        and words[0] in {"in", "of", "at", "near", "from"}
        and all(w[:1].isupper() or w in {"of", "the"} for w in words[1:])
    )


def _in_prepositional_phrase(words: list[str], index: int) -> bool:
    """Whether the word ends an "of" or "for" phrase: "the MP for the area", "the leader of the opposition
    Conservative group" (but not "chair of the board and chief executive"); a role two words or more after the
    "of" is the head ("the party of another former prime minister, Édouard Philippe")."""
    person = (head_noun(words[index]) or ("", ""))[0] == PERSON  # "the party of another former prime minister, X"
    before = [w.casefold() for w in words[max(index - (2 if person else 4), 0) : index]]
    for word in reversed(before):
        if word in _PREPOSITIONS:
            return True
        if word == "and":
            return False
    return False


_PREPOSITIONS = frozenset({"of", "for"})  # "the MP for the area, X": "area" is not the head
