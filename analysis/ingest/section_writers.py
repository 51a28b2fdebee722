"""A byline that spells the address's section: the paper's desk, not a writer.

A paper's sponsored desk credits itself where a writer's byline stands, in the paper's
"Name (The Paper)" form: "Front Row (The Jakarta Post)" (held-out 90), and the page's
address files it under the same words (``/front-row/2022/10/11/<slug>.html``). The byline
reader takes "Front Row" for a person. The zoo's rule (``tests/data/layouts/README.md``):
a desk's collective credit is no writer. A writer's name whose letters equal the address's
first folder (after a language code: ``/en/``), four letters or more, names the section
the page sits in; it is dropped from the writers. A writer's own folder under an authors'
listing (``/columnists/<name>/...``) is not the first folder, so it is never dropped.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from analysis.core.text import alnum_key
from analysis.ingest.url_sites import unwrap_url

#: The fewest letters a section's name needs to be compared with the folder.
MIN_LETTERS = 4


def section_folder(url: str) -> str:
    """The letters of ``url``'s first folder (after a two-letter language code), or "".

    >>> section_folder("https://www.thejakartapost.com/front-row/2022/10/11/a-story.html")
    'frontrow'
    >>> section_folder("https://example.org/en/opinion/a-story"), section_folder("https://e.org/a")
    ('opinion', '')
    """
    parts = [part for part in urlsplit(unwrap_url(url).strip()).path.split("/") if part][:-1]
    if parts and len(parts[0]) == 2 and parts[0].isalpha():
        parts = parts[1:]
    return alnum_key(parts[0]) if parts else ""


def desk_fields(url: str, author: str) -> dict[str, str]:
    """The ``author`` and ``author_source`` fields without the names that spell ``url``'s
    section folder; {} when no name does."""
    folder = section_folder(url)
    names = [name.strip() for name in author.split(";") if name.strip()]
    desks = [n for n in names if len(alnum_key(n)) >= MIN_LETTERS and alnum_key(n) == folder]
    if not folder or not desks:
        return {}
    kept = "; ".join(n for n in names if n not in desks)
    return {"author": kept, "author_source": f"{desks[0]!r} is the address's section: a desk"}
