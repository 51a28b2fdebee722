"""Finding actors in one text: the gazetteer's surface forms on folded text, with the
rules that decide what a name is (``analysis.annotators.entities`` describes them and builds the
tables).

``find_actor_mentions`` folds the text (``analysis.core.normalize.fold``), finds every surface
form at the positions the compiled first-word index allows (``analysis.annotators.term_index``),
and keeps a mention with its flag: ``demonym``, ``metonym`` (a capital for its
government, not after a locative word), ``coreference`` (a short name or a role resolved
to the one fitting person named earlier in the article), or drops it (a ``not_actors``
phrase, a capital used as a place, a second mention that fits no one or several).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from analysis.annotators.gazetteer import Gazetteer
from analysis.annotators.term_index import matches_at
from analysis.core.normalize import fold_with_offsets

_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_WORDS_BEFORE = re.compile(r"(?:(\w+)\s+)?(\w+)\W*$")
_THE_BEFORE = re.compile(r"(?<!\w)[Tt]he\s+$")
_NEXT_CAPITAL = re.compile(r"\s+[A-Z]")
_NEXT_OF = re.compile(r"\s+of(?!\w)")
_SPACE_THE = re.compile(r"\s*(?:the\s+)?")
_CAPS_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_SMALL_WORDS = frozenset("of the and for de da do dos del la al in on".split())
_PREVIOUS_WORD = re.compile(r"(?<!\S)(\w+)\s+$")


class Mention(NamedTuple):
    """One mention in one text; offsets index that text."""

    start: int
    end: int
    match: str
    canonical: str
    kind: str
    country: str
    flag: str
    surface: str


def _before(folded: str, start: int) -> tuple[str, str]:
    """The word and the two words right before ``start`` (lower case; "" when none)."""
    found = _WORDS_BEFORE.search(folded, max(0, start - 30), start)
    if found is None:
        return "", ""
    one = found.group(2).lower()
    return one, f"{found.group(1)} {one}".lower() if found.group(1) else ""


def _is_place(folded: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether the name at ``start:end`` is a place: a ``local_after`` phrase follows it
    ("Hanoi-based", "Hanoi Party Committee"), or a locative word ("in", "arrived in")
    stands right before it and it is not a possessive ("in Hanoi's view")."""
    assert gaz.context is not None
    if folded.startswith(gaz.context.local_after, end):
        return True
    if folded.startswith("'s", end):
        return False
    one, two = _before(folded, start)
    return one in gaz.context.locative_before or two in gaz.context.locative_before


