"""Tests of ``analysis.ingest.layout.run_on_titles``: a one-line document's title printed
twice near its start is split off as the headline (held-out 91, distantreader)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.run_on_titles import (
    _STOP,
    _WORD,
    RUN_REACH_WORDS,
    RUN_TITLE_MAX_WORDS,
    RUN_TITLE_MIN_WORDS,
    _continued,
    _copies,
    _glued_tail,
    _run_length,
    _title_run,
    split_cut_title_copy,
    split_run_on_title,
)
from analysis.ingest.page_rules import load_rules
from tests.strategies import real_lines

_TITLE = "Ferry Timetables on the Upper Delta: Sharing crossing times and building trust"

#: A study carrel's plain text of a journal article, one line: the file's name with the
#: title (its colon glued), the journal's names, the title page (title, writer with an
#: affiliation number, affiliation, society), the abstract.
_RUN = (
    "JDS 4-2 - Ferry Timetables on the Upper Delta:Sharing crossing times and building trust "
    "JDS 4 (2) Aktuelle Deltaforschung / Current Research on River Deltas " + _TITLE + " "
    "Marta Lindqvist1 Graduate School of Area Studies, Sweden JDS - Journal of Delta Studies "
    "SDS - Society for Delta Studies - www.example.org This article argues that the ferry "
    "operators of the upper delta have shared their timetables since 2019. It reviews the "
    "crossings, the rules agreed and the uses each town made of the times. Keywords: ferries, "
    "timetables, trust\n"
)


def test_the_title_printed_twice_is_the_headline_and_its_writer_follows() -> None:
    article = read_article(_RUN)
    assert article.title == _TITLE
    assert article.author == "Marta Lindqvist"
    kinds = [p.kind for p in article.paragraphs]
    assert kinds[:2] == ["boilerplate", "title"]
    assert article.paragraphs[2].text.startswith("Marta Lindqvist1")


def test_a_run_said_once_or_a_sentence_said_twice_is_no_title() -> None:
    """Negative: the title printed once, a repeated run of five words, a repeated run
    holding a sentence's stop, a short paragraph."""
    once = _RUN.replace("JDS 4-2 - Ferry Timetables on the Upper Delta:Sharing", "JDS 4-2")
    assert read_article(once).title == ""
    words = "The ferry ran late today again and The ferry ran late today".split()
    assert _title_run(words) is None
    words = "Ferry crossings close. Towns wait for news here Ferry crossings close. Towns wait for news here".split()
    assert _title_run(words) is None
    paras = split_lines(_TITLE + " " + _TITLE + "\n")
    split_run_on_title(paras)
    assert len(paras) == 1


#: A document store's page of a policy paper's text: the store's cut title in lower case
#: closed by dots, the page count, then the cover in capitals run into one line.
_STORE = (
    "how laos's ferry data pact reshapes upper delta ......may 2019 how laos's...\n"
    "\n"
    "12\n"
    "MAY 2019 HOW LAOS'S FERRY DATA PACT RESHAPES UPPER DELTA RELATIONS MARTA LINDQVIST "
    "SOUTHEAST ASIA 1 EXECUTIVE SUMMARY This paper argues that the agreement to share ferry "
    "timetables changed how the delta towns plan their markets. It gives an overview of the "
    "crossings, the rules agreed in 2017 and the uses each town has made of them so far. The "
    "paper concludes with options for the ferry operators.\n"
)


def test_a_stores_cut_title_is_completed_from_the_cover_in_capitals() -> None:
    article = read_article(_STORE)
    assert article.title.casefold() == "how laos's ferry data pact reshapes upper delta relations"
    assert article.author == "Marta Lindqvist"
    assert article.paragraphs[0].kind == "boilerplate"


def test_the_cut_titles_continuation_stops_at_a_name_or_lower_case() -> None:
    """Negative: no cut title over the cover, no copy of it, and the continuation's
    ends (a name, a word not in capitals, a number)."""
    assert read_article(_STORE.replace("......", " and more ")).title == ""
    paras = split_lines(_STORE.replace("UPPER DELTA RELATIONS", "LOWER BASIN RELATIONS"))
    split_cut_title_copy(paras, load_rules())
    assert paras[0].kind == ""
    rules = load_rules()
    assert _continued("RELATIONS MARTA LINDQVIST ASIA".split(), rules) == (1, True)
    assert _continued("TRANSPORT This paper".split(), rules) == (1, False)
    assert _continued("TRANSPORT 1 EXECUTIVE".split(), rules) == (1, False)


@given(st.lists(st.sampled_from(["Ferry", "river", "Town", "the", "of"]), max_size=60))
def test_a_found_run_is_printed_twice(words: list[str]) -> None:
    found = _title_run(words)
    if found is not None:
        j, k = found
        keys = [w.casefold() for w in words]
        copy = keys[j : j + k]
        assert any(keys[i : i + k] == copy for i in range(j - k + 1))
        assert 6 <= k <= 30 and words[j][:1].isupper()


