"""The date rules' places found over a block of sentences at once (issue 13).

``rule_matches._spans`` reads one text: its trigger words (an Aho-Corasick pass over the masked,
lower-cased text), its numbers, its "the" before digits, then one call of a joint
pattern per place. Over the content sentences of a corpus that is a dozen Python calls
per sentence before any rule is tried. Here the sentences of a block are joined with
``SEPARATOR`` (a character that is neither a word character nor whitespace) and each
finder runs once over the block: no trigger word, number, glued letters or "the" before
digits can cross it (each of them is a run of word characters, or "the" followed by
whitespace and a digit), so the places found in a sentence's stretch of the block are
those found in the sentence alone (``tests/test_block_scan.py``). The rules themselves
are still tried on each sentence's own text (their lookarounds read the text's ends),
one joint's places of every sentence of the block in one ``map`` call: the spans are
exactly ``rule_matches._spans`` of each sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, chain, compress, repeat
from typing import NamedTuple

import numpy as np

from analysis.core.word_mask import mask_non_words
from analysis.dates.rule_matches import (
    _CASE_FIX_CHARS,
    _CASE_FIXES,
    _DIGIT_RUN,
    _NEED_SETS,
    _RUN_FINDER,
    _RUN_WORDS,
    _TOKEN_WORDS,
    _joint_met,
)
from analysis.dates.rule_scan import JointRules, first_matches
from analysis.dates.rules import DIGITS, THE

#: Between two sentences of a block: not a word character, not whitespace.
SEPARATOR = "\x00"

#: Sentences are scanned in blocks of about this many characters (a block is one string).
BLOCK_CHARS = 1_000_000

Span = tuple[int, int, int]  # start, end, the rule's place in ``rule_matches._RULE_TABLE``


def sentence_starts(texts: Sequence[str]) -> list[int]:
    """Where each of ``texts`` starts in ``SEPARATOR.join(texts)``."""
    return [0, *accumulate(len(text) + 1 for text in texts[:-1])]


#: The tokens of the block scan by number: the trigger words of ``_RUN_FINDER`` (its
#: indexes), then the first digit of a number and the "the" before digits.
TOKENS: tuple[str, ...] = (*_RUN_WORDS, DIGITS, THE)
_TOKEN_NUMBER = {token: number for number, token in enumerate(TOKENS)}
_DIGITS_NUMBER, _THE_NUMBER = _TOKEN_NUMBER[DIGITS], _TOKEN_NUMBER[THE]
_START = re.Match.start
#: The letters glued after a number (``rule_matches._GLUED_LETTERS``, the same runs), found
#: without a lookbehind tried at every place of the block.
_DIGIT_THEN_LETTERS = re.compile(r"\d([^\W\d_]+)")
#: ``rule_matches._THE_DIGITS`` read in the lower-cased text (the same places: only "T", "H" and
#: "E" fold to "t", "h" and "e", in ``re.IGNORECASE`` as in ``str.lower``), a quarter of
#: its time.
_THE_BEFORE_DIGITS = re.compile(r"the(?=\s+\d)")


def _block_places(block: str) -> tuple[np.ndarray, np.ndarray]:
    """(token number, place in ``block``) of every token of ``TOKENS`` in ``block``, as
    ``rule_matches._word_offsets``, the numbers and "the" before digits of
    ``rule_matches._hits`` find them in a text (in no particular order)."""
    if not block.isascii() and _CASE_FIX_CHARS.search(block):
        fixed = block.translate(_CASE_FIXES)
    else:
        fixed = block
    lower = fixed.lower()
    words = _RUN_FINDER.find_matches_as_indexes(f" {mask_non_words(lower)} ", overlapping=True)
    found = np.fromiter(chain.from_iterable(words), dtype=np.int64, count=3 * len(words))
    found = found.reshape(-1, 3)[:, :2]
    glued = [
        (_TOKEN_NUMBER[run[1]], run.start(1))
        for run in _DIGIT_THEN_LETTERS.finditer(lower)
        if run[1] in _TOKEN_WORDS
    ]
    digits = list(map(_START, _DIGIT_RUN.finditer(block)))
    the = list(map(_START, _THE_BEFORE_DIGITS.finditer(lower)))
    tokens = np.concatenate(
        (
            found[:, 0],
            np.array([number for number, _ in glued], dtype=np.int64),
            np.full(len(digits), _DIGITS_NUMBER, dtype=np.int64),
            np.full(len(the), _THE_NUMBER, dtype=np.int64),
        )
    )
    places = np.concatenate(
        (found[:, 1], np.array([p for _, p in glued], dtype=np.int64), *map(_ints, (digits, the)))
    )
    return tokens, places


def _ints(values: list[int]) -> np.ndarray:
    return np.array(values, dtype=np.int64)


class BlockTokens(NamedTuple):
    """The tokens of a block by sentence: for each sentence that has any (``sentence``),
    its run of (sentence, token) pairs (``pair_begin`` to ``pair_end``); for each pair its
    token number (``token``) and its run of offsets in the sentence (``offsets``, from
    ``begin`` to ``end``, increasing)."""

    sentence: list[int]
    pair_begin: list[int]
    pair_end: list[int]
    token: list[int]
    begin: list[int]
    end: list[int]
    offsets: list[int]


def block_tokens(block: str, starts: Sequence[int]) -> BlockTokens:
    """The tokens of ``block`` (``SEPARATOR.join`` of sentences starting at ``starts``),
    gathered by sentence and token."""
    tokens, places = _block_places(block)
    begins = np.asarray(starts, dtype=np.int64)
    sentence = np.searchsorted(begins, places, side="right") - 1
    offsets = places - begins[sentence]
    order = np.lexsort((offsets, tokens, sentence))
    tokens, sentence, offsets = tokens[order], sentence[order], offsets[order]
    new_pair = (sentence[1:] != sentence[:-1]) | (tokens[1:] != tokens[:-1])
    pair_starts = np.flatnonzero(np.concatenate(([len(order) > 0], new_pair)))
    pair_sentence = sentence[pair_starts]
    new_sentence = np.flatnonzero(np.diff(pair_sentence)) + 1
    sentence_starts_ = np.concatenate(([0], new_sentence)) if len(pair_starts) else new_sentence
    return BlockTokens(
        pair_sentence[sentence_starts_].tolist(),
        sentence_starts_.tolist(),
        [*new_sentence.tolist(), len(pair_starts)] if len(pair_starts) else [],
        tokens[pair_starts].tolist(),
        pair_starts.tolist(),
        [*pair_starts[1:].tolist(), len(order)] if len(pair_starts) else [],
        offsets.tolist(),
    )


#: Per token number, the bits of the ``rule_matches._NEED_SETS`` it is in (none for ``THE``).
_MEETS: tuple[int, ...] = tuple(
    0 if token == THE else sum(1 << i for i, need in enumerate(_NEED_SETS) if token in need)
    for token in TOKENS
)
_EVERY_NEED = (1 << len(_NEED_SETS)) - 1


@lru_cache(maxsize=4096)
def _joints_by_pair(numbers: tuple[int, ...]) -> tuple[tuple[int, JointRules], ...]:
    """For a sentence whose tokens are ``numbers`` (increasing), each joint pattern it
    tries (``rule_matches._joints_of`` of its tokens: its words and ``DIGITS``), with the place of
    the joint's token among ``numbers``; the needed sets none of its tokens meets read
    from ``_MEETS`` (``rule_matches._unmet_needs`` of its tokens)."""
    met = 0
    for number in numbers:
        met |= _MEETS[number]
    unmet = _EVERY_NEED & ~met
    joints = ((k, _joint_met(TOKENS[number], unmet)) for k, number in enumerate(numbers))
    return tuple((k, joint) for k, joint in joints if joint is not None)


Places = tuple[JointRules, list[str], list[int], list[int]]


def _places_by_joint(texts: Sequence[str], found: BlockTokens) -> list[Places]:
    """Per joint pattern, the (text, place, sentence) of every place of every sentence
    where it is tried, as ``rule_matches._hits`` tries them."""
    groups: dict[int, Places] = {}  # id of the joint -> its places
    tokens, begin, end, offsets = found.token, found.begin, found.end, found.offsets
    for index, first, last in zip(found.sentence, found.pair_begin, found.pair_end, strict=True):
        text = texts[index]
        for k, joint in _joints_by_pair(tuple(tokens[first:last])):
            a, b = begin[first + k], end[first + k]
            group = groups.get(id(joint))
            if group is None:
                group = groups[id(joint)] = (joint, [], [], [])
            group[1].extend(repeat(text, b - a))
            group[2].extend(offsets[a:b])
            group[3].extend(repeat(index, b - a))
    return list(groups.values())


def block_spans(texts: Sequence[str]) -> list[list[Span]]:
    """``rule_matches._spans`` of each of ``texts``: the places found over the whole block
    (``block_tokens``), each joint pattern tried at its places of every sentence in one
    ``map`` of its ``match`` over the sentences' texts (Python reads only the places
    where some rule matches)."""
    found = block_tokens(SEPARATOR.join(texts), sentence_starts(texts))
    hits: dict[int, set[Span]] = {}
    for joint, owners, places, indexes in _places_by_joint(texts, found):
        groups = joint.groups
        tried = list(map(joint.pattern.match, owners, places))
        for match, index in zip(filter(None, tried), compress(indexes, tried), strict=True):
            start, regs = match.pos, match.regs
            hits.setdefault(index, set()).update(
                (start, regs[g][1], place) for place, g in groups if regs[g][1] > start
            )
    out: list[list[Span]] = [[] for _ in texts]
    for index, spans in hits.items():
        if spans:
            out[index] = first_matches(sorted(spans))
    return out


def blocks(texts: Sequence[str], chars: int = BLOCK_CHARS) -> Iterator[Sequence[str]]:
    """``texts`` in consecutive blocks of about ``chars`` characters (at least one text
    each)."""
    begin, size = 0, 0
    for index, text in enumerate(texts):
        size += len(text) + 1
        if size >= chars:
            yield texts[begin : index + 1]
            begin, size = index + 1, 0
    if begin < len(texts):
        yield texts[begin:]
