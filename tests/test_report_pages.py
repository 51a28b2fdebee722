"""The HTML of the report site (``analysis/site/report_pages.py``): what a reader's copy of a
notebook leaves out, and what the footer says produced the page."""

from __future__ import annotations

import json

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis.site.report_pages import footer_info, footer_parameters, strip_for_readers
from tests.conftest import SEEDS


def _notebook() -> nbformat.NotebookNode:
    parameters = new_code_cell("seeds_dir = 'seeds'", metadata={"tags": ["parameters"]})
    injected = new_code_cell("seeds_dir = 'x'", metadata={"tags": ["injected-parameters"]})
    code = new_code_cell("table")
    code.outputs = [
        new_output("stream", name="stderr", text="a warning\n"),
        new_output("stream", name="stdout", text="printed\n"),
        new_output("error", ename="ValueError", evalue="bad", traceback=[]),
        new_output("execute_result", data={"text/plain": "42"}, execution_count=1),
    ]
    return new_notebook(cells=[parameters, injected, new_markdown_cell("# Prose"), code])


def test_the_readers_copy_drops_parameters_stderr_and_errors() -> None:
    nb = _notebook()
    before = json.dumps(nb, sort_keys=True)
    shown = strip_for_readers(nb)
    assert [c.cell_type for c in shown.cells] == ["markdown", "code"]
    outputs = shown.cells[1].outputs
    assert [(o.output_type, o.get("name")) for o in outputs] == [
        ("stream", "stdout"),
        ("execute_result", None),
    ]
    assert json.dumps(nb, sort_keys=True) == before  # the notebook itself is left alone


def test_footer_parameters_name_the_choices_but_not_the_seeds_folder() -> None:
    assert footer_parameters({}) == "defaults"
    assert footer_parameters({"seeds_dir": "/data/seeds"}) == "defaults"
    shown = footer_parameters({"seeds_dir": "s", "outlets": ["Nhân Dân"], "date_from": "2020"})
    assert json.loads(shown) == {"date_from": "2020", "outlets": ["Nhân Dân"]}
    assert "Nhân Dân" in shown and list(json.loads(shown)) == ["date_from", "outlets"]


def test_the_footer_describes_the_corpus_and_links_assets_from_the_page(samples) -> None:
    footer = footer_info({"doc_ids": "x"}, samples, SEEDS, "../index.html")
    assert footer["corpus_hash"] == samples.corpus_hash
    assert footer["n_documents"] == str(len(samples.documents))
    assert footer["seeds_dir"] == "seeds" and footer["index_href"] == "../index.html"
    assert json.loads(footer["parameters"]) == {"doc_ids": "x"}
    assert 'href="../assets/' in footer["assets"]
