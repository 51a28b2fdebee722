"""An advert's label in another language alone on a line ("Iklan" between a Malay daily's
headline and its photo caption, held-out 103) is no site's own name: the ``site_name``
generic words of ``data/header_scoring.yaml`` list the labels the boilerplate lines of
``data/page_layout.yaml`` drop. A site's name on its own line is still read."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

#: A Malay AMP page's form: headline, the advert label, the photo caption with the
#: agency's photo credit, the dateline's lede, advert labels between paragraphs.
PAGE = (
    "Pelajar Vietnam kagum dengan batik Terengganu\n"
    "\n"
    "{label}\n"
    "Seorang pelajar Vietnam (dua dari kiri) mencuba canting batik bersama tenaga "
    "pengajar dari Terengganu (kiri) pada bengkel batik di Universiti Hanoi pada Khamis. "
    "- Foto Bernama\n"
    "\n"
    "HANOI - Seramai 40 pelajar Universiti Hanoi menyertai bengkel batik Terengganu yang "
    "dianjurkan oleh Kedutaan Malaysia di sini hari ini.\n"
    "\n"
    "Bengkel dua hari itu memperkenalkan teknik canting dan blok kepada pelajar jurusan "
    "bahasa Melayu di universiti tersebut.\n"
    "\n"
    "{label}\n"
    "{label}\n"
    "\n"
    "Menurut penganjur, kain batik yang dihasilkan oleh pelajar akan dipamerkan di "
    "perpustakaan universiti bulan depan.\n"
    "\n"
    '"Kami mahu pelajar mengenali budaya Malaysia bukan hanya melalui buku," kata seorang'
    " pegawai kedutaan.\n"
    "\n"
    "{label}\n"
    "\n"
    "Bengkel serupa dijadual diadakan di Bandar Raya Ho Chi Minh pada bulan November.\n"
)


@pytest.mark.parametrize("label", ["Iklan", "Publicidad", "Anzeige", "Pubblicità", "Реклама"])
def test_an_advert_label_is_no_site_name(label: str) -> None:
    article = read_article(PAGE.format(label=label))
    assert article.outlet.casefold() != label.casefold()
    assert article.title == "Pelajar Vietnam kagum dengan batik Terengganu"


def test_a_site_name_line_is_still_read() -> None:
    article = read_article("Harian Selatan\n\n" + PAGE.format(label="Iklan"))
    assert article.outlet == "Harian Selatan"