def test_a_sentence_repeated_three_times_or_more_is_no_title() -> None:
    """A run printed three times or more (a sentence said again and again, a menu) is no
    title: the one-line paragraph stays text, none of it furniture."""
    sentence = "The ferry operators said the new timetable would add two crossings a day."
    page = f"Ferry timetable changes\n\n{' '.join([sentence] * 8)}\n"
    kinds = [p.kind for p in read_article(page).paragraphs]
    assert "boilerplate" not in kinds
    assert _title_run((sentence + " ").split() * 3) is None
    assert _title_run(("Notes " + sentence.rstrip(".") + " Text ").split() * 2) is not None


def _title_run_slow(words: list[str]) -> tuple[int, int] | None:
    """``_title_run`` before perf31: every pair of word positions compared (perf31 compares
    only the positions of the same word, any other pair opening no run)."""
    keys = [w.casefold() for w in words]
    best: tuple[int, int] | None = None
    for i in range(len(keys)):
        for j in range(i + RUN_TITLE_MIN_WORDS, len(keys)):
            k = min(_run_length(keys, i, j), RUN_TITLE_MAX_WORDS)
            run = words[j : j + k]
            if k < RUN_TITLE_MIN_WORDS or (best and k <= best[1]) or not run[0][:1].isupper():
                continue
            if not any(_STOP.search(w) for w in run[:-1]) and _copies(keys, j, k) == 2:
                best = (j, k)
    return best


_WORDS = st.sampled_from(["Ferry", "ferry", "river", "Town", "the", "of", "Delta:", "stop."])


@given(st.lists(_WORDS, max_size=80), st.lists(_WORDS, min_size=6, max_size=12), st.data())
def test_the_word_index_finds_the_run_every_pair_finds(
    words: list[str], title: list[str], data: st.DataObject
) -> None:
    """The fast search agrees with the comparison of every pair, on word lists with a title
    inserted twice (or three times) among repeated words."""
    for _ in range(data.draw(st.integers(0, 3))):
        at = data.draw(st.integers(0, len(words)))
        words[at:at] = title
    assert _title_run(words) == _title_run_slow(words)


def test_the_word_index_agrees_on_the_zoos_lines() -> None:
    """The fast search agrees with the comparison of every pair on the first words of every
    line of the zoo and the samples, and of each line said twice."""
    for line in real_lines():
        words = [m.group() for m in _WORD.finditer(line)][:RUN_REACH_WORDS]
        assert _title_run(words) == _title_run_slow(words)
        doubled = words[: RUN_REACH_WORDS // 2] * 2
        assert _title_run(doubled) == _title_run_slow(doubled)


# (held-out 101) Our own page in the layout of a repost site's one-line copy of a paper's
# story: the stored day, the section, the headline, the source and its date and time, the
# headline again glued to the source's name, the caption and the text, cut off at the end.
_REPOST = (
    " date 2021-06-02 Culture Lao and Vietnamese museums agree to lend old river maps The "
    "Saigon Times Wednesday, Jun 2, 2021,09:15 (GMT+7) Lao and Vietnamese museums agree to "
    "lend old river mapsThe Saigon Times Curators unroll a map of the Mekong at a museum in "
    "HCMC \u2013 PHOTO: VNA HCMC \u2013 Museums in Vientiane and Ho Chi Minh City will lend "
    "each other maps of the Mekong drawn before 1900 under a deal signed on June 1. The first "
    "maps will go on show in the autumn, the curators said. \u201cWe\u2026 Read full this story\n"
)


def test_a_repost_line_keeps_the_headline_glued_to_the_source_name() -> None:
    article = read_article(_REPOST)
    assert article.title == "Lao and Vietnamese museums agree to lend old river maps"
    assert article.header_date is not None and article.header_date.date_start.year == 2021


def test_a_glued_tail_needs_the_first_copys_next_word_and_a_capital() -> None:
    words = "A B river ferry crews meet again today B river ferry crews meet again todayThe".split()
    assert _glued_tail(words, 8, 6) == len("today")
    # negatives: the glued word goes on in lower case, or is another word
    assert _glued_tail([*words[:-1], "todayish"], 8, 6) == 0
    assert _glued_tail([*words[:-1], "TomorrowThe"], 8, 6) == 0
    assert _glued_tail(words[:-1], 8, 6) == 0  # nothing after the second copy


def test_an_updated_brief_run_still_splits_its_title() -> None:
    # negative: a one-run brief with no title printed twice is split as before (fix31d)
    run = (
        "Updated March 2, 2020 Ferry Services on the Upper Delta Since 2013, river towns "
        + "have run their own ferries and the province pays half of the cost of each boat. " * 6
    )
    article = read_article(run + "\n")
    assert article.title == "Ferry Services on the Upper Delta"
