"""The document pages block by block: whatever the block size, every document's page is
the page of the whole-corpus tables, byte for byte; no block boundary loses or repeats a
document's rows."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.annotators.timeline import event_sources
from analysis.site import document_blocks as db
from analysis.site import document_inputs as di
from analysis.site import document_pages as dp
from tests.conftest import PAGE_FOOTER

FOOTER = PAGE_FOOTER


@pytest.fixture(scope="module")
def whole(tmp_path_factory, plan, dated):
    """The pages of every sample (and of an id no document has) from the whole tables."""
    out = tmp_path_factory.mktemp("whole")
    ids = [*dated.documents["doc_id"], "no-such-document"]
    dp.render_pages(plan, dp.precompute(plan, dated), ids, out, lambda d: FOOTER)
    return out, ids


@pytest.mark.parametrize(("size", "workers"), [(1, 1), (2, 1), (2, 2), (3, 2), (500, 1)])
def test_pages_by_blocks_are_the_whole_tables_pages(tmp_path, plan, dated, whole, size, workers):
    out, ids = whole
    done = dp.build_pages(
        plan, dated, {}, ids, tmp_path, lambda d: FOOTER, workers=workers, block=size
    )
    assert [doc_id for doc_id, _ in done] == ids
    for doc_id in ids:
        page = dp.page_path(tmp_path, doc_id).read_bytes()
        assert page == dp.page_path(out, doc_id).read_bytes(), (size, doc_id)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]  # the inputs' folder is gone
    assert len(list((tmp_path / "docs").iterdir())) == len(ids)


def test_a_block_in_the_given_order_is_the_given_order(tmp_path, plan, dated):
    ids = dated.documents["doc_id"].tolist()[::-1][:3]
    done = dp.build_pages(plan, dated, {}, ids, tmp_path, lambda d: FOOTER, block=2)
    assert [doc_id for doc_id, _ in done] == ids
    assert sorted(p.stem for p in (tmp_path / "docs").iterdir()) == sorted(ids)


def test_blocks_hold_every_document_once(dated):
    ids = dated.documents["doc_id"].tolist()
    for size in (1, 2, 4, 5, 100):
        blocks = list(db.blocks_of(dated, [*ids, "gone"], size))
        seen = [d for _, _, mine in blocks for d in mine]
        assert sorted(seen) == sorted([*ids, "gone"])
        numbers = db.block_numbers(dated, size)
        for number, corpus, mine in blocks:
            held = corpus.held_documents()["doc_id"].tolist()
            assert held == [d for d in mine if d != "gone"]
            assert all(numbers.get(d, number) == number for d in mine)
            paragraphs = dated.held_paragraphs()
            expected = paragraphs[paragraphs["doc_id"].isin(held)]
            assert corpus.held_paragraphs()["para_id"].tolist() == expected["para_id"].tolist()


def test_document_rows_split_a_table_without_loss_or_repeat(dated):
    ids = dated.documents["doc_id"].tolist()
    table = pd.DataFrame({"doc_id": [ids[n % len(ids)] for n in range(23)] + ["other"]})
    table.index = range(100, 124)
    for size in (1, 2, 3, 10):
        blocks = db.block_numbers(dated, size)
        n_blocks = max(blocks.values()) + 2
        parts = db.document_rows(table, "doc_id", blocks, n_blocks)
        assert len(parts) == n_blocks and parts[-1].empty
        together = pd.concat(parts)
        assert sorted(together.index) == list(range(100, 123))  # all but "other", once
        for k, part in enumerate(parts):
            assert set(part["doc_id"]) <= {d for d, b in blocks.items() if b == k}
            assert list(part.index) == sorted(part.index)  # table order


def test_event_rows_of_a_block_are_every_report_of_its_events(dated):
    sources = event_sources(dated)
    assert sources["event_id"].duplicated().any()  # some event has several reports
    for size in (1, 2, 3):
        blocks = db.block_numbers(dated, size)
        parts = db.event_rows(sources, blocks, max(blocks.values()) + 1)
        for k, part in enumerate(parts):
            mine = sources["doc_id"].map(blocks) == k
            events = set(sources.loc[mine, "event_id"])
            expected = sources[sources["event_id"].isin(events)]
            pd.testing.assert_frame_equal(part, expected)


def test_a_failing_page_leaves_no_inputs_behind(tmp_path, plan, dated):
    ids = dated.documents["doc_id"].tolist()

    def footer_of(doc_id):
        if doc_id == ids[2]:
            raise KeyError("no footer")
        return FOOTER

    with pytest.raises(dp.PageFailedError) as caught:
        dp.build_pages(plan, dated, {}, ids, tmp_path, footer_of, workers=2, block=2)
    assert caught.value.doc_id == ids[2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]


def test_the_inputs_are_the_plans(plan):
    assert db.input_names(plan) == ["sources", "hits", "keyness"]


def test_parts_written_by_block_read_back_as_the_blocks_rows(tmp_path, dated):
    ids = dated.documents["doc_id"].tolist()
    table = pd.DataFrame(
        {"doc_id": [ids[n % len(ids)] for n in range(23)] + ["other"], "n": range(24)}
    )
    blocks = db.block_numbers(dated, 2)
    n_blocks = max(blocks.values()) + 2
    pieces = [table.iloc[:5], table.iloc[5:5], table.iloc[5:17], table.iloc[17:]]
    rows = db.write_parts(tmp_path, "sources", iter(pieces), blocks, n_blocks)
    assert rows == 24
    for k, expected in enumerate(db.document_rows(table, "doc_id", blocks, n_blocks)):
        got = db.read_input(tmp_path, "sources", k)
        assert list(got.columns) == ["doc_id", "n"]
        assert got["n"].tolist() == expected["n"].tolist()  # every row once, in table order
    assert db.read_input(tmp_path, "sources", n_blocks - 1).empty  # a block of no rows


def test_hits_parts_keep_their_own_codes_and_read_back_as_text(tmp_path, dated):
    pieces = list(di.page_hit_batches(dated, 50))
    blocks = db.block_numbers(dated, 2)
    n_blocks = max(blocks.values()) + 2
    db.write_parts(tmp_path, "hits", iter(pieces), blocks, n_blocks)
    whole = di.page_hits(dated)
    for k, expected in enumerate(db.document_rows(whole, "doc_id", blocks, n_blocks)):
        got = db.read_input(tmp_path, "hits", k)
        pd.testing.assert_frame_equal(got, expected.reset_index(drop=True))


def test_every_input_in_parts_is_the_whole_table(monkeypatch, dated):
    from analysis.analyses import profile, term_blocks

    monkeypatch.setattr(term_blocks, "DOC_BLOCK", 2)
    monkeypatch.setattr(di, "HIT_BATCH_ROWS", 40)
    for name in ("hits", "keyness", "sources"):
        parts = list(db.input_parts(name, dated))
        assert len(parts) > 1 or name == "sources", name
        together = pd.concat([di.text_again(p) for p in parts], ignore_index=True)
        whole = {
            "hits": di.page_hits(dated),
            "keyness": profile.keyness_by_document(dated),
            "sources": db.with_n_sources(event_sources(dated)),
        }[name]
        pd.testing.assert_frame_equal(together, whole.reset_index(drop=True), obj=name)


def test_n_sources_counts_each_events_documents(dated):
    sources = event_sources(dated)
    counted = db.with_n_sources(sources)
    for event, rows in counted.groupby("event_id"):
        assert (rows["n_sources"] == rows["doc_id"].nunique()).all(), event
    assert counted.drop(columns="n_sources").equals(sources)


@pytest.mark.parametrize(("hit_rows", "doc_block"), [(30, 1), (200, 2)])
def test_pages_from_inputs_in_small_pieces_are_the_same_bytes(
    tmp_path, monkeypatch, plan, dated, whole, hit_rows, doc_block
):
    from analysis.analyses import term_blocks

    monkeypatch.setattr(di, "HIT_BATCH_ROWS", hit_rows)
    monkeypatch.setattr(term_blocks, "DOC_BLOCK", doc_block)
    out, ids = whole
    dp.build_pages(plan, dated, {}, ids, tmp_path, lambda d: FOOTER, workers=2, block=2)
    for doc_id in ids:
        assert dp.page_path(tmp_path, doc_id).read_bytes() == dp.page_path(out, doc_id).read_bytes()
