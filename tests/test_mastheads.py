"""A writer's name glued to the masthead of the paper they write for (layout/mastheads.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import load_rules, read_article
from analysis.ingest.layout.lines import raw_offset, split_lines, split_paragraph
from analysis.ingest.layout.mastheads import (
    _LOGO_ALT,
    _RUNNING_HEAD,
    HEADER_REACH,
    MASTHEAD_ROLE,
    _periodical_id,
    _periodical_name,
    glued_masthead,
    label_logo_alt,
    label_mastheads,
)

_BODY = (
    "\n\nPupils at the river school sang for five visiting teachers on Thursday morning, "
    "and the guests stayed for lunch in the hall.\n\n"
    "The visitors will spend a fortnight watching lessons and planning a pen-pal scheme.\n"
)


def test_a_name_run_into_a_papers_masthead_is_split():
    rules = load_rules()
    assert glued_masthead("Mara QuillHarbour Valley Gazette", rules) == (
        "Mara Quill",
        "Harbour Valley Gazette",
    )
    assert glued_masthead("Tom Reed-BakerThe Daily Mercury", rules) is None  # hyphen: no glue
    assert glued_masthead("Tom BakerThe Daily Mercury", rules) == ("Tom Baker", "The Daily Mercury")


def test_no_split_without_a_masthead_word_a_person_or_for_a_brand_with_inner_capitals():
    rules = load_rules()
    assert glued_masthead("Mara QuillHarbour Valley Ferries", rules) is None  # not a paper
    assert glued_masthead("Korea JoongAng Daily", rules) is None  # a place, then a brand
    assert glued_masthead("Mara Quill Harbour Valley Gazette", rules) is None  # spaced


def test_the_writer_is_the_author_and_the_masthead_the_outlet():
    page_text = (
        "The Network Site\nSchool choir sings for visiting teachers\n\n"
        f"Mara QuillHarbour Valley Gazette{_BODY}"
    )
    article = read_article(page_text)
    assert article.author == "Mara Quill"
    assert article.outlet == "Harbour Valley Gazette"
    assert article.title == "School choir sings for visiting teachers"
    # negative: the same name with a space before the paper's name is not split so
    article = read_article(page_text.replace("QuillHarbour", "Quill Harbour"))
    assert article.outlet != "Harbour Valley Gazette"


_ABSTRACT = (
    "\n\nRiver ports and ferry lines of the delta\n\n"
    "Abstract: This paper follows the ferry lines of the delta from their first licences to "
    "the bridges that replaced most of them, and asks what the crossings meant for trade.\n"
)


def test_a_journals_name_over_its_issn_is_the_outlet_never_the_headline():
    page_text = (
        "Harbour Journal of Delta and River Studies\n\nE- ISSN: 2391-4417\n"
        f"P- ISSN: 2391-5068\n\nVol. 5, Issue 3 (2018){_ABSTRACT}"
    )
    article = read_article(page_text)
    assert article.outlet == "Harbour Journal of Delta and River Studies"
    assert article.title != "Harbour Journal of Delta and River Studies"
    assert article.paragraphs[0].kind == "boilerplate"
    # negative: the same line with no identifier under it is no masthead
    article = read_article(f"Harbour Journal of Delta and River Studies{_ABSTRACT}")
    assert article.outlet != "Harbour Journal of Delta and River Studies"


def test_a_journals_name_over_a_records_volume_field_is_the_outlet():
    # a record's field separator opens the volume line: ": Vol. 8 No. 2 (2022) : 211-224"
    record = "JOURNAL OF DELTA STUDIES\n: Vol. 8 No. 2 (2022) : 211-224"
    article = read_article(f"River ports of the delta\n{record}{_ABSTRACT}")
    assert article.outlet.casefold() == "journal of delta studies"
    assert "masthead" in article.outlet_source
    # negative: a colon before other words is no volume line
    article = read_article(
        f"River ports of the delta\nJOURNAL OF DELTA STUDIES\n: Note 8{_ABSTRACT}"
    )
    assert "masthead" not in article.outlet_source


def test_a_sentence_over_a_volume_line_is_no_masthead():
    article = read_article(f"The ferry lines were closed in 1998.\nVol. 5, Issue 3{_ABSTRACT}")
    assert article.outlet == ""


_BRIEF = (
    "\n\nRiver Port Relations\n"
    "Ties between the two river ports rest on a ferry treaty signed in the 1960s and renewed "
    "every ten years since then by both councils.\n"
    "A joint commission meets every two years to review the ferry timetable.\n"
)


def test_a_document_copys_title_line_gives_its_issuer_as_the_outlet():
    article = read_article(f"Harbourland - Ministry of Ferries and Ports{_BRIEF}")
    assert article.outlet == "Ministry of Ferries and Ports"
    assert article.title != "Harbourland - Ministry of Ferries and Ports"
    # negative: a suffix that names no publishing body is left alone
    article = read_article(f"Harbourland - Ferries and Ports Weekly{_BRIEF}")
    assert article.outlet != "Ferries and Ports Weekly"


def test_no_issuer_is_split_off_a_line_with_no_headline_under_it():
    page_text = (
        "Harbourland - Ministry of Ferries and Ports\n\nTies between the two river ports rest "
        "on a ferry treaty signed in the 1960s and renewed every ten years since then.\n"
    )
    article = read_article(page_text)
    assert article.paragraphs[0].text == "Harbourland - Ministry of Ferries and Ports"


def test_a_name_before_the_sites_domain_is_the_writer_and_the_site():
    """'Dimas Prakoso Suara.Com' under a headline: the writer, then the site as its domain;
    a line of other words before a domain ('Read More At Site.com') names no writer."""
    rules = load_rules()
    assert glued_masthead("Rina Hartati Beritaku.Com", rules) == ("Rina Hartati", "Beritaku.Com")
    assert glued_masthead("Read More At Beritaku.com", rules) is None
    article = read_article(
        f"School choir sings for visiting teachers\n\nRina Hartati Beritaku.Com{_BODY}"
    )
    assert article.author == "Rina Hartati"


def test_a_logos_alt_text_is_the_sites_masthead_never_a_writer():
    page_text = (
        "The Valley Lantern (logo)\n\nVol. 12/No. 4      March 3, 2019\n\n"
        f"Growers agree a price for apples{_BODY}"
    )
    article = read_article(page_text)
    assert article.author == ""
    assert article.outlet == "The Valley Lantern"
    # the rule itself: only a line closed by "(logo)" is split off and marked
    paras = split_lines("The Valley Lantern (logo)\nRosa Delmar\nThe Valley Lantern logo\n")
    label_logo_alt(paras)
    assert [(p.text, p.role) for p in paras] == [
        ("The Valley Lantern", MASTHEAD_ROLE),
        ("(logo)", ""),
        ("Rosa Delmar", ""),
        ("The Valley Lantern logo", ""),
    ]
    paras = split_lines("Rosa Delmar\nthe valley was green (logo)\n")
    label_logo_alt(paras)  # not a name in capitalised words: no masthead
    assert all(p.role == "" for p in paras)


def _label_mastheads_slow(paras: list) -> None:
    """``label_mastheads`` as before perf30's literal gates: the running head's and the
    logo's patterns run on every unlabelled header line."""
    for i, p in enumerate(paras[: min(HEADER_REACH, len(paras)) - 1]):
        below = paras[i + 1].text.strip()
        if not p.kind and _periodical_id().match(below) and _periodical_name(p.text.strip()):
            p.kind, p.role = "boilerplate", MASTHEAD_ROLE
            break
        head = _RUNNING_HEAD.match(p.text.strip()) if not p.kind else None
        if head and _periodical_id().match(head.group("id")) and _periodical_name(head.group(1)):
            at = raw_offset(p, p.text.find(head.group(1)) + len(head.group(1)))
            split_paragraph(paras, i, at, ("boilerplate", "boilerplate"))
            paras[i].role = MASTHEAD_ROLE
            break
    for i, p in enumerate(paras[: min(HEADER_REACH, len(paras))]):
        alt = _LOGO_ALT.match(p.text.strip()) if not p.kind else None
        if alt and _periodical_name(alt.group("name")):
            at = raw_offset(p, p.text.find(alt.group("name")) + len(alt.group("name")))
            split_paragraph(paras, i, at, ("boilerplate", "boilerplate"))
            paras[i].role = MASTHEAD_ROLE
            return


