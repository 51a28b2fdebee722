"""A field's label in a record of dash-opened lines is no "Name (Outlet)" byline, even with
a bracketed qualifier (``layout/record_labels.py``; held-out 140's ishr record)."""

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.record_labels import dash_run_item

RECORD = (
    "Harbour permit request\n"
    "Files- File status\n"
    "- Pending\n"
    "- Office holding the file\n"
    "- Port Registry\n"
    "- Region Marker (linked Files)\n"
    "- Delta Coast\n"
    "- Kind of request\n"
    "- Harbour permit request\n"
    "- Summary\n"
    "- A ferry operator asked the registry for a second berth, and the registry said the "
    "request would wait until the dredging of the outer channel was finished next year.\n"
)

HEADED = "\n\n".join(
    [
        "Ferry talks resume on the delta",
        "Lan Pham (Delta Herald)",
        "Officials from both banks met on Monday to discuss new ferry timetables and fares "
        "for the crossing, the first such talks in two years.",
        "- Timetables\n- Fares\n- Berths",
        "The talks will continue next month, the officials said.",
    ]
)


def test_a_records_bracketed_label_is_no_byline() -> None:
    assert read_article(RECORD).author == ""


def test_a_name_with_its_outlet_under_the_headline_is_still_the_writer() -> None:
    assert read_article(HEADED).author == "Lan Pham"


def test_only_an_item_among_dash_lines_is_a_run_item() -> None:
    paras = split_lines(RECORD)
    label = next(i for i, p in enumerate(paras) if p.text.startswith("- Region Marker"))
    assert dash_run_item(paras, label)
    headed = split_lines(HEADED)
    assert not any(dash_run_item(headed, i) for i, p in enumerate(headed) if "Lan" in p.text)
    assert not dash_run_item(split_lines("- Lan Pham (Delta Herald)\n\nA line of text.\n"), 0)
