"""Writers named without "By" (fix78): a name line over a post or institution line in the
header, and contributions each opened by a "Name, post" line.

- ``header_name_over_post``: a journal prints its writer's name alone (academic titles
  before it: "Assoc. Prof. Dr. Le Thi Thu Ha") with the writer's post or institution on
  the next line ("Head of the Faculty of ..., Hanoi University of Culture", "PhD, Academy
  of Journalism and Communication"), above the text. The name is the writer.
- ``section_contributors``: a page gathering several people's contributions opens each
  with "Name, post" on a line of its own ("Maria Lindgren, Chair of the Sweden-Viet Nam
  Reading Circle"); when two or more such lines stand among the text, each followed by
  text in the first person, they are the writers, in running order.

An institution's line holds one of ``institution_words``, a post one of
``post_line_words`` of ``data/page_layout.yaml``. Both are read only when no byline named anyone.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.ingest.bylines import byline_names, looks_like_name
from analysis.ingest.layout.compiled_headlines import compiled_writer
from analysis.ingest.layout.header_name_roles import header_name_role
from analysis.ingest.layout.lines import Article, Paragraph
from analysis.ingest.page_rules import Rules

#: Authors found, and the evidence: the names and ``author_source``.
Authors = tuple[list[str], str]

#: How many paragraphs from the top the header's name line may stand.
HEADER_REACH = 10

#: The kinds a header's name and post lines may have been given (never article text).
_HEADER_KINDS = frozenset({"", "boilerplate", "heading", "credit", "byline"})

#: The fewest "Name, post" lines that make a page of contributions.
MIN_CONTRIBUTORS = 2


@cache
def _words(key: str) -> re.Pattern[str]:
    """One of the words listed under ``key`` in ``data/page_layout.yaml``, as a whole word
    (case-insensitive; entries are regular expressions)."""
    words = load_data_file("page_layout.yaml").get(key) or []
    return re.compile(rf"(?i)(?<![\w.])(?:{'|'.join(words)})(?![\w])")


def _post_word() -> re.Pattern[str]:
    """A word of a post or an institution (``post_line_words``)."""
    return _words("post_line_words")


def is_institution_line(text: str, rules: Rules) -> bool:
    """A line naming an institution or a degree, and no person's name itself.

    >>> from analysis.ingest.page_rules import load_rules
    >>> is_institution_line("PhD, Academy of Journalism and Communication", load_rules())
    True
    >>> is_institution_line("Secretary of State", load_rules())
    False
    """
    return bool(_words("institution_words").search(text)) and not looks_like_name(text, rules)


#: How many paragraphs from the top are searched for a second name over a post.
PAIR_REACH = 2 * HEADER_REACH


def _name_over(paras: list[Paragraph], i: int, rules: Rules) -> list[str]:
    """The name of paragraph ``i`` when it stands alone on a header line, over another."""
    p, q = paras[i], paras[i + 1]
    if p.kind not in _HEADER_KINDS:
        return []
    if looks_like_name(p.text, rules):
        text = p.text if q.kind in _HEADER_KINDS else ""
    else:  # "Name, <Review>," over its institution's line, which may be read as text
        text = _name_of_affiliated(p.text, q.text, rules)
    names = byline_names(text, rules) if text else []
    return names if len(names) == 1 else []


def _name_of_affiliated(text: str, below: str, rules: Rules) -> str:
    """The name of a "Name, <affiliation>," line whose affiliation goes on, after its closing
    comma, on an institution's line below ("Tran Minh Khoa, Vietnam Social Sciences Review,"
    over "Vietnam Academy of Social Sciences.", a review's article, held-out 138); ""
    otherwise."""
    name, comma, rest = text.strip().partition(",")
    if not comma or not rest.rstrip().endswith(",") or not is_institution_line(below, rules):
        return ""
    return name if looks_like_name(name, rules) else ""


def header_name_over_post(paras: list[Paragraph], rules: Rules) -> Authors | None:
    """The name alone on a header line whose next line names an institution or a degree,
    above the text's first body paragraph, when no other name of the page's top stands
    over a post or an institution (two list the people of a talk); None otherwise."""
    first_body = next((i for i, p in enumerate(paras) if p.kind == "body"), len(paras))
    top = range(min(len(paras) - 1, PAIR_REACH))
    named = [(i, names) for i in top if (names := _name_over(paras, i, rules))]
    posts = [
        (i, names)
        for i, names in named
        if is_institution_line(paras[i + 1].text, rules) or _post_word().search(paras[i + 1].text)
    ]
    if len(posts) != 1 or posts[0][0] >= min(first_body, HEADER_REACH):
        return None
    i, names = posts[0]
    block = paras[i : i + 1 + _post_lines(paras, i + 1, rules)]
    if len(block) == 1:
        return None  # a speaker's "Name" / "Secretary of State": no writer's institution
    p, q = block[0], block[-1]
    p.kind, p.role = "byline", "author"
    for line in block[1:]:
        line.kind = "byline" if line.kind in ("", "boilerplate", "heading") else line.kind
    return names, f"a name over its post, lines {p.line}-{q.line}: {p.text!r}"


def _post_lines(paras: list[Paragraph], j: int, rules: Rules) -> int:
    """How many lines from ``j`` name the writer's post: 1 for an institution's line, 2
    for a post's line over an institution's ("Vice Chairwoman, State Committee for ...,"
    over "Ministry of Foreign Affairs", held-out 135), 0 otherwise."""
    if is_institution_line(paras[j].text, rules):
        return 1
    nxt = paras[j + 1] if j + 1 < len(paras) else None
    if nxt is None or nxt.kind not in _HEADER_KINDS or not _post_word().search(paras[j].text):
        return 0
    return 2 if is_institution_line(nxt.text, rules) else 0


def _name_and_post(text: str, rules: Rules) -> str | None:
    """The name of a "Name, post" line ("Maria Lindgren, Chair of the ... Circle"), or None."""
    name, comma, post = text.partition(",")
    if not comma or not looks_like_name(name, rules) or not _post_word().search(post):
        return None
    names = byline_names(name, rules)
    return names[0] if len(names) == 1 else None


#: A word of a first-person text: a contribution speaks for its writer.
_FIRST_PERSON = re.compile(r"\b(?:I|my|me|we|our|us)\b")

#: How many paragraphs after a "Name, post" line its first-person text may begin.
CONTRIBUTION_REACH = 4


def _first_person_after(paras: list[Paragraph], i: int) -> bool:
    """Whether a text paragraph in the first person follows paragraph ``i`` closely."""
    after = paras[i + 1 : i + 1 + CONTRIBUTION_REACH]
    texts = [p.text for p in after if p.kind in ("lede", "body")]
    return any(_FIRST_PERSON.search(t) for t in texts)


def section_contributors(paras: list[Paragraph], rules: Rules) -> Authors | None:
    """The people of two or more "Name, post" lines standing as headings among the text,
    each followed by text in the first person (their contribution); None otherwise."""
    found: list[tuple[str, Paragraph]] = []
    for i, p in enumerate(paras):
        name = _name_and_post(p.text, rules) if p.kind == "heading" else None
        if name and _first_person_after(paras, i):
            found.append((name, p))
    names = list(dict.fromkeys(name for name, _ in found))
    if len(names) < MIN_CONTRIBUTORS:
        return None
    for _, p in found:
        p.kind, p.role = "byline", "author"
    lines = ", ".join(str(p.line) for _, p in found)
    return names, f"contributions each opened by a name and post, lines {lines}"


def name_post_writers(article: Article, rules: Rules) -> None:
    """Fill an article no byline gave writers from the compiler its headline credits
    (``compiled_headlines``), a name line over a post in its header, a "Name, role" line
    under the headline (``header_name_roles``), else from
    contributions each opened by "Name, post"."""
    if article.author:
        return
    paras = article.paragraphs
    found = (
        compiled_writer(paras, rules)
        or header_name_over_post(paras, rules)
        or header_name_role(paras, rules)  # "Name, Programme Manager" (fix31b)
        or section_contributors(paras, rules)
    )
    if found:
        article.author = "; ".join(found[0])
        article.author_source = found[1]
