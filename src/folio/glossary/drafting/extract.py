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
3. here, the clues of every mention of a name are added up;
4. :mod:`~folio.glossary.drafting.titles`: a titled form ("Mr. Cha") confirms
   the person named in full before it, and becomes one of their aliases;
5. :mod:`~folio.glossary.drafting.aliases`: acronyms and short names
   ("Kestrel" for Kestrel Line) join the institution they stand for.

:mod:`~folio.glossary.drafting.found` holds the records they share.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from folio.glossary.drafting import aliases, context, learned, lexicon, names, nouns, titles
from folio.glossary.drafting.context import INSTITUTION, OTHER, PERSON, Clue
from folio.glossary.drafting.found import Found, Mention, merge_alias, name_key
from folio.glossary.drafting.spans import POST_NOMINALS, Span, Token, spans, tokenize
from folio.ingest.seed import DATELINE

__all__ = ["Found", "Mention", "extract"]

_CREDIT = re.compile(
    r"^\s*\(?\s*(?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Photographs?) by\b|^[Bb]y [A-ZÀ-Þ]"
    r"|^\W*With assistance from\b|contributed to this report\.?\s*$"
    r"|^(?:[A-Z][\w.’'-]+ ){1,3}[A-Z][\w’'-]+(?:,? and (?:[A-Z][\w.’'-]+ ){1,3}[A-Z][\w’'-]+)* contributed"
    r" (?:reporting|research)\b"  # "Amelia Ruiz contributed reporting from Washington."
    r"|^\s*(?:Write to|Contact|Email) [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)* at \S+@\S+"  # a reporter's sign-off
    r"|^[^.]{3,60},\s*(?:[a-z-]+\s+){0,2}(?:(?:of|for)\s+[A-Z][\w-]+\s+)?(?:writers?|reporters?|correspondents?"
    r"|editors?)\s*$"  # a byline ("Steven Morris, south-west of England correspondent"):
    # "MIHO SATO and PARK SEO-YEON, staff writers", "Denise Okoro, health correspondent"
    r"|^(?:[A-Z][\w.’'-]+\s+){2,3}[A-Z][a-z-]+\s+(?:[a-z-]+\s+)?(?:writer|reporter|correspondent|editor)\s*$"
    # "Harriet Okafor Local government correspondent"
)

_PLACED_BYLINE = re.compile(
    r"^\s*(?:By\s+)?[A-ZÀ-Þ][\w.’'-]+(?: [A-ZÀ-Þ][\w.’'-]+){1,3}"
    r"(?:(?:,| and) [A-ZÀ-Þ][\w.’'-]+(?: [A-ZÀ-Þ][\w.’'-]+){1,3})*(?: in|,) [A-ZÀ-Þ][\w.’' -]{1,40}$"
)
"""A byline with the writers' city, at the head of an article: "Priya Mehta in London", "Jessica Tremblay,
Calgary", "Ana Ruiz and Tom Bell in Madrid"."""
_BARE_BYLINE = re.compile(
    r"^\s*(?:By\s+)?(?:[A-ZÀ-Þ]\.\s?)*[A-ZÀ-Þ][\w.’'-]*(?: [A-ZÀ-Þ][\w.’'-]+){0,3}(?:\s*[·|•]\s*[^.]{1,40})?\s*$"
)
"""A byline of the name alone, or with its outlet, on its own line at the head of an article: "Rosalind
Prynne", "R. Sivaraman", "Sarah Lindqvist · CBC News"."""


def _byline(text: str) -> bool:
    return bool(_PLACED_BYLINE.match(text) or _BARE_BYLINE.match(text))


def extract(paragraphs: Sequence[tuple[int, str]]) -> list[Found]:
    """The people and institutions named in ``paragraphs`` ((line, text) pairs), in order of first mention."""
    prose = [
        (line, text)
        for index, (line, text) in enumerate(paragraphs)
        if not _CREDIT.search(text) and not _title_case(text) and not (0 < index < 4 and _byline(text))
    ]
    mentions = [m for line, text in prose for m in _mentions(line, text)]
    mentions = _coordinated(mentions)
    sports = _is_sports_report(paragraphs)
    if sports:
        _clubs(mentions, sides=not _is_individual_sport(paragraphs))
    titled = [m for m in mentions if m.span.title]
    called = {m.span.text for m in mentions if len(m.span.words) == 1 or m.span.title}
    found = _classify([m for m in mentions if not m.span.title], learned.article(prose, called))
    titles.attach_titles(found, titled, mentions)
    _join_tails(found)
    _join_middle_names(found)
    _join_particle_surnames(found)
    portuguese = _is_portuguese(prose)
    _name_order(found, mentions, portuguese)
    _drop_surnames(found)
    if _uses(paragraphs, _RACING, times=4, different=3):
        _drop_horses(found, called)
    _drop_jargon(found, prose)
    _drop_events(found)
    aliases.attach_other_names(found)
    aliases.attach_acronyms(found, mentions)
    aliases.attach_corporate_acronyms(found)
    aliases.attach_short_forms(found, mentions)
    aliases.attach_word_orders(found)
    aliases.attach_members(found)
    if sports:
        aliases.attach_club_names(found)
    aliases.attach_heads(found)
    aliases.attach_people_named_like_institutions(found)
    aliases.attach_written_forms(found)
    _drop_bare_heads(found)
    for entry in found.values():
        entry.portuguese = portuguese
    return sorted(found.values(), key=lambda f: mentions.index(f.first))


_DROP_CAPITALS = re.compile(r"^(?:[A-ZÀ-Þ]{2,}[’']?[A-ZÀ-Þ]*\s+){2,3}(?=[a-z])")
"""An opening set in capitals, as some papers begin an article ("WHEN FRIEDRICH MERZ took office, …")."""
_ASIDE = re.compile(r"(?P<given>\b[A-Z][a-z]+)(?P<aside> (?:[\"“][A-Z][a-z]+[\"”]|\([A-Z][a-z]{3,}\)))(?= [A-Z][a-z])")
"""A nickname or a maiden name inside a name (Ronald "Ronnie" Szymanski, Kathleen (Devlin) Carrick): read as
spaces, so the name is whole; not a results table's country code ("Jonas Vingegaard (Den) Visma-Lease a Bike")."""


