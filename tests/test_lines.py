"""Tests of ``analysis.ingest.layout.lines``: a page split into line paragraphs that
keep every character, pieces glued in the header split apart, page furniture labelled
(chrome, credits, outlet markers, captions, datelines) and the spans of prose."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.furniture_labels import label_furniture
from analysis.ingest.layout.lines import (
    beside_dateline,
    dateline_date,
    is_prose,
    near_edge,
    prose_span,
    raw_offset,
    split_lines,
    split_paragraph,
    text_span,
)
from analysis.ingest.page_rules import load_rules, scoring_of

RULES = load_rules()
SCORING = scoring_of(RULES)
LEDE = (
    "A delegation of the Party arrived in Vientiane on Monday for talks with the Lao side, "
    "and both sides reviewed cooperation over the past year."
)
PAGE = f"""Party delegation visits Laos

Tuesday, February 6, 2024 08:41

(Photo: VNA)

Vietnam News Agency

Source: VNA

{LEDE}

Copyright 2024 Example News. All rights reserved.
"""


def test_split_lines_numbers_lines_and_blocks_and_keeps_raw() -> None:
    text = "\n\nTitle\nSubtitle\n\n\nBody line.\r\n"
    paras = split_lines(text)
    assert [(p.text, p.line, p.block) for p in paras] == [
        ("Title", 3, 0),
        ("Subtitle", 4, 0),
        ("Body line.", 7, 1),
    ]
    assert paras[0].raw == "\n\nTitle\n"  # blank lines before the first line kept in it
    assert "".join(p.raw for p in paras) == text
    assert split_lines("") == []


def test_label_furniture() -> None:
    paras = split_lines(PAGE)
    label_furniture(paras, RULES)
    assert [(p.kind, p.role) for p in paras] == [
        ("", ""),
        ("dateline", ""),
        ("caption", ""),
        ("credit", "marker"),
        ("credit", ""),
        ("", ""),
        ("boilerplate", ""),
    ]
    assert prose_span(paras) == (5, 5)
    assert text_span(paras) == (-1, -1)  # nothing labelled text yet
    assert beside_dateline(paras, 0) and beside_dateline(paras, 2)
    assert not beside_dateline(paras, 5)


@pytest.mark.parametrize(
    "line",
    [
        # held-out 51: a credit after the copyright sign, a picture label with an agency's
        # chain of credits opening a caption, an agency's photo credit alone
        "Arrival in the capital: a guard of honour © KEYSTONE/AP Pool/MARK HENDRY",
        "A container terminal near Haiphong © Linh Ngo/Reuters",
        "BILD: SN/APA/BMEIA/PETRA LANGER Handshake in front of the government guest house",
        "- ANTARA FOTO/Rizal Hakim",
        # held-out 52: a courtesy credit, and a copyright credit after the caption's stop
        "Daniel Whitcombe, chief economist at Lotus Capital. Photo courtesy of the company.",
        "Delivery riders wait for orders outside a shopping centre in Hanoi. © Reuters",
        # held-out 53: the photographer's name, a slash and the word alone on its line
        "Lin Hao/Picture",
    ],
)
def test_photo_credits_in_other_forms_make_a_caption(line: str) -> None:
    paras = split_lines(f"{LEDE}\n\n{line}\n\n{LEDE}\n")
    label_furniture(paras, RULES)
    assert paras[1].kind == "caption"


def test_a_paragraph_naming_a_copyright_or_a_photo_is_no_caption() -> None:
    """Negative: running text about copyright or a photo agency stays unlabelled."""
    for text in (
        f"{LEDE} The rights stay with the agency ©, the minister said.",
        "Photo agencies such as AP and AFP sent crews to cover the visit in Hanoi on Monday.",
        "The talks went well, and the photo courtesy call lasted an hour longer than planned.",
    ):
        paras = split_lines(f"{LEDE}\n\n{text}\n")
        label_furniture(paras, RULES)
        assert paras[1].kind == "", text


@pytest.mark.parametrize(
    "line",
    [
        "Ferry keepers meet students at a college in Halifax, on Feb. 12.Anna Berg/The Canadian Press",
        "Keepers on the pier in Hue on Monday.Tom Hale/The Globe and Mail",
        "Five keepers stand on the pier in Vientiane, on Thursday.Credit...Anna Berg/The River Times",
        "Keepers wave from the ferry.Credit...Anna Berg for The River Times",
    ],
)
def test_a_credit_glued_to_a_captions_full_stop_makes_a_caption(line: str) -> None:
    """Held-out 104 (fix104c): a photographer's credit glued to the caption's full stop with
    no space, the paper or agency after "/The", or opened by "Credit...", closes a caption."""
    paras = split_lines(f"{LEDE}\n\n{line}\n\n{LEDE}\n")
    label_furniture(paras, RULES)
    assert paras[1].kind == "caption"


def test_a_sentence_with_a_slash_and_the_is_no_glued_credit() -> None:
    """Negative (fix104c): text with a slash before "The" but no credit after a full stop
    glued to a name, or "credit" in running text, stays unlabelled."""
    credit_end = RULES.photo_credit_end
    for text in (
        "The keepers read the report on the river/The Delta Times site on Monday.",
        "Hanoi, May 5 (VNA) - The ferry board gave credit to the keepers/The board said.",
        "The keepers asked for credit... The bank said no to the Ferry Board/The Delta",
        "By Anna Berg/The River Times",
    ):
        assert not credit_end.search(text), text


def test_split_paragraph_and_raw_offset() -> None:
    paras = split_lines("  Head tail\n\n")
    at = raw_offset(paras[0], 5)
    assert paras[0].raw[at:].startswith("tail")
    split_paragraph(paras, 0, at, ("dateline", "caption"))
    assert [(p.text, p.kind, p.raw) for p in paras] == [
        ("Head", "dateline", "  Head "),
        ("tail", "caption", "tail\n\n"),
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tuesday, February 6, 2024 08:41", "2024-02-06"),
        ("Updated: 13/12/2021", "2021-12-13"),
        ("Singapore | 4 May 2021", "2021-05-04"),
        ("08:38:29Updated: 13/12/2021", "2021-12-13"),
        # a newsletter's name before the bar, a section's name before the label, a
        # broadcaster's label under its script (held-out 54)
        ("Customs Update | March 14, 2019", "2019-03-14"),
        ("Advocacy Updated on March 9, 2023", "2023-03-09"),
        ("Broadcast on 16/08/2015", "2015-08-16"),
    ],
)
def test_dateline_date(text: str, day: str) -> None:
    assert str(dateline_date(text, RULES).date_start.date()) == day


@pytest.mark.parametrize(
    "text",
    [
        "Talks on 13/12/2021 went well",
        "",
        "Hanoi",
        "13/12/2021 " * 8,
        # a writer's name before the bar stays a byline; two words before a label too
        "Thu Hang | March 14, 2019",
        "Advocacy Report Updated on March 9, 2023",
        # a newsletter's name with its date is its headline, not a labelled date
        "Customs Update: March 14, 2019",
    ],
)
def test_not_a_dateline(text: str) -> None:
    assert dateline_date(text, RULES) is None


def test_is_prose_and_near_edge() -> None:
    assert is_prose(LEDE)
    assert not is_prose("Party delegation visits Laos")
    assert is_prose("One two three four five six seven eight nine ten eleven twelve.")
    assert not is_prose("One two three four five six seven eight nine ten eleven twelve")
    assert near_edge(0, 1000) and near_edge(999, 1000) and not near_edge(500, 1000)
    assert near_edge(5, 10, edge=1) is False


def test_a_line_over_a_source_credit_is_beside_a_dateline() -> None:
    paras = split_lines(f"Talks held\n\nLi Wen\n\nSource: VNS\n\n{LEDE}\n")
    label_furniture(paras, RULES)
    assert paras[2].kind == "credit"
    assert beside_dateline(paras, 1)  # the name over "Source: VNS"
    # the lede under the credit, and a line with plain text under it, are not
    assert not beside_dateline(paras, 3)
    plain = split_lines(f"Talks held\n\nLi Wen\n\n{LEDE}\n")
    label_furniture(plain, RULES)
    assert not beside_dateline(plain, 1)


def test_a_country_label_and_a_caption_doubled_around_its_credit_are_no_headline() -> None:
    """A ministry's page filed under its country's name, in Japanese ("ベトナム社会主義共和国"),
    over a date and pictures whose alt text and caption stand on one line around their
    credit: no line is the headline; the text is kept."""
    from analysis.ingest.layout import read_article

    page = (
        "ベトナム社会主義共和国\n\n令和2年10月19日\n"
        "首脳会談の様子 (写真提供:内閣広報室) 首脳会談の様子\n"
        "(写真提供:内閣広報室)\n\n"
        "19日午後、ベトナムを訪問中の総理大臣は、書記長と約30分間会談を行ったところ、概要は以下のとおりです。\n\n"
        "  1.  冒頭、書記長から祝意が述べられ、総理は会談の機会に謝意を述べました。\n"
    )
    article = read_article(page)
    kinds = [(p.line, p.kind) for p in article.paragraphs][:5]
    assert kinds == [
        (1, "boilerplate"),
        (3, "dateline"),
        (4, "caption"),
        (5, "caption"),
        (7, "lede"),
    ]
    assert article.title == "" and "no_headline" in article.metadata_flags
    english = read_article(
        page.replace("ベトナム社会主義共和国", "Вьетнам").replace("写真提供", "Photo")
    )
    assert [p.kind for p in english.paragraphs][:4] == [
        "boilerplate",
        "dateline",
        "caption",
        "caption",
    ]


def test_a_caption_label_makes_the_line_under_it_a_caption() -> None:
    """held-out 52 (a provincial paper's English page): "Chú thích ảnh" (photo caption)
    alone over the lead picture's caption; a two-sentence paragraph under it stays text."""
    caption = "Trainees and their families at the send-off ceremony in Hai Duong city"
    paras = split_lines(f"{LEDE}\n\nChú thích ảnh\n{caption}\n\n{LEDE}\n")
    label_furniture(paras, RULES)
    assert [p.kind for p in paras] == ["", "boilerplate", "caption", ""]
    paras = split_lines(f"{LEDE}\n\nPhoto caption:\n{LEDE} {LEDE}\n")
    label_furniture(paras, RULES)
    assert [p.kind for p in paras] == ["", "boilerplate", ""]


def test_a_vietnamese_source_line_is_a_credit_not_a_byline() -> None:
    """'Theo VnExpress' (according to VnExpress) alone under the text credits the source
    (it was read as a byline, the author 'Theo VnExpress'); a sentence opening with 'Theo'
    stays text and 'Theo dõi chúng tôi' (follow us) names no source."""
    from analysis.ingest.layout import read_article

    body = (
        "Tàu khảo sát trở lại vùng biển phía Nam\n\n"
        "Chiều ngày 12/6/2023, người phát ngôn Bộ Ngoại giao cho biết một tàu khảo sát nước "
        "ngoài cùng mấy tàu hộ tống đã đi sâu vào vùng đặc quyền kinh tế phía Nam.\n\n"
        "Các nguồn tin cho thấy đội tàu đã thay đổi hành trình nhiều lần, có lúc chỉ cách bờ "
        "biển hơn trăm hải lý.\n\n"
    )
    article = read_article(body + "Theo TTXVN\n")
    assert (article.author, article.outlet, article.outlet_kind) == (
        "",
        "Vietnam News Agency",
        "credit",
    )
    assert article.paragraphs[-1].kind == "credit"
    sentence = read_article(body + "Theo Bộ Y tế, số ca mắc giảm.\n")
    assert sentence.paragraphs[-1].kind == "body"
    assert read_article(body + "Theo dõi chúng tôi\n").paragraphs[-1].kind != "credit"


def test_a_name_with_its_initials_over_the_text_is_a_label_not_the_headline() -> None:
    """An AMP page pasted from its photo's label (held-out 55): "Association of Southeast
    Asian Nations (ASEAN)" over the text is no headline; the same name in a body heading
    under the first paragraph stays text."""
    from analysis.ingest.layout import read_article

    label = "Association of Southeast Asian Nations (ASEAN)"
    lede = (
        "ASEAN foreign ministers on Friday gave Timor-Leste a list of steps it must take "
        "before it can become the bloc's eleventh full member, with Vietnam offering help."
    )
    article = read_article(f"{label}\n\n{lede}\n\n{label}\n\n{lede.replace('Friday', 'Monday')}\n")
    assert [p.kind for p in article.paragraphs] == ["boilerplate", "lede", "heading", "body"]
    assert article.title == ""
    # negative: a headline tagged in capitals is still the headline
    tagged = read_article(f"Vietnam and Laos sign new border trade pact (VIDEO)\n\n{lede}\n")
    assert tagged.title == "Vietnam and Laos sign new border trade pact (VIDEO)"


def test_a_date_line_filed_from_a_place_in_capitals_is_a_date_line():
    """An Indian daily's updated date closes with the city it was filed from (held-out 72)."""
    rules = load_rules()
    found = dateline_date("| Updated March 12, 2024 07:45 am IST - NEW DELHI", rules)
    assert found is not None and found.text == "March 12, 2024"
    assert dateline_date("Jun 12, 2024 4:52 PM PHT", rules) is not None
    assert dateline_date("March 12, 2024 - New Delhi talks open", rules) is None
