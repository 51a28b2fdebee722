"""A correspondent's "(Name, City, Country)" closing the text is the writer
(``closing_names._NAME_AND_PLACE``; fix31b, held-out 96)."""

from analysis.ingest.layout import read_article
from analysis.ingest.layout.closing_names import wrapped_name
from analysis.ingest.page_rules import load_rules

TITLE = "VIETNAM: Harbour board hires a second dredger"
BODY = (
    "The harbour board has hired a second dredger to deepen the inner channel,\n"
    "which has silted up since the spring floods and now turns away the larger\n"
    "barges, the provincial transport department said.\n\n"
    "The dredger will start work in May and is due to finish before the rains,\n"
    "when the water in the channel drops by about a metre.\n"
)


def test_a_correspondents_name_and_place_in_brackets_is_the_writer() -> None:
    for credit, name in (
        ("(Farah Aziz Khan, Karachi, Pakistan)", "Farah Aziz Khan"),
        ("(Lan Pham, Vietnam)", "Lan Pham"),
    ):
        page = read_article(f"{TITLE}\n\n{BODY}\n{credit}\n\nWrite a comment on this article now\n")
        assert page.author == name, credit


def test_other_bracketed_closing_lines_name_no_writer() -> None:
    rules = load_rules()
    for line in (
        "(Photo: Lan Pham)",
        "(Lan Pham, VNA)",
        "(Reuters, Hanoi)",
        "(Hanoi, Vietnam)",
        "(Lan Pham, the port's new director)",
        "(Source: Vietnam News Agency, Hanoi)",
    ):
        assert wrapped_name(line, rules) == [], line
    bylined = read_article(f"{TITLE}\nBy Minh Tran\n{BODY}\n(Lan Pham, Hanoi, Vietnam)\n")
    assert bylined.author == "Minh Tran"
