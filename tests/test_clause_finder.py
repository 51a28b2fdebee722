"""Finding background clauses (``analysis/annotators/clause_finder.py``): openers inside a
sentence after a comma or a space, openers that must begin the sentence, each confirmed by
its rule's pattern, and many sentences read at once as each alone; on invented rules and
sentences."""

from __future__ import annotations

import re

from analysis.annotators.clause_finder import ClauseFinder, ClauseRule

RELATIVE = ClauseRule(
    id="relative",
    note="a relative clause",
    opens=(", which",),
    pattern=re.compile(r",\s*which\b[^,.;]*"),
)
EXAMPLES = ClauseRule(
    id="examples",
    note="an example list",
    opens=("such as",),
    pattern=re.compile(r"\bsuch\s+as\b[^,.;]*"),
)
FRAME = ClauseRule(
    id="frame",
    note="a framing adverbial",
    opens=("amid",),
    pattern=re.compile(r"\bamid\b[^,.;]*"),
    at_start=True,
)
FINDER = ClauseFinder([RELATIVE, EXAMPLES, FRAME])


def _spans(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], rule) for s, e, rule in FINDER.spans(text)}


def test_openers_are_found_as_gates_and_confirmed_by_their_patterns() -> None:
    assert RELATIVE.gates() == (", which",) and EXAMPLES.gates() == (" such as",)
    text = "Amid the rains, the ferry ran, which helped towns such as Tan Chau."
    assert _spans(text) == {
        ("Amid the rains", "frame"),
        (", which helped towns such as Tan Chau", "relative"),
        ("such as Tan Chau", "examples"),
    }


def test_an_opener_out_of_its_place_is_no_clause() -> None:
    assert _spans("The ferry which ran amid the rains stopped.") == set()


def test_many_sentences_read_as_each_alone() -> None:
    texts = [
        "Amid the rains, the ferry ran.",
        "Boats such as barges, which carry rice, sailed.",
        "Café boats, which sell tea, came.",  # outside ASCII: read alone
        "",
        "No clause here.",
    ]
    assert FINDER.spans_many(texts) == [FINDER.spans(t) for t in texts]
    assert ClauseFinder([]).spans_many(texts) == [[] for _ in texts]
