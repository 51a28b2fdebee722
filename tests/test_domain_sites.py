"""Tests of the domain and site-name helpers (``analysis.ingest.domain_sites``): a name
that spells the site's domain, and a credited source told from the site's own name."""

from __future__ import annotations

import typing

import pytest

from analysis.ingest.domain_sites import CREDIT_KINDS, credited_source, name_for_domain
from analysis.ingest.line_evidence import OutletKind


def test_name_for_domain_needs_a_name_and_a_long_label() -> None:
    assert name_for_domain("socialistaction.net", []) == ""
    names = ["The Diplomat", "Abc"]
    assert name_for_domain("thediplomat.com", names) == "The Diplomat"
    assert name_for_domain("abc.net", names) == ""  # a label under four letters


@pytest.mark.parametrize("kind", typing.get_args(OutletKind))
def test_the_outlet_rule_reads_the_kind(kind: str) -> None:
    """An unlisted outlet is the story's source only when it was found as a credit or a
    byline's source; a listed one always is; a name spelling the site's domain never."""
    assert credited_source(kind, listed=False) == (kind in ("credit", "byline"))
    assert credited_source(kind, listed=True)
    assert not credited_source(kind, True, "Vientiane Times", "vientianetimes.org.la")


def test_credit_kinds_are_kinds() -> None:
    assert set(typing.get_args(OutletKind)) >= CREDIT_KINDS