def _title_case(text: str) -> bool:
    """A headline in title case ("Overhaul Stalls as Senate Republicans Balk at Its Price Tag"), whose capitals
    say nothing of names: most of its longer words capitalised, and no full stop at the end."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    if 1 <= len(text.split()) <= 6 and text.upper() == text and any(c.isalpha() for c in text):
        return True  # a subheading in capitals: "PRICING RISK"
    capitals = [w for w in words if w[:1].isupper()]
    return len(words) >= 4 and len(capitals) >= 0.75 * len(words) and not text.rstrip().endswith((".", "”", '"'))


_AGENCY_ALONE = re.compile(r"^\s*\([A-Z][\w .&'’-]{1,40}\)\s*(?:[-—–]+|:)\s")
"""A dateline that is the agency alone: "(Bloomberg) -- Kestrel Payments …"."""


def _mentions(line: int, text: str) -> list[Mention]:
    dateline = DATELINE.match(text) or _AGENCY_ALONE.match(text)
    if dateline:
        text = " " * dateline.end() + text[dateline.end() :]
    text = _ASIDE.sub(lambda m: m["given"] + " " * len(m["aside"]), text)
    text = _DROP_CAPITALS.sub(lambda m: m.group().title(), text)  # "FRIEDRICH MERZ promised …": an opening in capitals
    found = [_qualified(_lower_head(m)) for m in _rejoined([Mention(span, line, text) for span in spans(text)], text)]
    found = [_with_ordinal(m) for m in _with_branch(_partners(found, text))]
    found = [_french_name(m) for m in found if not _no_name(m.span.text)]
    found = [_without_role_word(m) for m in found]
    for index, mention in enumerate(found):
        mention.clues = _clues(mention)
        if index and _works_at(found[index - 1], mention, text):
            mention.clues.append(Clue(INSTITUTION, f"where {found[index - 1].span.text} works", 2))
    _listed_together(found, text)
    return found


_SPORT = re.compile(
    r"\b(?:match|matches|goals?|scored|season|striker|midfielder|defender|goalkeeper|manager|kick-off|half-time"
    r"|fixtures?|league|relegation|promotion|play-offs?|tries|innings|wickets?|batting|bowling|quarter-final"
    r"|semi-final|final whistle|points? clear|unbeaten|derby|stoppage time|penalty|referee|coach|squad"
    r"|metres|hurdles|personal best|birdie|tie-break|quarterback)\b",
    re.IGNORECASE,
)
_CLUB_HEADS = frozenset(
    lexicon.words(
        "Town City County United Rovers Athletic Wanderers Albion Rangers Hotspur Villa Harriers Orient Argyle"
        " Alexandra Wednesday Forest Palace Stanley Thistle Academicals Celtic Dynamo Sporting Olympique Stade AC AAC"
        " Rugby"
    )
)
"""Words that end (or open) a club's name after its town: "Stanmoor Town", "Harwick County", "Stade Toulousain"."""


_COMPETITIONS = frozenset(lexicon.words("League Conference Division Series Trophy Shield Open"))
"""Last words that, in a sports report, name a competition ("Super League", "Western Conference", "US Open")."""
_MATCH_WORDS = frozenset(lexicon.words("VAR TMO DRS"))
"""The game's own acronyms: the video referees ("a VAR review", "the TMO") and cricket's review system."""


def _is_portuguese(paragraphs: Sequence[tuple[int, str]]) -> bool:
    """An article from Portugal or Brazil: two or more words spelt with "ã" or "õ" ("São Paulo", "Federação",
    "eleições"), which Spanish lacks, or, in wire copy without accents, a Brazilian city ("Sao Paulo"); and more
    mentions of Portuguese-speaking countries than of Spanish-speaking ones (not a Bolivian story that names "São
    Paulo")."""
    text = "\n".join(t for _, t in paragraphs)
    spelt = len({w.casefold() for w in re.findall(r"\w*[ãõÃÕ]\w*", text)}) >= 2
    spelt = spelt or bool(re.search(r"\b(?:Sao Paulo|Brasilia|do Brasil|Joao Pessoa|Sao Luis)\b", text))  # wire copy
    return spelt and len(_PORTUGUESE_SPEAKING.findall(text)) > len(_SPANISH_SPEAKING.findall(text))


_PORTUGUESE_SPEAKING = re.compile(
    r"\b(?:Brazil(?:ian)?|Bras[ií]lia|S[ãa]o Paulo|Rio de Janeiro|Portugal|Portuguese|Lisbon|Porto|Angolan?|Luanda"
    r"|Mozambi(?:que|can)|Maputo)\b"
)


def _is_sports_report(paragraphs: Sequence[tuple[int, str]]) -> bool:
    """An article about a sport: five or more of its words ("goals", "season", "striker", "wickets"), three of
    them different."""
    return _uses(paragraphs, _SPORT, times=5, different=3)


def _uses(paragraphs: Sequence[tuple[int, str]], words: re.Pattern[str], times: int, different: int) -> bool:
    """Whether the paragraphs use ``words`` ``times`` times or more, ``different`` of them different."""
    found = [m.group().casefold() for _, text in paragraphs for m in words.finditer(text)]
    return len(found) >= times and len(set(found)) >= different


_RACING = re.compile(
    r"\b(?:furlongs?|jockeys?|trainers?|Stakes|handicap|hurdles?|fences|lengths|stud|favourite|odds-on|saddle)\b"
)
"""Words of a horse-racing report."""


def _drop_horses(found: dict[str, Found], called: Collection[str]) -> None:
    """In a racing report, the horses: a "person" whose first word is no given name and whose last word the text
    never uses alone and who says nothing ("Caspian Crown, who …"), and an "institution" with neither a head word
    nor a good clue ("Falcon Ridge")."""
    for key, entry in list(found.items()):
        words = entry.name.split()
        clues = [c for m in entry.mentions for c in m.clues]
        if entry.kind == PERSON:
            speaks = any(re.match(r"^\s+(?:said|says|told|added)\b", m.after) for m in entry.mentions)
            horse = words[0] not in lexicon.given_names() and words[-1] not in called and not entry.aliases
            horse = horse and not speaks  # "Thady Gosden said: …"
        else:
            headed = any(w in lexicon.ORG_HEADS or w.isupper() for w in words)
            horse = not headed and not any(c.kind == INSTITUTION and c.strength >= 2 for c in clues)
        if horse and len(words) > 1:
            del found[key]


_SIDE_BEFORE = re.compile(
    r"(?:\b(?:beat|beating|beaten by|over|against|host|hosts|hosted|hosting|face|faces|facing|clear of|behind|draw with"
    r"|drew with|lost to|lose to|losing to|loss to|win at|defeat to|visit|visits|visiting|travel to|travels to"
    r"|on loan from)|\b\d{1,3}-\d{1,3}(?:\s+(?:at|to|against))?)\s+$"
)
_SIDE_AFTER = re.compile(r"^\s+\d{1,3}-\d{1,3}\b")
_POSITION_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:fly-half|scrum-half|centre|winger|wing|lock|prop|hooker|flanker|full-back|striker|midfielder"
    r"|defender|goalkeeper|forward|captain|head coach|coach|manager|director of rugby|quarterback|pitcher|guard"
    r"|playmaker|number eight|No 8|lock forward|back-rower|back row|batter|opener|seamer|spinner|all-rounder)\b"
)


