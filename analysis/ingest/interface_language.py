"""A header line in another Latin-script language than the page's English running text:
the site's interface, not the headline (fix33a).

A reader's browser or a host's locale leaves the site's interface in its own language
above an English story: a document host's German page counter ("Sie sind auf Seite 1von
14"), a parliament's Polish back link ("Powrót na stronę <site>"), a news stand's
Norwegian promo ("Gå ubegrenset med <site> GOLD"). Such a line is no headline of the
English page, yet nothing in English marks it: it carries no Vietnamese marks
(``diacritic_lines``) and no other script (``title_shapes.foreign_script``).

Its words do. A line of ``_MIN_WORDS`` words or more counts as another language when it
holds ``_MIN_EVIDENCE`` or more pieces of evidence, more than its English function words
(``core.stop_words``): a function word of a European or regional language written in
lower case (``other_language_words`` in ``data/header_scoring.yaml``, words that are
English too left out), or a word written with a letter that neither English nor
Vietnamese uses (``other_language_letters``: "å", "ę", "ß"). Only words in lower case and
the line's first word count, so a name in an English headline ("Jürgen Müller visits
Hanoi", "Le Van Hoa") gives none, nor do a name's particles ("von der Leyen"). The
running text must read as English: its English function words make
``_ENGLISH_TEXT_SHARE`` or more of its words (a German or Turkish page keeps its own
headline), and another header line must read as English (a German ministry's page, its
headline in German over an English speech, keeps that headline). The title feature
``other_language`` weighs it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Protocol

from analysis.core.data_files import load_data_file
from analysis.core.stop_words import english_stop_words
from analysis.core.text import normalize_text
from analysis.ingest.diacritic_lines import other_language_line
from analysis.ingest.layout.lines import HEADER_REACH
from analysis.ingest.metadata import Para

#: The fewest words of a line read for its language.
_MIN_WORDS = 3
#: The fewest pieces of evidence (foreign function words, foreign letters) of such a line.
_MIN_EVIDENCE = 2
#: The least share of English function words among the words of English running text.
_ENGLISH_TEXT_SHARE = 0.2
#: The fewest words of running text read for its language.
_MIN_TEXT_WORDS = 20

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def _foreign_words() -> frozenset[str]:
    """``other_language_words`` of ``data/header_scoring.yaml``, less any English one."""
    words = load_data_file("header_scoring.yaml").get("other_language_words") or []
    listed = {w.casefold() for entry in words for w in entry.replace(",", " ").split()}
    return frozenset(listed - english_stop_words())


@cache
def _foreign_letters() -> frozenset[str]:
    """``other_language_letters`` of ``data/header_scoring.yaml`` (lower case)."""
    letters = load_data_file("header_scoring.yaml").get("other_language_letters") or []
    return frozenset("".join(letters).lower().replace(" ", ""))  # lower: "ß" stays one letter


def _evidence(words: list[str], particles: bool = True) -> int:
    """How many of ``words`` (those in lower case, and the first) are a foreign function
    word or hold a letter English and Vietnamese lack. Function words in lower case
    between two capitalised words are a name's particles ("Ursula von der Leyen",
    "Museo del Prado") and count for nothing, unless ``particles`` is False (German
    capitalises its nouns: "Rede der Staatsministerin zur Eröffnung")."""
    listed = [w.casefold() in _foreign_words() for w in words]
    count = 0
    for i, word in enumerate(words):
        if not (i == 0 or word.islower()):
            continue
        if any(ch in _foreign_letters() for ch in word.lower()) or (
            listed[i] and not (i and particles and _particle(words, listed, i))
        ):
            count += 1
    return count


def _particle(words: list[str], listed: list[bool], i: int) -> bool:
    """Whether the listed word ``i`` stands in a run of listed lower-case words with a
    capitalised word right before and right after the run, the one before no listed word
    itself (German capitalises its nouns and its polite "Sie": "Sie sind auf Seite")."""
    start, end = i, i
    while start > 0 and listed[start - 1] and words[start - 1].islower():
        start -= 1
    while end + 1 < len(words) and listed[end + 1] and words[end + 1].islower():
        end += 1
    before = words[start - 1] if start > 0 else ""
    after = words[end + 1] if end + 1 < len(words) else ""
    named = before[:1].isupper() and not listed[start - 1]
    return named and after[:1].isupper()


def english_text(running_text: Iterable[str]) -> bool:
    """Whether ``running_text`` reads as English: ``_MIN_TEXT_WORDS`` words or more, of
    which English function words make ``_ENGLISH_TEXT_SHARE`` or more.

    >>> english_text(["The two ministers agreed to open a new ferry line between the ports"
    ...               " of the delta before the end of the year."])
    True
    >>> english_text(["Die beiden Minister vereinbarten, noch vor Jahresende eine neue"
    ...               " Fährlinie zwischen den Häfen des Deltas zu eröffnen, sagte er."])
    False
    """
    words = [w.casefold() for text in running_text for w in _WORD.findall(text)]
    if len(words) < _MIN_TEXT_WORDS:
        return False
    stops = english_stop_words()
    return sum(w in stops for w in words) / len(words) >= _ENGLISH_TEXT_SHARE


def _foreign_line(line: str, least: int) -> bool:
    """``line`` has ``_MIN_WORDS`` words or more and ``least`` pieces of evidence or more,
    more than its English function words."""
    words = _WORD.findall(line)
    if len(words) < _MIN_WORDS:
        return False
    evidence = _evidence(words)
    english = sum(w.casefold() in english_stop_words() for w in words)
    return evidence >= least and evidence > english


def foreign_interface_line(
    line: str, running_text: Iterable[str], neighbours: Iterable[str] = ()
) -> bool:
    """Whether ``line`` is in another Latin-script language than English running text
    (see the module's docstring). A line with one piece of evidence and no English
    function word counts too when one of ``neighbours`` (the lines around it) counts on its
    own: a promo's block ("Få ubegrenset tilgang til ..." / "$74.99/År" / "Prøve GULL -
    Gratis").

    >>> text = ["The two ministers agreed to open a new ferry line between the ports of"
    ...         " the delta before the end of the year, the ministry said on Monday."]
    >>> foreign_interface_line("Sie sind auf Seite 1von 14", text)
    True
    >>> foreign_interface_line("Jürgen Müller visits Hanoi", text)
    False
    >>> foreign_interface_line("Ursula von der Leyen visits Hanoi", text)
    False
    >>> foreign_interface_line("Prøve GULL - Gratis", text, ["Gå ubegrenset med X GOLD"])
    True
    """
    if not _foreign_line(line, 1):
        return False
    alone = _foreign_line(line, _MIN_EVIDENCE)
    if not alone and not any(_foreign_line(n, _MIN_EVIDENCE) for n in neighbours):
        return False
    return english_text(running_text)


#: How many lines above and below a line ``other_language`` reads as its neighbours.
NEIGHBOUR_REACH = 3


class HeaderLine(Protocol):
    """A header line as the title features read it (``title_scoring._Line``)."""

    paras: Sequence[Para]
    index: int
    first_prose: int


def other_language(line: HeaderLine, running_text: Iterable[str]) -> bool:
    """The title feature ``other_language`` of a header line: Vietnamese over running text
    in another language (``diacritic_lines``), or another language over English running
    text (``foreign_interface_line``, the lines within ``NEIGHBOUR_REACH`` around it its
    neighbours) when another header line reads as English (``_english_header``): the
    interface stands where an English headline does. A page whose header is all in that
    language (a ministry's German page over an English speech) keeps its headline."""
    paras, index = line.paras, line.index
    text, texts = normalize_text(paras[index].text), list(running_text)
    if other_language_line(text, texts):
        return True
    around = [
        *paras[max(0, index - NEIGHBOUR_REACH) : index],
        *paras[index + 1 :][:NEIGHBOUR_REACH],
    ]
    return foreign_interface_line(text, texts, [p.text for p in around]) and _english_header(
        paras, index, line.first_prose
    )


def _english_header(paras: Sequence[Para], index: int, first_prose: int) -> bool:
    """Whether an unlabelled header line other than ``index`` (above ``first_prose``,
    ``HEADER_REACH`` * 2 lines at most) reads as English: ``_MIN_WORDS`` words or more, an
    English function word among them and no evidence of another language, a name's
    particles counted."""
    for j in range(min(first_prose, len(paras), HEADER_REACH * 2)):
        if j == index or paras[j].kind:
            continue
        words = _WORD.findall(paras[j].text)
        english = any(w.casefold() in english_stop_words() for w in words)
        if len(words) >= _MIN_WORDS and english and not _evidence(words, particles=False):
            return True
    return False