def _inside_name(folded: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether a short name at ``start:end`` is part of a longer capitalised name: a
    capitalised word follows, or one that is not a title word ("General", "Mr") precedes
    it inside the sentence."""
    assert gaz.context is not None
    if _NEXT_CAPITAL.match(folded, end):
        return True
    found = _PREVIOUS_WORD.search(folded, max(0, start - 30), start)
    if found is None or found.start() == 0:
        return False
    word = found.group(1)
    return word[:1].isupper() and word not in gaz.context.title_words


def _country_at(folded: str, pos: int, gaz: Gazetteer) -> str | None:
    """The country named right at ``pos`` (after spaces and "the"), or None."""
    found = gaz.pattern.match(folded, _SPACE_THE.match(folded, pos).end())  # type: ignore[union-attr]
    key = " ".join(found.group(0).split()) if found else ""
    entry = gaz.index.get(key)
    return entry[2] if entry and entry[1] == "country" and not gaz.flags[key] else None


class _Reading(NamedTuple):
    """One text being scanned: the folded text, the mentions found so far in it, the
    people named earlier in the article, the gazetteer."""

    folded: str
    found: list[Mention]
    seen: dict[str, None]
    gaz: Gazetteer


def _resolve_role(role: str, span: tuple[int, int], reading: _Reading) -> str | None:
    """The person a role ("the General Secretary", "the Lao leader") refers to, or None."""
    folded, found, seen, gaz = reading
    assert gaz.context is not None
    start, after = span
    country = None
    anchor = start
    if found and found[-1].flag == "demonym" and folded[found[-1].end : start].isspace():
        country, anchor = found[-1].country, found[-1].start
    if not _THE_BEFORE.search(folded, max(0, anchor - 8), anchor):
        return None
    if _NEXT_CAPITAL.match(folded, after):
        return None  # "President Joe Biden": not a second mention
    of = _NEXT_OF.match(folded, after)
    if of is not None:  # "the President of Vietnam" fits its country; "of the CPP" no one
        country = _country_at(folded, of.end(), gaz)
        if country is None:
            return None
    any_title = role in gaz.context.leader_words
    fits = [
        person
        for person in seen
        if (country is None or gaz.people[person][0] == country)
        and (any_title or role in gaz.people[person][1])
    ]
    return fits[0] if len(fits) == 1 else None


#: What a matched key names: canonical name, kind, country, flag.
_Actor = tuple[str, str, str, str]


def _listed_actor(key: str, span: tuple[int, int], reading: _Reading) -> _Actor | None:
    """The gazetteer entry ``key`` at ``span``, or None for a capital used as a place or a
    name repeated in brackets right after itself ("Lao People's Revolutionary Party (LPRP)"
    where both forms are listed)."""
    folded, found, seen, gaz = reading
    start, end = span
    canonical, kind, country = gaz.index[key]
    flag = gaz.flags[key]
    if flag == "metonym" and _is_place(folded, start, end, gaz):
        return None
    if kind == "person" and canonical in seen and " " not in key:
        flag = "coreference"  # a surname alias after the full name
    if (
        found
        and found[-1].canonical == canonical
        and _BRACKET_OPEN.fullmatch(folded, found[-1].end, start)
        and folded[end : end + 1] == ")"
    ):
        return None
    return canonical, kind, country, flag


def _short_actor(key: str, span: tuple[int, int], reading: _Reading) -> _Actor | None:
    """The one person named earlier whom the short name ``key`` fits, or None (no one or
    several fit, it is part of a longer name, or it is a place: "in Hue" is the city)."""
    folded, _found, seen, gaz = reading
    fits = [p for p in gaz.shorts[key] if p in seen]
    if len(fits) != 1 or _inside_name(folded, *span, gaz) or _is_place(folded, *span, gaz):
        return None
    return fits[0], "person", gaz.people[fits[0]][0], "coreference"


def _actor_at(key: str, span: tuple[int, int], reading: _Reading) -> _Actor | None:
    """What the matched ``key`` at ``span`` names: a gazetteer entry, a short name or a
    role of a person named earlier; None when it names no actor here (or is a
    ``not_actors`` phrase)."""
    gaz = reading.gaz
    if key in gaz.index:
        return _listed_actor(key, span, reading)
    if key in gaz.shorts:
        return _short_actor(key, span, reading)
    if key in gaz.roles:
        person = _resolve_role(key, span, reading)
        return None if person is None else (person, "person", gaz.people[person][0], "coreference")
    return None


def _scan(folded: str, gaz: Gazetteer, seen: dict[str, None], text: str) -> list[Mention]:
    """Mentions in a folded text, with offsets in the folded text; ``match`` is sliced
    from ``text`` (the original, when folding kept every offset, else ``folded``)."""
    reading = _Reading(folded, [], seen, gaz)
    for m in matches_at(gaz.pattern, folded, gaz.anchors.candidates(folded)[0]):
        key = m.group(0)
        if key not in gaz.index:
            key = " ".join(key.split())  # a line break or double space inside the name
        start, end = m.span()
        actor = _actor_at(key, (start, end), reading)
        if actor is None:
            continue
        canonical, kind, country, flag = actor
        reading.found.append(
            Mention(start, end, text[start:end], canonical, kind, country, flag, key)
        )
        if kind == "person":
            seen[canonical] = None
    return reading.found


def headline_case(folded: str) -> str:
    """An all-capitals text in the case names are written in, same length:
    ``"VIETNAM AND THE LAO PEOPLE'S PARTY"`` -> ``"Vietnam and the Lao People's Party"``."""
    return _CAPS_WORD.sub(
        lambda m: w.lower() if (w := m.group(0)).lower() in _SMALL_WORDS else w.capitalize(),
        folded,
    )


def find_actor_mentions(
    text: str, gazetteer: Gazetteer, seen: dict[str, None] | None = None
) -> list[Mention]:
    """Mentions in one text, left to right, never overlapping.

    ``seen`` holds the people (canonical names, in order) named earlier in the same
    article; second mentions are resolved against it, and it is updated with the
    people named in ``text`` (pass the same dict for each sentence of an article; a new
    one is used when ``None``). A text all in capitals (a headline) is read in
    ``headline_case`` and then as it is, for the acronyms around the names.
    """
    seen = {} if seen is None else seen
    folded, offsets = fold_with_offsets(text)
    same = text if offsets is None else folded
    if folded.isupper():  # names in headline case first, then acronyms around them
        found = _scan(headline_case(folded), gazetteer, seen, same)
        found += [
            m
            for m in _scan(folded, gazetteer, seen, same)
            if not any(m.start < f.end and f.start < m.end for f in found)
        ]
        found.sort()
    else:
        found = _scan(folded, gazetteer, seen, same)
    if offsets is None:
        return found
    spans = [(offsets[m.start], offsets[m.end]) for m in found]
    return [
        m._replace(start=s, end=e, match=text[s:e]) for m, (s, e) in zip(found, spans, strict=True)
    ]
