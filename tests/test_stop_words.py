"""The packaged English function words."""

import subprocess
import sys

from analysis.core.stop_words import english_stop_words


def test_the_packaged_list_is_scikit_learns_english_list():
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    assert english_stop_words() == ENGLISH_STOP_WORDS


def test_loading_and_annotating_import_no_scikit_learn(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Vietnam and Laos sign a border pact\n\nHanoi, May 5 (VNA) - The two sides agreed "
        "on Monday to mark the border. Prime Minister Pham Minh Chinh said the deal "
        "would help trade.\n",
        encoding="utf-8",
    )
    code = (
        "import sys\nfrom analysis import annotate, load_corpus\n"
        f"annotate(load_corpus({str(tmp_path)!r}, cache=False, jobs=1), jobs=1)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sklearn'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