def _is_individual_sport(paragraphs: Sequence[tuple[int, str]]) -> bool:
    """A report on tennis, golf, boxing, athletics or swimming, where a name beside "beat" or a score is a player's,
    not a side's: two or more of their words ("tiebreak", "birdie", "unanimous decision", "400m"), two of them
    different."""
    return _uses(paragraphs, _INDIVIDUAL, times=2, different=2)


_INDIVIDUAL = re.compile(
    r"\b(?:tie-?breaks?|break points?|match points?|double faults?|Grand Slams?|aces|seed|seeded|serve|serving"
    r"|forehand|backhand|(?:first|second|third|fourth|fifth|opening|deciding|final) set|birdies?|bogeys?|fairways?"
    r"|putts?|knockout|knocked down|unanimous decision|split decision|bouts?|jab|(?:cruiser|heavy|middle|welter"
    r"|light|feather|bantam|fly)weight|title fight|\d{3,5}m|hurdles|personal best|season['’]s best|freestyle"
    r"|breaststroke|backstroke)\b",
    re.IGNORECASE,
)


def _clubs(mentions: list[Mention], sides: bool = True) -> None:
    """In a sports report a town's name is its club's ("beat Toulouse"), "Stanmoor Town" is a club, and so is a
    side named beside a score or an opponent's verb ("Hibernian 3-2 Hearts", "beat St Mirren", "clear of
    Aberdeen"), unless the sport is one of players, not sides (``sides``: "beat Aryna Sabalenka")."""
    article = "\n".join(dict.fromkeys(m.paragraph for m in mentions))
    for mention in mentions:
        words = mention.span.words
        body = len(words) > 1 and words[-2] == "Football"  # "English Football League", "Rugby Football League"
        if (words[-1] in _COMPETITIONS and not body) or mention.span.text in _MATCH_WORDS:
            mention.clues.append(Clue(OTHER, "a competition or the game's, in a sports report", 4))
            continue  # "the Premier League", "Thursday's Europa League", "the VAR check"
        if len(words) == 1 and _POSITION_AFTER.match(mention.after) and words[0] not in {"Test", "ODI"}:
            mention.clues.append(Clue(INSTITUTION, "a club, before a position", 3))  # "the Northampton fly-half"
        plain = 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in words)
        placed = lexicon.fold(words[0]) in lexicon.places_or_cities() or words[-1] in _CLUB_HEADS
        placed = placed or words[0] in lexicon.SAINTS  # "St Moritz", "St Helens"
        if plain and not placed and not mention.clues and re.match(r"^\s+[a-z]+(?:ed|s)\b", mention.after):
            mention.clues.append(Clue(PERSON, "a player who acts", 2))  # "Bundee Aki smashed over the gainline"
        if plain and not placed and _of_a_country(mention):
            mention.clues.append(Clue(PERSON, "a player of a country", 2))  # "Jamaica's Shericka Jackson"
        side = _SIDE_BEFORE.search(mention.before) or _SIDE_AFTER.match(mention.after)
        person = len(words) > 1 and any(c.kind == PERSON and c.strength >= 2 for c in mention.clues)
        named_on = re.match(r"^\s+of\s", mention.after)  # "over Heart of Midlothian": the name goes on
        if sides and side and len(words) <= 2 and not person and not named_on:
            mention.clues.append(Clue(INSTITUTION, "a side, in a sports report", 3))
        club = (words[-1] in _CLUB_HEADS or words[0] in _CLUB_HEADS) and not (
            len(words) == 1 and words[0] in lexicon.DATES
        )
        whole_place = lexicon.fold(mention.span.text) in lexicon.places_or_nationalities()  # "United States"
        if club and lexicon.fold(words[0]) not in lexicon.places() and not whole_place:  # "Stanmoor Town", "Celtic"
            mention.clues.append(Clue(INSTITUTION, "a club, in a sports report", 4))
        town = " ".join(words[:-1])
        nickname = re.fullmatch(r"(?:[A-Z][a-z]+|\d+[a-z]+)s", words[-1]) and words[-1] not in lexicon.given_names()
        called = re.search(rf"\bthe {re.escape(words[-1])}\b", article)  # "the Denver Nuggets" … "the Nuggets"
        team = lexicon.fold(town) in lexicon.places_or_cities() and (words[0] not in lexicon.given_names() or called)
        if len(words) >= 2 and nickname and team:  # not "Pau Torres"
            mention.clues.append(Clue(INSTITUTION, "a team, in a sports report", 4))  # "the Detroit Pistons"
        if len(words) == 1:
            mention.clues = [c for c in mention.clues if c.reason != "a town or city" or c.strength > 1]


