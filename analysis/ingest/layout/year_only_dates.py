"""A page the text dates to a year only, for the address's full day to refine (fix36e).

A journal article's page may print only its issue's year ("Regards géopolitiques 9(2)
(2023)") while its address holds the day the page went up ("/2023/06/30/"). The text's
year is then flagged ``year_only`` in the row's ``date_flags`` (``with_year_only``);
``date.url_date_outranks`` of ``data/header_scoring.yaml`` lists the flag, so the
address's full day replaces it (a month in the address never does:
``url_dates.url_date_outranks``).
"""

from __future__ import annotations

from analysis.ingest.layout.lines import Article

#: The date flag of a page whose only date is a year read from its text.
YEAR_ONLY_FLAG = "year_only"


def with_year_only(article: Article) -> list[str]:
    """The article's date flags, with ``year_only`` added when its date is a year read from
    its header and it has no footer date (the flags the documents row gets)."""
    found = article.header_date
    if found is not None and found.precision == "year" and article.footer_date is None:
        return [*article.flags, YEAR_ONLY_FLAG]
    return list(article.flags)