_HEADER_LINES = st.sampled_from(
    [
        "Journal of River Studies",
        "Journal of River Studies, Vol 2, No 1 (2016) 45-63",
        "Journal of River Studies,Vol 2",
        "ISSN 1234-5678",
        "Vol. 3, No. 2",
        "The Militant (logo)",
        "The Militant ( LOGO )",
        "The Militant (Logo) extra",
        "Harbour Gazette, logo",
        "River boats, ferries and tugs",
        "Pupils sang for the visiting teachers.",
    ]
)


@given(st.lists(_HEADER_LINES, min_size=1, max_size=5))
def test_the_literal_gates_keep_every_masthead_reading(lines: list[str]) -> None:
    # perf30: headers of journals' names over their ids, running heads (with and without
    # the comma's space), logos' alt texts in any case, and other lines
    text = "\n\n".join(lines) + _BODY
    fast, slow = split_lines(text), split_lines(text)
    label_mastheads(fast)
    _label_mastheads_slow(slow)
    assert [(p.kind, p.role, p.text) for p in fast] == [(p.kind, p.role, p.text) for p in slow]


@pytest.mark.parametrize("source", ["Ministry", "Kremlin", "Sources"])
def test_a_headlines_one_word_source_after_a_dash_is_no_documents_issuer(source):
    """held-out 77 (urdupoint): a wire headline closing with the source of its claim,
    "... Fertiliser Supplies - Ministry", over the writer's line was split as a document's
    title and its issuer; one generic word is no publishing body's name."""
    headline = f"Lao Foreign Minister To Visit Moscow For Talks On Fertiliser Supplies - {source}"
    page = (
        f"{headline}\n\nNadia Sarwar Published September 16, 2021 | 09:50 PM\n\n"
        "MOSCOW (UrduPoint News / Sputnik - 16th September, 2021) The foreign minister of Laos "
        "will visit Moscow at the end of the month to discuss fertiliser deliveries, the "
        "ministry said.\n\nThe visit follows talks in May on a rail freight route.\n"
    )
    assert read_article(page).title == headline
