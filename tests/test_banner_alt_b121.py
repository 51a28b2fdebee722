"""A banner image's alt text left on its own line is page chrome (held-out 121): "Banner
trang chủ" (a Vietnamese site's home-page banner) over the site's clock was read as the
headline, as "printable banner" could be on a government site's old pages."""

import pytest

from analysis.ingest.layout import read_article
from tests.page_reading import line_kinds

PAGE = """Banner trang chủ
Thứ Tư, ngày 10/08/2022

Lender backs river gauges for delta provinces


Automatic river gauges and warning sirens will go up along the main canals of three delta provinces under two agreements signed this week, officials said.
"""


@pytest.mark.parametrize("banner", ["Banner trang chủ", "printable banner", "Top banner"])
def test_a_banners_alt_text_is_chrome_not_the_headline(banner: str) -> None:
    article = read_article(PAGE.replace("Banner trang chủ", banner))
    kinds = line_kinds(article)
    assert kinds[banner] == "boilerplate"
    assert article.title == "Lender backs river gauges for delta provinces"


@pytest.mark.parametrize(
    "headline", ["Banner year for delta rice exports", "Banners go up across Hanoi for the summit"]
)
def test_a_headline_with_the_word_stays_the_headline(headline: str) -> None:
    text = f"{headline}\n\nRice exports from the delta provinces rose for a third year, officials said on Monday, helped by new buyers.\n"
    assert read_article(text).title == headline
