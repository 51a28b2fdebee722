"""Tests of ``analysis.ingest.layout.closing_names``: a writer's name on the line right
under the text, between dashes, before a bracketed source credit or before a reporter's
post (held-out 74's fixtures and placeholder pages)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.closing_names import wrapped_name
from analysis.ingest.page_rules import load_rules

RULES = load_rules()
LAYOUTS = Path(__file__).resolve().parent / "data" / "layouts"

TITLE = "Harbour town opens a night school for boat mechanics"
BODY = (
    "A harbour town in the south opened a night school on Monday where boat owners can "
    "learn to repair their own engines.\n\n"
    "The first course has twenty places and runs for six weeks in the fishing port's old "
    "warehouse."
)


def author(closing: str, after: str = "Related news") -> str:
    return read_article(f"{TITLE}\n\n{BODY}\n\n{closing}\n\n{after}\n").author


def test_a_name_between_dashes_under_the_text_is_the_writer() -> None:
    assert author("- Lan Phuong -") == "Lan Phuong"


def test_a_name_before_a_bracketed_source_under_the_text_is_the_writer() -> None:
    assert author("Pham Van Duc (Source: example-paper.vn)") == "Pham Van Duc"
    assert author("Pham Van Duc (Nguồn: Example Paper)") == "Pham Van Duc"


def test_a_name_before_a_reporters_post_under_the_text_is_the_writer() -> None:
    assert author("Hai Yen, VOV correspondent in Cambodia") == "Hai Yen"
    assert author("Hai Yen, staff reporter") == "Hai Yen"


def test_a_photo_credit_or_a_quoted_persons_post_names_no_writer() -> None:
    """A caption's credit names a photographer, "director of X" a person the story quotes."""
    assert author("Pham Van Duc (Photo: VNA)") == ""
    assert author("Pham Van Duc, director of the harbour school") == ""


def test_wrapped_furniture_names_no_writer() -> None:
    assert author("- Related news -", after="Hot news") == ""
    assert wrapped_name("- Back to top -", RULES) == []
    assert wrapped_name("Hanoi, staff correspondent", RULES) == []


def test_a_wrapped_name_far_below_the_text_is_not_read() -> None:
    """Only the line right under the text's last paragraph: lower down a name between dashes
    is a footer's, not the writer's."""
    assert author("Related news", after="- Lan Phuong -") == ""


def test_the_three_fixtures_read_their_writers() -> None:
    manifest = {e["file"]: e for e in json.loads((LAYOUTS / "manifest.json").read_text())}
    expected = {
        "binhdinh_portal_": "Le Thi Hoa",
        "lawnet_en_policy_": "Minh Khoa",
        "vovworld_en_title_marker_": "Thu Trang",
    }
    for prefix, name in expected.items():
        file = next(f for f in manifest if f.startswith(prefix))
        article = read_article((LAYOUTS / file).read_text(encoding="utf-8"))
        assert article.author == name == manifest[file]["author"]
        assert article.author_source.startswith("writer named on the line under the text")


_WORD = st.sampled_from(["Lan", "Phuong", "Duc", "Minh", "Khoa", "Hoa", "Trang", "Bao", "Ngoc"])
_NAME = st.lists(_WORD, min_size=2, max_size=3).map(" ".join)


@given(_NAME)
def test_every_wrapping_reads_the_same_name_consistently(name: str) -> None:
    read = [
        wrapped_name(f"- {name} -", RULES),
        wrapped_name(f"{name} (Source: example.vn)", RULES),
        wrapped_name(f"{name}, VOV correspondent in Laos", RULES),
    ]
    assert read == [[name]] * 3


@given(_NAME, st.sampled_from(["said", "told reporters", "visited the school"]))
def test_a_sentence_naming_a_person_is_no_wrapping(name: str, rest: str) -> None:
    assert wrapped_name(f"{name} {rest}.", RULES) == []
    assert wrapped_name(f"- {name} {rest}. -", RULES) == []


CORRESPONDENTS_PAGE = (
    "Lao engineers praise a river gauge network built with Vietnamese help\n"
    "Kim Anh & Van Long – VOV correspondents in Laos -  \n"
    "(VOVworld) – Engineers in Savannakhet say the river gauges installed with Vietnamese "
    "help last year now warn villages of floods two days earlier than before.\n"
    "Deputy director Bounmy Keola |\n"
    "Mr. Bounmy said the next gauges would go up on two tributaries before the rains, and "
    "that young technicians from both countries would train together in Hue.\n"
    "Kim Anh & Van Long – VOV correspondents in Laos\n"
)


def test_two_correspondents_joined_by_an_ampersand_under_the_text_are_both_writers() -> None:
    """(held-out 115) A broadcaster's two correspondents abroad, their post after a dash."""
    article = read_article(CORRESPONDENTS_PAGE)
    assert article.author == "Kim Anh; Van Long"
    assert wrapped_name("Kim Anh – VOV correspondent in Laos", RULES) == ["Kim Anh"]


def test_joined_words_that_are_no_names_or_other_posts_name_no_writer() -> None:
    # negatives: places or a section joined by "&", posts that are not a reporter's
    assert wrapped_name("Ports & Ferries – VOV correspondents in Laos", RULES) == []
    assert wrapped_name("Hanoi and Vientiane – correspondents", RULES) == []
    assert wrapped_name("Le Van Hai and Tran Thi Mai, directors of the port", RULES) == []
    assert wrapped_name("Kim Anh & Van Long – heads of the gauge station", RULES) == []
