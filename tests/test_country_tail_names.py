"""A site's name printed without the country's code its domain glues to it names the
site (``ingest/country_tail_names.py``; fix43b): a paper's sign-off on the last line,
"<Name> News" on <name>ngr.com; placeholder pages and names."""

from __future__ import annotations

import pytest

from analysis.ingest.country_tail_names import country_tail_name
from analysis.ingest.domain_sites import name_for_domain
from tests.page_reading import STORY, STORY_HEADLINE, read_page

PAGE = f"""Foreign

October 5, 2019

{STORY_HEADLINE}

{STORY}
Source: NAN

{{sign_off}}
"""


def test_a_sign_off_without_the_country_code_names_the_site() -> None:
    row = read_page(
        PAGE.format(sign_off="Harbinger News"), "https://www.harbingerngr.com/2019/10/a/"
    )
    assert row["outlet"] == "Harbinger News"
    assert row["credited"] == "NAN"


def test_a_sign_off_naming_another_site_leaves_the_address() -> None:
    row = read_page(PAGE.format(sign_off="Lantern News"), "https://www.harbingerngr.com/2019/10/a/")
    assert row["outlet"] == "harbingerngr.com"


@pytest.mark.parametrize(
    ("domain", "names", "name"),
    [
        ("harbingerngr.com", ["Harbinger News"], "Harbinger News"),
        ("plaintimesng.com", ["The Plain Times"], "The Plain Times"),
        ("coastpostph.com", ["Coast Post Online"], "Coast Post Online"),
        # another tail than a country's code, a lone word, a head under five letters
        ("harbingernet.com", ["Harbinger Airlines"], ""),
        ("harbingerngr.com", ["Harbinger"], ""),
        ("sunng.com", ["Sun News"], ""),
    ],
)
def test_the_name_and_its_near_cases(domain: str, names: list[str], name: str) -> None:
    assert country_tail_name(domain.split(".")[0], names) == name
    assert name_for_domain(domain, names) == name
