"""Tests of ``analysis.ingest.layout.qa_threads``: a Q&A thread's labelled question over
its labelled answer is the thread's headline, on lines of the layout zoo (held-out 59)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.qa_threads import question_over_answer
from analysis.ingest.metadata import load_scoring

SCORING = load_scoring()
QUESTION = (
    "Question: Why do so many young Vietnamese choose Japan rather than Korea for vocational "
    "training?"
)
ANSWER = (
    "Answer: It depends on which young people you mean. For a school leaver from a farming "
    "province, the choice is usually made by the broker who lends the family the fees."
)
MORE = (
    "Firstly , Japan's trainee programme takes far more people each year than Korea's work "
    "permit scheme, and brokers have worked with Japanese agencies for twenty years."
)


def test_a_labelled_question_over_a_labelled_answer_is_the_headline() -> None:
    article = read_article("\n".join([QUESTION, ANSWER, MORE]) + "\n")
    assert article.title == (
        "Why do so many young Vietnamese choose Japan rather than Korea for vocational training?"
    )
    assert "question_over_answer" in article.title_source


def test_no_answer_label_or_no_question_mark_gives_no_headline() -> None:
    paras = split_lines("\n".join([QUESTION, MORE, ANSWER]) + "\n")
    assert question_over_answer(paras, SCORING) is None  # the answer is not right under it
    statement = QUESTION.replace("training?", "training.")
    paras = split_lines("\n".join([statement, ANSWER]) + "\n")
    assert question_over_answer(paras, SCORING) is None
    paras = split_lines("\n".join([QUESTION, ANSWER]) + "\n")
    assert question_over_answer(paras, SCORING) is not None
