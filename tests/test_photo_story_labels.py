"""Tests of ``analysis.ingest.layout.photo_story_labels``: a photo story's headline opened
by its label ("In photos: ...") is the headline, not a caption with a photo credit
(held-out 87)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.photo_story_labels import photo_story_headline

#: A placeholder photo story in the broadcaster's form: the labelled headline, the
#: standfirst opening "VOV.VN - ", two paragraphs, a caption.
PHOTO_STORY = """In photos: river pilots guide barges through the flood season

VOV.VN - River pilots of three delta provinces guided more than 400 barges through the high water in September.

The pilots worked in shifts day and night at the narrowest bends of the river.

The provincial waterways office said no barge had run aground this season.

Pilots board a barge at the river mouth at dawn
"""


def test_the_labelled_headline_is_the_title() -> None:
    article = read_article(PHOTO_STORY)
    assert article.title == "In photos: river pilots guide barges through the flood season"
    assert article.paragraphs[0].kind == "title"


def test_a_photo_credit_is_still_a_credit() -> None:
    assert not photo_story_headline("Photos: Minh Chau/VNA")
    assert not photo_story_headline("Officials at the talks. Photos: Minh Chau")


def test_a_caption_of_two_sentences_after_the_label_is_no_headline() -> None:
    assert not photo_story_headline("In pictures: barges wait. The river rose by two metres.")


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


@given(
    label=st.sampled_from(["In photos", "In Pictures", "IN IMAGES", "Photo story"]),
    words=st.lists(_WORD, min_size=1, max_size=20),
)
def test_any_short_headline_after_a_label_is_a_headline(label: str, words: list[str]) -> None:
    assert photo_story_headline(f"{label}: {' '.join(words)}")


@given(words=st.lists(_WORD, min_size=1, max_size=20))
def test_no_label_no_photo_story_headline(words: list[str]) -> None:
    assert not photo_story_headline("Photos: " + " ".join(words))
