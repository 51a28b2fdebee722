"""A paper's prompt to buy its lead photo by text message is no headline
(``reader_prompts`` in ``data/header_scoring.yaml``, read by ``layout/reader_prompts.py``;
fix38a, held-out 130): a copy saved from its stamp down, whose headline the saving lost,
keeps an empty title rather than "Soan: HA 940612 gui den 996 ...". Headlines about text
messages and a Vietnamese line without the code in capitals are no prompt."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.reader_prompts import reader_prompt
from tests.page_reading import read_page


def test_a_copy_with_only_the_sms_prompt_over_its_caption_has_no_title() -> None:
    page = [
        "09:12′ 14/03/2007 (GMT+7)",
        "",
        "Soan: HA 512877 gui den 996 de nhan anh nay",
        "Barges moored at a river quay in Savannakhet on March 12 (Photo: Tuoi Tre)",
        "",
        "VietNamNet Bridge – Laos and Vietnam have opened a barge service between two river "
        "ports, officials said on Monday.",
        "",
        "The service will carry rice, timber and fertiliser, and will run twice a week.",
    ]
    assert read_page("\n".join(page) + "\n")["title"] == ""


@pytest.mark.parametrize(
    "line",
    [
        "Soan: HA 940612 gui den 996 de nhan anh nay",
        "Soạn: HA 940612 gửi đến 996 để nhận ảnh này",
        "Soạn tin VNN 512 gửi 8355",
        "Text PHOTO 1234 to 8055",
        "SMS ANH to 8355",
    ],
)
def test_sms_prompts(line: str) -> None:
    assert reader_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "Text messages to 3000 fishermen warn of storm",
        "SMS alerts to 5000 fishermen in Ca Mau",
        "Text of the joint statement to 2020",
        "Soan thao van ban gui 996 nguoi",
        "Text WTO rules to 2030 agreed in Geneva talks",  # a year, not a short number
    ],
)
def test_lines_that_are_no_sms_prompt(line: str) -> None:
    assert not reader_prompt(line)
