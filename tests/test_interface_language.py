"""Tests of ``analysis.ingest.interface_language``: a header line in another Latin-script
language over English running text (a host's page counter, a back link, a promo) is the
site's interface, never the headline (the title feature ``other_language``, fix33a)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from analysis.ingest.interface_language import english_text, foreign_interface_line, other_language
from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import Paragraph

_LEDE = (
    "Ferry operators on the northern lakes will add two evening crossings from June, the "
    "transport board said on Monday, after a year in which the last boat was often full."
)
_BODY = (
    "The board said the new crossings would be run with the same boats and that fares would "
    "stay at their present level until the end of the year."
)
_TEXT = [_LEDE, _BODY]
_TITLE = "Lake ferries add two evening crossings"


def _page(*top: str, title: str = _TITLE) -> str:
    return "\n\n".join([*top, title, "Mai Tran", _LEDE, _BODY]) + "\n"


@pytest.mark.parametrize(
    "chrome",
    [
        "Sie sind auf Seite 1von 14",  # a document host's page counter in German
        "Powrót na stronę Portalu",  # a Polish back link
        "Gå ubegrenset med Lesestoff GOLD",  # a Norwegian promo
        "Vous êtes sur la page 1 sur 14",  # a French page counter
    ],
)
def test_interface_text_in_another_language_is_no_headline(chrome: str) -> None:
    assert foreign_interface_line(chrome, _TEXT)
    article = read_article(_page(chrome))
    assert article.title == _TITLE


@pytest.mark.parametrize(
    "line",
    [
        "Ursula von der Leyen meets the lake ferry operators",  # a name's particles
        "Le Van Hoa and Do Thi Lan open the ferry museum",  # unaccented Vietnamese names
        "Jürgen Müller visits Hanoi",  # names with foreign letters
        "Hanoi, May 5 (VNA) -",  # an agency's dateline
        "By Nguyen Van An",  # a byline
        "Updated: 12/05/2024 08:30",  # an updated line
        "Nguyen et al. compare ferry fares",  # a citation's "et al."
        "Museo del Prado lends paintings to Hanoi",  # a name's particle in Spanish
        "Lake ferries add two evening crossings",  # the English headline
    ],
)
def test_english_header_lines_are_not_another_language(line: str) -> None:
    assert not foreign_interface_line(line, _TEXT)


def test_a_page_in_that_language_keeps_its_headline() -> None:
    german = [
        "Die Fähren auf den nördlichen Seen fahren ab Juni zweimal mehr am Abend, sagte die "
        "Verkehrsbehörde am Montag, nachdem das letzte Boot oft voll war und viele warten mussten."
    ]
    assert not english_text(german)
    assert not foreign_interface_line("Die Fähren fahren auf den Seen öfter", german)


def test_short_running_text_tells_no_language() -> None:
    assert not english_text(["The ferry is full."])
    assert not foreign_interface_line("Sie sind auf Seite 1von 14", ["The ferry is full."])


@dataclass(frozen=True)
class _Line:
    paras: list[Paragraph]
    index: int
    first_prose: int


def _at(texts: tuple[str, ...], index: int) -> _Line:
    paras = [Paragraph(raw=t, text=t, line=i + 1, block=i) for i, t in enumerate(texts)]
    return _Line(paras, index, len(paras))


def test_the_feature_keeps_the_vietnamese_reading() -> None:
    # the diacritic reading of ingest/diacritic_lines.py still gives other_language
    lines = ("Màu đỏ Màu xanh nước biển Màu vàng", _TITLE)
    assert other_language(_at(lines, 0), _TEXT)
    assert not other_language(_at(lines, 1), _TEXT)


def test_a_promos_short_line_counts_beside_its_block() -> None:
    # one foreign letter and no English word: in the language of the promo's block above
    promo = (
        "Få ubegrenset tilgang til over 900 blader og aviser for bare",
        "$74.99/År",
        "Prøve GULL - Gratis",
    )
    assert other_language(_at((*promo, _TITLE), 2), _TEXT)
    assert not other_language(_at((*promo, _TITLE), 3), _TEXT)  # the English headline under it
    # alone, the short line is no other language (a name: "Erdoğan visits Hanoi")
    assert not other_language(_at(("Prøve GULL - Gratis", _TITLE), 0), _TEXT)
    assert not other_language(_at(("Erdoğan visits Hanoi", _TITLE), 0), _TEXT)


def test_a_header_all_in_another_language_keeps_its_headline() -> None:
    # a ministry's German page over an English speech: no English header line, so the
    # German welcome line and the German headline are both left to the other features
    header = (
        "Willkommen auf den Seiten des Ministeriums für Verkehr",
        "Rede der Staatsministerin zur Eröffnung der Bibliothekswoche in Hanoi",
        "22.09.2021 - Rede",
    )
    assert not other_language(_at(header, 0), _TEXT)
    assert not other_language(_at(header, 1), _TEXT)
    assert other_language(_at((*header, _TITLE), 0), _TEXT)  # an English headline below
    # an English line next to the block stays English
    assert not foreign_interface_line(_TITLE, _TEXT, ["Sie sind auf Seite 1von 14"])
