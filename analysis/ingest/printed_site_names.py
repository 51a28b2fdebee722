"""Names a page prints for its own site beside other words, where the furniture's name
runs (``outlet_refine``, ``masthead_names``) do not reach them.

A page whose text names no outlet, or only the source of its story, keeps in
``site_names`` the names its furniture carries; once ``metadata.csv`` gives the page's
address, ``domain_sites.site_of_domain`` takes the one that spells the unlisted domain and
leaves every other name unused. Two places print the site's name beside other words:

- a page title's last part after its one dash or bar, as a browser's title bar shows it
  ("<headline> – Metro US", "Vietnam - Global pulse News" over a tag page): the part
  is kept whole, lower-case words and all (a menu's row of several cells is no title);
- a masthead left glued to the lede's first word when the page was copied as text
  ("TheLEADERVietnam and Chile have agreed ..."): a capitalised word and a run of
  capitals, glued to a capitalised word;
- a breadcrumb's first crumb, the link to the site's home page ("MarketScreener Homepage >
  News > Economy & Forex > All News"), without its "Home" or "Homepage";
- a title bar's first part before double colons, as some content systems join the site,
  the section and the headline ("NET25::News::<headline>", held-out 143).

Only names that spell the site's domain are ever used, so a headline's last part or a
lede's glued acronym that names something else changes nothing.
"""

from __future__ import annotations

import re

from analysis.core.text import normalize_text
from analysis.ingest.line_evidence import PageArticle

#: A page title's last part after a spaced dash or bar: one to six words, no digits.
TITLE_PART = re.compile(r"^.*\S\s[|–—-]\s(?P<name>[^\W\d_][^|–—\d]{1,60}?)\s*$")
#: A spaced dash or bar: a page title holds one, a menu's row several ("Home | World |
#: Business | Opinion" names no site).
_SEPARATOR = re.compile(r"\s[|–—-]\s")
#: The most words a page title's last part holds to be kept as a name.
PART_WORDS = 6
#: A masthead glued to the lede's first word: "TheLEADER" of "TheLEADERVietnam ...".
GLUED_MASTHEAD = re.compile(r"^\s*(?P<name>(?:[A-Z][a-z]+)?[A-Z]{2,})(?=[A-Z][a-z])")

#: A breadcrumb's separator ("Home > News", "Home › World", "Home » Asia").
_CRUMB = re.compile(r"\s+[>›»]\s+")
#: The home page's word closing the first crumb ("MarketScreener Homepage").
_HOME = re.compile(r"\s*\b(?:home\s?page|home)\s*$", re.I)
#: The most words a breadcrumb's crumb holds (a longer one, or one with a figure, makes the
#: line a sentence: "Prices rose > 5 % in May > June").
CRUMB_WORDS = 4
_FIGURE = re.compile(r"\d")

#: The kinds of paragraph a page title's line may be: furniture, not the text or a caption.
_FURNITURE_KINDS = frozenset({"boilerplate", "site", "credit", "title"})
_TEXT_KINDS = frozenset({"lede", "body"})
#: The outlet kinds of a credit (``domain_sites.CREDIT_KINDS``, not imported: that module
#: reads the layout package, which imports this one; ``tests/test_printed_site_names.py``
#: checks they are the same).
_CREDIT_KINDS = frozenset({"credit", "byline"})


def title_part_name(text: str) -> str:
    """The last part of a page title's line after a spaced dash or bar, or "".

    >>> title_part_name("Vietnam asks India to send more teams – Metro US")
    'Metro US'
    >>> title_part_name("Vietnam - Global pulse News")
    'Global pulse News'
    >>> title_part_name("Talks open in Hanoi - 12 May")
    ''
    >>> title_part_name("Home | World | Business | Opinion")
    ''
    """
    text = normalize_text(text)
    found = TITLE_PART.match(text) if len(_SEPARATOR.findall(text)) == 1 else None
    name = found.group("name").strip() if found else ""
    return name if 0 < len(name.split()) <= PART_WORDS else ""


def glued_masthead(text: str) -> str:
    """A masthead glued to a lede's first word, or "".

    >>> glued_masthead("TheLEADERVietnam and Chile have agreed to ...")
    'TheLEADER'
    >>> glued_masthead("The LEADER said on Monday ...")
    ''
    """
    found = GLUED_MASTHEAD.match(text)
    return found.group("name") if found else ""


def breadcrumb_root(text: str) -> str:
    """The first crumb of a breadcrumb of three short crumbs or more, without its "Home",
    or "".

    >>> breadcrumb_root("MarketScreener Homepage  >  News  >  Economy & Forex")
    'MarketScreener'
    >>> breadcrumb_root("Home > News > Asia")
    ''
    >>> breadcrumb_root("Prices rose > 5 % in May")
    ''
    """
    crumbs = _CRUMB.split(normalize_text(text).strip())
    short = all(len(c.split()) <= CRUMB_WORDS and not _FIGURE.search(c) for c in crumbs)
    root = _HOME.sub("", crumbs[0]).strip() if len(crumbs) >= 3 and short else ""
    return root if 0 < len(root.split()) <= CRUMB_WORDS else ""


#: A title bar's parts joined by double colons ("Site::Section::Headline").
_DOUBLE_COLON = re.compile(r"\s*::\s*")


def double_colon_root(text: str) -> str:
    """The first part of a title bar of three parts or more joined by double colons, when
    it is a short name (one to four words), or "".

    >>> double_colon_root("NET25::News::Hanoi's new land nears Beijing's total")
    'NET25'
    >>> double_colon_root("Note: the time is 10::30")
    ''
    """
    parts = _DOUBLE_COLON.split(normalize_text(text).strip())
    root = parts[0].strip() if len(parts) >= 3 and all(parts) else ""
    return root if 0 < len(root.split()) <= CRUMB_WORDS and root[:1].isalnum() else ""


def note_printed_site_names(article: PageArticle) -> None:
    """Add to ``article.site_names`` the page titles' last parts, the breadcrumbs' first
    crumbs, a double-colon title bar's first part and a masthead glued to the lede, when
    the text named no outlet or only a credit (``site_names`` is read only then:
    ``layout.url_outlets.outlet_from_url``); ``outlet_refine.refine_outlet`` calls it
    last."""
    if article.outlet and article.outlet_kind not in _CREDIT_KINDS:
        return
    paras = article.paragraphs
    furniture = [p.text for p in paras if p.kind in _FURNITURE_KINDS]
    parts = [f(t) for t in furniture for f in (title_part_name, breadcrumb_root, double_colon_root)]
    lede = next((p.text for p in paras if p.kind in _TEXT_KINDS), "")
    names = [n for n in [*parts, glued_masthead(lede)] if n and n not in article.site_names]
    article.site_names.extend(dict.fromkeys(names))