_COUNTRY_BEFORE = re.compile(r"\b((?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*)['’]s?\s+$")
_COUNTRY_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?((?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*)")


def _of_a_country(mention: Mention) -> bool:
    """A name after a country's possessive, or before "of" and a country, as a results table names a player
    ("Jamaica's Shericka Jackson", "Rai Benjamin of the United States")."""
    places = lexicon.places_or_nationalities()
    before, after = _COUNTRY_BEFORE.search(mention.before), _COUNTRY_AFTER.match(mention.after)
    return any(m is not None and lexicon.fold(m.group(1)) in places for m in (before, after))


def _listed_together(mentions: list[Mention], text: str) -> None:
    """Names in one list are of one kind: "including Mistral AI and Anthropic", "a deal with Premier Sports
    and France Télévisions", "Otis, Kone, Schindler and TK Elevator". A name with no good clue of its own takes an
    institution clue from the name listed beside it, and passes it along the list; a two-word name with no clue
    at all beside a person is a person too."""
    pairs = _in_lists(mentions, text)
    for left, right in [*pairs, *((b, a) for a, b in reversed(pairs))]:
        if left.span.possessive:
            continue
        owner = right.span.possessive and re.match(r"^\s*[A-Z]", right.after)  # "Eni and Bill Gates's Breakthrough …"
        strong = any(c.kind == INSTITUTION and c.strength >= 2 for c in left.clues) and not owner
        named = any(c.reason.startswith("given name") for c in right.clues)  # "Threshold and Ana Fernández …"
        stronger = any(c.kind == INSTITUTION and c.strength >= 3 for c in left.clues)  # "DNB Markets and Morgan …"
        between = text[min(left.span.end, right.span.end) : max(left.span.start, right.span.start)]
        clause = "," in between and re.match(r"\s+(?!and\b|or\b)[a-z]", right.after)  # "…, and Felix Rosenqvist took"
        if strong and _undecided(right.clues) and (stronger or not named) and not (named and clause):
            right.clues.append(Clue(INSTITUTION, f"listed with {left.span.text}", 2))
        person = any(c.kind == PERSON and c.strength >= 2 for c in left.clues) and not strong
        if person and not right.clues and len(right.span.words) == 2 and not right.span.possessive:
            right.clues.append(Clue(PERSON, f"listed with {left.span.text}", 2))  # "Kenji Morimoto and Yuko Arai"


def _in_lists(mentions: list[Mention], text: str) -> list[tuple[Mention, Mention]]:
    """Neighbours in one list: "A and B", "A, B, C and D" (commas alone may set off an appositive)."""
    pairs: list[tuple[Mention, Mention]] = []
    chain: list[tuple[Mention, Mention]] = []
    for left, right in itertools.pairwise(mentions):
        between = text[left.span.end : right.span.start]
        final = re.fullmatch(r"\s*,?\s+(?:and|or|&)\s+(?:the\s+)?", between)
        if final or re.fullmatch(r"\s*,\s*", between):
            chain.append((left, right))
            if not final:
                continue
            pairs += chain
        chain = []
    return pairs


def _undecided(clues: list[Clue]) -> bool:
    """No good clue but perhaps a given name ("Morgan Stanley and DNB Markets": a bank beside a bank)."""
    return not any(c.strength >= 2 and not c.reason.startswith("given name") for c in clues)


def _clues(mention: Mention) -> list[Clue]:
    found = context.clues(mention.span, mention.before, mention.after)
    if names.is_family_first(mention.span.text):
        found.append(Clue(PERSON, "a family-name-first name", 2))
    return found


_PLURAL_AFTER = re.compile(
    r"^\s*,\s+(?:(?:the|its|their|his|her)\s+)?(?:two|three|four|five|six|both)\b", re.IGNORECASE
)
_PAIR_BEFORE = re.compile(
    r"\b(?:both|between|either|neither)\s+(?:the\s+)?$"
    r"|\b(?:backers|investors|shareholders|rivals|peers|competitors|lenders|banks|carriers|firms|companies|groups"
    r"|funds|insurers|brokers|makers|producers|suppliers|customers|clients|such as|including)\s+$",
    re.IGNORECASE,
)
"""What makes "A and B" two names: "both", "between", or a plural before it ("existing backers Accel and Tiger
Global Management", "producers such as SK Hynix and Samsung Electronics")."""


def _coordinated(mentions: list[Mention]) -> list[Mention]:
    """Split "A and B Electronics" into two names when the text treats them as two: a plural appositive
    ("Intel and Samsung Electronics, two of its biggest customers"), "both" or "between" before, or A or B named
    on its own elsewhere. A name that joins its own words with "and" stays whole ("Bureau of Industry and
    Security", "Baltic and International Maritime Council")."""
    alone = {m.span.text for m in mentions if not m.span.opens_sentence}
    return [part for mention in mentions for part in _conjuncts(mention, alone) or [mention]]


def _conjuncts(mention: Mention, alone: set[str]) -> list[Mention]:
    span = mention.span
    joins = [i for i, token in enumerate(span.tokens) if token.text == "and"]
    if len(joins) != 1 or span.title or span.role or span.honorific:
        return []
    first, second = span.tokens[: joins[0]], span.tokens[joins[0] + 1 :]
    text = " ".join(token.text for token in first)
    inside = any(token.text in {"of", "for", "on", "the"} for token in first)  # "Bureau of Industry and Security"
    place = lexicon.fold(text) in lexicon.places_or_nationalities()  # "Baltic and International ..."
    rest = " ".join(token.text for token in second)  # "Brisbane and Kingsford University", "Kingsford University"
    city = len(first) == 1 and lexicon.fold(text) in lexicon.places_or_cities() and text not in alone
    place = place or (city and rest not in alone)  # "including Bendigo and Adelaide Bank Ltd."
    acronym = bool(second) and len(first) >= 2 and bool(re.fullmatch(r"[A-Z]{2,}", second[0].text))  # "… and DNB …"
    two = bool(_PLURAL_AFTER.match(mention.after) or _PAIR_BEFORE.search(mention.before))
    two = two or text in alone or rest in alone or acronym or _two_firms(first, second)
    if not first or not second or inside or place or not two:
        return []
    parts = [Mention(Span(first), mention.line, mention.paragraph)]
    parts.append(Mention(Span(second, span.possessive, named_s=span.named_s), mention.line, mention.paragraph))
    for part in parts:
        part.clues = _clues(part)
    for part, other in ((parts[0], parts[1]), (parts[1], parts[0])):
        strong = [c for c in other.clues if c.kind == INSTITUTION and c.strength >= 3]
        if strong and _undecided(part.clues):
            part.clues.append(Clue(INSTITUTION, f"named with {other.span.text}", 2))
    return parts


_LOWER_HEAD = re.compile(
    r"^\s+(?P<words>(?:(?:city|county|borough|district|town|parish|community|foundation|integrated|care|teaching"
    r"|metropolitan|combined|unitary|health)\s+){0,3}(?:council|trust|hospital|infirmary|board|authority))\b"
)


def _lower_head(mention: Mention) -> Mention:
    """A name whose head is in lower case, as some papers write them: "Hallbridge council", "Brookfoot community
    hospital", "Calder and Pennine Hospitals NHS foundation trust"; but not "a West Yorkshire council"."""
    head = _LOWER_HEAD.match(mention.after)
    if not head or mention.span.possessive or re.search(r"\b(?:[Tt]he|[Aa]n?|its|their)\s+$", mention.before):
        return mention
    tokens = list(mention.span.tokens)
    for word in re.finditer(r"\S+", head["words"]):
        start = mention.span.end + head.start("words") + word.start()
        tokens.append(Token(word.group(), start, start + len(word.group()), False))
    lowered = Mention(Span(tokens), mention.line, mention.paragraph)
    lowered.span.evidence.append(f"ends in {tokens[-1].text!r}")
    return lowered


_FRENCH_HEADS = frozenset(lexicon.words("Cour Conseil Assemblée Banque Caisse Autorité Haute Haut Conseil Agence"))
_FRENCH_REST = re.compile(r"^\s+(?P<words>(?:(?:des|du|de la|de l['’]|d['’])\s*)?[a-zàâçéèêëîïôûùüÿœ]{4,})\b")


def _french_name(mention: Mention) -> Mention:
    """ "the Cour des comptes", "the Assemblée nationale": a French institution's name goes on in lower case."""
    rest = _FRENCH_REST.match(mention.after)
    if len(mention.span.tokens) != 1 or mention.span.words[0] not in _FRENCH_HEADS or not rest:
        return mention
    start = mention.span.end + rest.start("words")
    token = Token(rest["words"], start, start + len(rest["words"]), False)
    return Mention(Span([*mention.span.tokens, token]), mention.line, mention.paragraph)


def _qualified(mention: Mention) -> Mention:
    """ "Communist Party of India (Marxist)": a creed in brackets after a name is part of it."""
    qualifier = re.match(r"^\s*(?P<word>\([A-Z][a-z]+(?:ist|ite)\))", mention.after)
    if not qualifier or mention.span.possessive:
        return mention
    start = mention.span.end + qualifier.start("word")
    token = Token(qualifier["word"], start, start + len(qualifier["word"]), False)
    return Mention(Span([*mention.span.tokens, token], evidence=mention.span.evidence), mention.line, mention.paragraph)


def _without_role_word(mention: Mention) -> Mention:
    """ "BJP State president Nainar Nagendran": a role's capitalised first word is no part of the name before it."""
    tokens = mention.span.tokens
    role_word = tokens[-1].text in {"State", "National", "General", "Deputy"}
    if len(tokens) > 1 and role_word and _ROLE_AFTER.match(mention.after):
        return Mention(Span(tokens[:-1]), mention.line, mention.paragraph)
    return mention


_ROLE_AFTER = re.compile(
    r"^\s+(?:president|secretary|general secretary|chief|leader|minister|chairman|unit|spokesperson)\b"
)


def _two_firms(first: list[Token], second: list[Token]) -> bool:
    """ "Morgan Stanley and Centerview Partners", "JPMorgan and Deutsche Bank": a name of its own (a listed company's,
    one like a person's, or a word in camel case, with no institution's head) before a firm's name that ends in one;
    not "Occupational Safety and Health Administration"."""
    text = " ".join(t.text for t in first)
    camel = len(first) == 1 and bool(re.fullmatch(r"[A-Z][a-z]*[A-Z]\w*", first[0].text))
    person_like = len(first) == 2 and first[0].word in lexicon.given_names()  # "Morgan Stanley"; not "Avon"
    companies = lexicon.listed_companies()
    listed = lexicon.fold(text) in companies or lexicon.fold(first[0].word) in companies
    own = camel or listed or person_like  # "Sony Music and Warner Music Group"
    heads = any(t.word in lexicon.ORG_HEADS for t in first)
    return own and not heads and len(second) >= 2 and second[-1].word in lexicon.ORG_HEADS


def _rejoined(mentions: list[Mention], text: str) -> list[Mention]:
    """Join "Alternative | for | Germany" back together when what follows calls the whole an institution
    ("Alternative for Germany, the hard-right party"; "Airbus Defence and Space, the group's military arm")."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        between = text[previous.span.end : mention.span.start] if previous else ""
        link = re.fullmatch(r"\s+(?:for(?:\s+the)?|and|&)\s+", between)
        described = nouns.appositive(mention.after) or re.match(r"^\s*\([A-Z]", mention.after)
        listed = previous is not None and re.search(
            r"[A-Za-z],\s*$", previous.before
        )  # "Otis, Kone, Schindler and TK …"
        known = context.clues(previous.span, previous.before, "") if previous is not None else []
        unknown = previous is not None and not listed and all(c.kind == INSTITUTION and c.strength < 4 for c in known)
        if previous and link and described and unknown and not previous.span.possessive and not previous.span.title:
            kind = nouns.head_noun(described) if isinstance(described, str) else (INSTITUTION, "")
            if kind and kind[0] == INSTITUTION:
                words = [Token(w, mention.span.start, mention.span.start, False) for w in link.group().split()]
                tokens = [*previous.span.tokens, *words, *mention.span.tokens]
                joined[-1] = Mention(Span(tokens, mention.span.possessive), previous.line, text)
                continue
        joined.append(mention)
    return joined


def _widened(mention: Mention, start: int, end: int, possessive: bool | None = None) -> Mention:
    """The mention over every token of its paragraph from ``start`` to ``end``, with the clues it had."""
    tokens = [t for t in tokenize(mention.paragraph) if start <= t.start and t.end <= end]
    span = replace(
        mention.span, tokens=tokens, possessive=mention.span.possessive if possessive is None else possessive
    )
    return Mention(span, mention.line, mention.paragraph, mention.clues)


_PORTFOLIO_HEADS = frozenset(lexicon.words("Committee Subcommittee Commission Department Government Affairs"))


def _partners(mentions: list[Mention], text: str) -> list[Mention]:
    """A firm named after its partners, or a body after its portfolios, is one name, commas and all: "Keefe,
    Bruyette & Woods", "Wachtell, Lipton, Rosen & Katz", "Gibson, Dunn & Crutcher LLP", "Senate Health, Education,
    Labor and Pensions Committee"."""
    joined: list[Mention] = []
    for mention in mentions:
        chain: list[Mention] = []
        while joined and len(joined[-1].span.words) <= 2 and not joined[-1].span.possessive:
            left = joined[-1]
            end = chain[0].span.start if chain else mention.span.start
            place = lexicon.fold(left.span.text) in lexicon.places_or_nationalities()
            if text[left.span.end : end] != ", " or place or not left.span.text[:1].isupper():
                break
            chain.insert(0, joined.pop())
        portfolio = " and " in mention.span.text and mention.span.words[-1] in _PORTFOLIO_HEADS
        if chain and (portfolio or " & " in mention.span.text[:-3]):
            mention = _widened(mention, chain[0].span.start, mention.span.end)
        else:
            joined += chain
        joined.append(mention)
    return joined


def _no_name(text: str) -> bool:
    """A letter ("Letitia James (D)") or an honour alone ("appointed OBE in 1998") is nobody's name."""
    tag = re.fullmatch(r"[DRI]-[A-Z][\w. ]+", text)  # "(D-Pomona)": a legislator's party and district
    return bool(re.fullmatch(r"[A-Z]\.?", text) or tag) or text in POST_NOMINALS


_BRANCH = re.compile(r"^,?\s+(?P<branch>Local(?: Lodge| Union)? \d+[A-Z]?)\b")
_NUMBER = re.compile(r"^\s+(?P<branch>\d+[A-Z]?)\b")
_CAMPUS = re.compile(r"^,\s+(?P<branch>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=\s*[,.;:)]|\s+[a-z])")


def _with_branch(mentions: list[Mention]) -> list[Mention]:
    """A union's local or a university's campus is part of its name: "United Food and Commercial Workers
    International Union, Local 401", "Culinary Workers Union Local 226", "University of California, Davis"."""
    joined: list[Mention] = []
    for mention in mentions:
        if joined and mention.span.start < joined[-1].span.end:
            continue  # "Davis", "Local": swallowed by the name before
        branch = _branch(mention)
        if branch is None:
            joined.append(mention)
            continue
        joined.append(_widened(mention, mention.span.start, mention.span.end + branch.end("branch"), possessive=False))
    return joined


_ORDINAL_BEFORE = re.compile(r"\b(?P<ordinal>\d{1,4}(?:st|nd|rd|th))\s+$")


def _with_ordinal(mention: Mention) -> Mention:
    """A numbered unit or court keeps its number: "444th Combat Brigade", "2nd U.S. Circuit Court of Appeals"."""
    ordinal = _ORDINAL_BEFORE.search(mention.before)
    if not ordinal or not any(w in lexicon.ORG_HEADS for w in mention.span.words):
        return mention
    token = Token(ordinal["ordinal"], ordinal.start("ordinal"), ordinal.end("ordinal"), False)
    span = replace(mention.span, tokens=[token, *mention.span.tokens])
    return Mention(span, mention.line, mention.paragraph, mention.clues)


def _branch(mention: Mention) -> re.Match[str] | None:
    words = mention.span.words
    if words[-1] in {"Local", "Radio", "Channel"} or mention.span.text == "NHS":
        return _NUMBER.match(mention.after)  # "… Local 226", "BBC Radio 4", "Channel 4", "NHS 24"
    if words[0] == "University" and len(words) >= 3 and words[1] == "of":
        campus = _CAMPUS.match(mention.after)
        state = lexicon.fold(" ".join(words[2:])) in lexicon.places()  # "California", not "Oxford"
        return campus if campus and state and lexicon.fold(campus["branch"]) in lexicon.cities() else None
    return _BRANCH.match(mention.after)


def _works_at(person: Mention, mention: Mention, text: str) -> bool:
    between = text[person.span.end : mention.span.start]
    is_person = len(person.span.words) > 1 and any(c.kind == PERSON and c.strength >= 2 for c in person.clues)
    city = lexicon.fold(mention.span.text) in lexicon.cities()  # "Emmanuel Lado Wani, Archbishop of Juba"
    return is_person and not city and bool(re.fullmatch(r"\s+(?:of|from|at)\s+(?:the\s+)?", between))


def _classify(mentions: list[Mention], where: learned.Article) -> dict[str, Found]:
    grouped: dict[str, list[Mention]] = {}
    for mention in mentions:
        grouped.setdefault(name_key(mention.span.text), []).append(mention)
    inside = {m.span.words[-1] for m in mentions if len(m.span.words) > 1 and m.span.words[0] in lexicon.EVENT_TITLES}
    midway = {m.span.text for m in mentions if not m.span.opens_sentence}
    tails = {" ".join(m.span.words[i:]) for m in mentions for i in range(1, len(m.span.words) - 1)}
    found = {}
    for key, group in grouped.items():
        text = group[0].span.text
        if len(group[0].span.words) == 1 and (text not in midway or text in inside):
            for mention in group:  # "Analysts have …", "Nobody has …"; "Typhoon Kalmaegi" … "Kalmaegi is …"
                mention.clues = [c for c in mention.clues if not _weak_at_start(c, mention, text in inside)]
        kind, reasons = _decide(group)
        if not kind and _called_by_last_word(group, where.called):
            kind, reasons = PERSON, ["called by the last word later"]  # "Ezri Konsa" … "Konsa"
        if kind == INSTITUTION and _person_called_later(group, where.called, midway):
            kind, reasons = PERSON, ["a given name, called by the last word"]  # "left Mikel Arteta" … "Arteta"
        # No veto for a person's name that ends a longer one: "Reyes Ortega" of "Tomás Reyes Ortega" tells
        # _join_tails, and so the sort key, the family name.
        if kind in ("", INSTITUTION) or (kind == PERSON and text not in tails):
            settled, why = learned.settle(group, kind, where)
            if settled:
                kind, reasons = settled, [why]
        if kind in (PERSON, INSTITUTION):
            found[key] = Found(group[0].span.text, kind, group[0].line, group, reasons=reasons)
    return found


def _called_by_last_word(group: list[Mention], called: Collection[str]) -> bool:
    """A name of two or three plain words that nothing else decides, whose last word the article later uses alone
    or after a title, as news prose calls a person ("Ezri Konsa" … "Konsa", "Unai Emery" … "Emery said")."""
    words = group[0].span.words
    plain = all(re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+", w) for w in words)
    places = lexicon.places_or_nationalities()
    things = any(w in lexicon.ORG_HEADS for w in words) or lexicon.fold(words[-1]) in places
    things = things or (lexicon.fold(words[0]) in places and words[0] not in lexicon.given_names())  # "Jordan …"
    things = things or words[0] in lexicon.EVENT_TITLES  # "Typhoon Kalmaegi"
    vetoed = any(c.kind == OTHER and c.strength >= 2 for m in group for c in m.clues)
    return 2 <= len(words) <= 3 and plain and not things and not vetoed and words[-1] in called


def _person_called_later(group: list[Mention], called: Collection[str], midway: Collection[str]) -> bool:
    """A name of two or three words that opens with a given name, whose last word the article uses alone later,
    once at least in the middle of a sentence, and that only weak clues make an institution ("left Mikel Arteta
    incandescent" … "Arteta said"; not "Janus Henderson Investors" … "Investors have …")."""
    words = group[0].span.words
    clues = [c for m in group for c in m.clues]
    given = any(c.reason.startswith("given name") and c.strength >= 2 for c in clues)
    weak = all(c.strength <= 2 for c in clues if c.kind == INSTITUTION)
    alone = words[-1] in called and words[-1] in midway and words[-1] not in lexicon.ORG_HEADS
    return 2 <= len(words) <= 3 and given and weak and alone


def _weak_at_start(clue: Clue, mention: Mention, event: bool) -> bool:
    """A weak institution clue that a word opening a sentence, and never used in the middle of one, cannot give:
    that it acts ("Analysts have …"); nor any weak clue to the name of an event ("Typhoon Kalmaegi")."""
    weak = clue.kind == INSTITUTION and clue.strength <= 1
    return weak and (event or (mention.span.opens_sentence and clue.reason == "a one-word name that acts"))


def _decide(group: list[Mention]) -> tuple[str, list[str]]:
    """Add up the clues of every mention: the strongest kind wins; places and the like win ties."""
    best: dict[str, Clue] = {}
    for clue in (c for m in group for c in m.clues):
        if clue.strength > best.get(clue.kind, Clue(clue.kind, "", -1)).strength:
            best[clue.kind] = clue
    strength = {kind: clue.strength for kind, clue in best.items()}
    person, institution, other = (strength.get(k, -1) for k in (PERSON, INSTITUTION, OTHER))
    single = len(group[0].span.words) == 1
    if single and institution >= 2:
        person = -1  # one word names no one: "Commerzbank", "after 'chair'" of the bank's chair
    if other >= max(person, institution) and other >= 0:
        return OTHER, [best[OTHER].reason]
    if institution >= 4 or (institution >= 1 and institution >= person):
        return INSTITUTION, [best[INSTITUTION].reason]
    if person >= 2 and not single:
        return PERSON, [c.reason for c in best.values() if c.kind == PERSON]
    return "", []


def _drop_surnames(found: dict[str, Found]) -> None:
    """A person's family name alone is that person, not an institution ("Lindgren's spokesman"), unless the text
    says more of it ("Otis, Kone, Schindler and TK Elevator": the firm that bears Elisha Otis's name)."""
    surnames = {w for f in found.values() if f.kind == PERSON for w in f.name.split()[1:]}
    surnames |= {f.name.split()[0] for f in found.values() if f.kind == PERSON and names.is_family_first(f.name)}
    for key, entry in list(found.items()):
        clues = [c for m in entry.mentions for c in m.clues if not c.reason.startswith(_NOT_SAYING_MORE)]
        strong = any(c.kind == INSTITUTION and c.strength >= 2 for c in clues)  # not "the Allan government"
        if entry.kind == INSTITUTION and entry.name in surnames and not strong:
            del found[key]


_NOT_SAYING_MORE = ("a party", "a listed company", "a side, in a sports report", "a club, before a position")
"""Clues that say nothing more of a name that is also a person's family name: "the Allan government", a player
"over Gobert" or "pushed Collins forward" in a sports report."""


def _join_tails(found: dict[str, Found]) -> None:
    """ "Archbishop Lado Wani" after "Archbishop Emmanuel Lado Wani": a person named by the last two words or more
    of another person's name is that person, by another of the forms the text uses."""
    people = [f for f in found.values() if f.kind == PERSON]
    unsuffixed = {f.name: " ".join(names.without_suffix(f.name.split())[0]) for f in people}  # "… Tiu Laurel Jr."
    for entry in people:
        longer = [f for f in people if f is not entry and unsuffixed[f.name].endswith(" " + entry.name)]
        kin = any(_KIN_BEFORE.search(m.before) for m in entry.mentions)  # "the son of William Hocking"
        if len(entry.name.split()) >= 2 and len(longer) == 1 and name_key(entry.name) in found and not kin:
            merge_alias(found, longer[0], entry.name, "the last words of the name")
        elif len(entry.name.split()) >= 2 and len(longer) > 1 and not entry.titled:
            del found[name_key(entry.name)]  # "Ortega Vidal said", with Lucía and Carmen Ortega Vidal named


_KIN_BEFORE = re.compile(
    r"\b(?:son|daughter|father|mother|brother|sister|wife|husband|widow|widower|grandson|granddaughter|uncle|aunt)"
    r"(?: of|,)?\s+$"
)
"""Words for a relative before a name: "the son of William Hocking" is not Jory William Hocking himself."""


def _join_particle_surnames(found: dict[str, Found]) -> None:
    """ "De Saint-Aubin said", after "Hélène de Saint-Aubin": a family name with its particle, capitalised to open
    a sentence, is that person."""
    people = [f for f in found.values() if f.kind == PERSON]
    for entry in people:
        words = entry.name.split()
        if len(words) not in (2, 3) or not all(w.casefold() in lexicon.particles() for w in words[:-1]):
            continue  # "De Saint-Aubin", "Van der Flier"
        tail = " " + entry.name.casefold()
        longer = [f for f in people if f is not entry and f.name.casefold().endswith(tail)]
        if len(longer) == 1 and name_key(entry.name) in found:
            merge_alias(found, longer[0], entry.name, "the family name with its particle")


def _join_middle_names(found: dict[str, Found]) -> None:
    """ "Maeve Carrick" beside "Maeve Bernadette Carrick": a person named without their middle names, or with their
    initials only ("Harold W. Brandvold"), is the person named most fully."""
    people = sorted((f for f in found.values() if f.kind == PERSON), key=lambda f: (len(f.name.split()), len(f.name)))
    for entry in people:
        words = entry.name.split()
        longer = [
            f for f in people
            if f is not entry and (len(f.name.split()), len(f.name)) > (len(words), len(entry.name))
            and f.name.split()[0] == words[0] and f.name.split()[-1] == words[-1] and _fuller(words, f.name.split())
        ]  # fmt: skip
        if longer and len(words) >= 2 and name_key(entry.name) in found:
            merge_alias(found, longer[-1], entry.name, "a shorter form of the name")


def _fuller(short: list[str], long: list[str]) -> bool:
    """Whether ``long`` spells out ``short``'s middle names or initials ("W." of "William") or adds to them."""
    middle, full = short[1:-1], long[1:-1]
    if len(middle) > len(full):
        return False
    return all(any(f == m or (m.endswith(".") and f.startswith(m[:-1])) for f in full) for m in middle)


def _drop_bare_heads(found: dict[str, Found]) -> None:
    """ "the Government", "the Coalition", "the Opposition": an institution's head word alone, standing for no
    longer name the article gives, is no name (but "the Senate" and "Congress" are)."""
    for key, entry in list(found.items()):
        bare = entry.name in lexicon.ORG_HEADS or entry.name in {"Opposition", "Establishment", "Executive"}
        if entry.kind == INSTITUTION and bare and entry.name not in _BODIES:
            strong = any(c.kind == INSTITUTION and c.strength >= 3 for m in entry.mentions for c in m.clues)
            if not strong:
                del found[key]


_BODIES = frozenset(
    lexicon.words(
        "Senate Congress Parliament Cabinet Treasury Assembly Commons Lords Times Post Herald Tribune Gazette Journal"
    )
)
"""Head words that alone name one body or paper ("the Senate", "the Commons", "The Times")."""


def _drop_jargon(found: dict[str, Found], paragraphs: Sequence[tuple[int, str]]) -> None:
    """ "a loan-to-value (LTV) ratio", "non-banking financial companies (NBFCs)": an acronym the text brings in
    after words in lower case is a term, not an institution."""
    text = "\n".join(paragraph for _, paragraph in paragraphs)
    terms = set()
    for match in re.finditer(r"(?:\b[a-z][\w-]*\s+)+\((?P<acronym>[A-Z]{2,6})s?\)", text):
        before = re.search(r"(?P<word>\S+)\s*$", text[: match.start()])
        prose = set(match.group().split()) & {"the", "a", "an", "their", "its", "his", "her", "our", "to", "of", "and"}
        if prose or not before or not before["word"][:1].isupper():  # but "West Yorkshire integrated care board (ICB)"
            terms.add(match["acronym"])
    for key, entry in list(found.items()):
        if entry.kind == INSTITUTION and entry.name in terms:
            del found[key]


def _drop_events(found: dict[str, Found]) -> None:
    """ "the Fringe" beside the "Edinburgh Festival Fringe Society": a word of the event an institution is named
    after (its words before the institution's head, one of them an event's: Festival, Cup, Prize …) names
    the event, which is not drafted, unless the text says more of it than "the …"."""
    events = set()
    for entry in found.values():
        words = entry.name.split()
        head = next((i for i, w in enumerate(words) if w in lexicon.ORG_HEADS), 0)
        if entry.kind == INSTITUTION and any(w in lexicon.EVENT_WORDS for w in words[:head]):
            events.update(words[:head])
    for key, entry in list(found.items()):
        strong = any(c.kind == INSTITUTION and c.strength >= 3 for m in entry.mentions for c in m.clues)
        if entry.kind == INSTITUTION and entry.name in events and not strong:
            del found[key]


def _name_order(found: dict[str, Found], mentions: list[Mention], portuguese: bool) -> None:
    """Which word of a name the article uses alone ("Zhang said", "Ms Zhang") says which is the family name;
    a middle word so used opens a double family name ("Ms Ortega": "Ortega Vidal, Marisol"), as does a middle
    word that is no given name in an article with Spanish (not Portuguese) names ("Ochoa Lugo, Beatriz"), and so
    do the last words when the article calls the person by them ("Archbishop Lado Wani": "Lado Wani, Emmanuel")."""
    alone = [m.span.text for m in mentions if len(m.span.words) == 1]
    spanish = _has_spanish_names(found, mentions) and not portuguese  # Portuguese names sort on the last
    given_titled = len(_GIVEN_NAME_TITLED.findall(" ".join(dict.fromkeys(m.paragraph for m in mentions)))) >= 2
    for entry in found.values():
        words, suffix = names.without_suffix(entry.name.split())  # "Tiu Laurel, Francisco, Jr."
        base = " ".join(words)
        forms = {f"{m.span.title} {m.span.text}": m.span.text for m in mentions if m.span.title}
        titled = [forms[alias].split()[-1] for alias in entry.aliases if alias in forms]
        surnames = [forms[a] for a in entry.aliases if a in forms and " " in forms[a] and forms[a][:1].isupper()]
        tails = [len(words) - len(s.split()) for s in surnames if base.endswith(" " + s)]  # "Ms Cortez Masto"
        others = {f.name.split()[-1] for f in found.values() if f is not entry and f.kind == PERSON}
        middle = [
            i for i in range(1, len(words) - 1)
            if words[i] in titled + [w for w in alone if w not in others] and words[i][:1].isupper()
        ]  # fmt: skip
        tails = tails or [len(words) - len(a.split()) for a in entry.aliases if " " in a and base.endswith(f" {a}")]
        called = len(words) > 2 and words[-1] in titled + alone and words[-2] not in titled + alone  # "Mr Kast"
        spanish_family = _spanish_family(words) if spanish and entry.kind == PERSON and not called else []
        middle = middle or tails or spanish_family
        if entry.kind == PERSON and middle and not names.is_family_first(entry.name):
            entry.sort_key = f"{' '.join(words[middle[0] :])}, {' '.join(words[: middle[0]])}"
            entry.sort_key += f", {suffix}" if suffix else ""
        words = entry.name.split()
        given_first = given_titled and not names.is_family_first(entry.name)  # "Mr Kittipong", "Mr Azlan"
        if (
            entry.kind == PERSON
            and len(words) == 2
            and not given_first
            and titles.surname_first(entry.aliases, words, alone)
        ):
            entry.family_first = True  # "Iwaya Takeshi" … "Mr Iwaya": family name first, kept whole
            continue
        if entry.kind != PERSON or len(words) < 2 or not names.is_family_first(entry.name):
            continue
        if alone.count(words[-1]) > alone.count(words[0]) and lexicon.fold(words[0]) not in lexicon.VIETNAMESE_FAMILY:
            entry.family_first = False
    _japanese_order(found, alone)


def _has_spanish_names(found: dict[str, Found], mentions: list[Mention]) -> bool:
    """Whether an article names people in Spanish: two or more with a Spanish given name ("Ignacio", "Lucía"), or it
    is about a Spanish-speaking country (named twice: "Mexico", "Mexican")."""
    people = [f.name.split() for f in found.values() if f.kind == PERSON]
    if sum(any(w in lexicon.spanish_given_names() for w in words[:-1]) for words in people) >= 2:
        return True
    text = " ".join(dict.fromkeys(m.paragraph for m in mentions))
    return len(_SPANISH_SPEAKING.findall(text)) >= 2


_SPANISH_SPEAKING = re.compile(
    r"\b(?:Mexic(?:o|an)|Spain|Spanish|Argentin(?:a|e|ian)|Colombian?|Chile(?:an)?|Peru(?:vian)?|Venezuelan?"
    r"|Bolivian?|Ecuador(?:ian)?|Uruguay(?:an)?|Paraguay(?:an)?|Cuban?|Guatemalan?|Hondura(?:s|n)|Nicaraguan?"
    r"|Salvador(?:an)?|Costa Rican?|Panama(?:nian)?|Dominican)\b"
)


_GIVEN_NAME_TITLED = re.compile(
    r"\b(?:Thai(?:land)?|Bangkok|baht|Malaysian?|Kuala Lumpur|ringgit|Singapore(?:an)?|Indonesian?|Jakarta|Brunei)\b"
)
"""An article about Thailand, Malaysia, Singapore or Indonesia, whose press calls people by their given names with a
title ("Mr Kittipong" for Kittipong Wattanasiri, "Mr Azlan" for Azlan Yusof), which sort after the family name like
most names; Chinese names there still come family name first ("Mr Chong")."""


def _spanish_family(words: list[str]) -> list[int]:
    """In an article with Spanish names, where a name's two family names begin: the last two words of three or four
    ("Beatriz | Ochoa Lugo", "Édgar | Amador Zamora", "Ana Lucía | Terrazas Mendoza"), after a Spanish or Portuguese
    given name."""
    initials = any(w.endswith(".") for w in words)
    portuguese = re.search(r"[ãõç]", "".join(words))
    particle = any(w in lexicon.particles() for w in words)
    if len(words) not in (3, 4) or words[0] not in lexicon.iberian_given_names() or initials or portuguese or particle:
        return []  # "Harold V. Maitland"; "João Batista Ferreira Lima" sorts on the last, as Portuguese names do
    given = words[1] in lexicon.given_names() and words[1] not in lexicon.spanish_given_names()
    if len(words) == 3 and given:
        return []  # "María Eugenia Ledesma", "José Antonio Kast": two given names and one family name
    return [len(words) - 2]


def _japanese_order(found: dict[str, Found], alone: list[str]) -> None:
    """An article that shows one Japanese name written family name first ("Aoyagi Kenzo" … "Mr Aoyagi") writes
    its other Japanese names so too: two words that both read as romanised Japanese, the first no given name
    ("Sugimura Tetsuya"; not "Kenji Morimoto", nor "Grace Hoshino"), unless the article calls them by the last."""
    people = [f for f in found.values() if f.kind == PERSON and len(f.name.split()) == 2]
    if not any(f.family_first and names.is_romanised_japanese(f.name) for f in people):
        return
    for entry in people:
        first, last = entry.name.split()
        if entry.family_first is None and names.is_romanised_japanese(entry.name) and last not in alone:
            entry.family_first = first not in lexicon.given_names()
