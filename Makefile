# The two commands of the README, plus `make lab` and `make bench`.
# Every target creates .venv and installs the package first when needed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export PYTHONHASHSEED := 0

.PHONY: reports test test-fast lab bench site-timing screenshots tempeval accuracy lint setup browser clean

reports: setup ## build every report into reports/ and print the index path
	$(BIN)/python -m analysis report --seeds seeds --out reports --jobs 2

test: setup browser ## lint, then the whole test suite
	$(BIN)/ruff check analysis tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/pytest

test-fast: setup ## the edit-test loop: lint, then every test not marked slow (no kernels, browser, builds)
	$(BIN)/ruff check analysis tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/pytest -m "not slow"

lab: setup ## JupyterLab on the same environment, open at analysis/notebooks/ (LAB_ARGS passes options, e.g. --port=8899)
	$(BIN)/jupyter lab --ServerApp.root_dir=$(CURDIR) --LabApp.default_url=/lab/tree/analysis/notebooks $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

bench: setup ## scale and speed measurements (minutes; not part of make test; BENCH_ARGS="--sizes 100000" for the 100,000-article build)
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

# Page open times, search time and page weights of generated 1,000- and 10,000-article
# sites in headless Chromium (builds them under SITE_TIMING_DIR first: tens of minutes).
SITE_TIMING_DIR ?= /tmp/vn-corpus-site-timing
site-timing: setup browser ## site speed and weight, written to benchmarks/site_results.md
	$(BIN)/python benchmarks/site_timing.py --work $(SITE_TIMING_DIR)

screenshots: setup browser ## retake the README's screenshots (docs/screenshots/)
	VN_CORPUS_SCREENSHOTS=1 $(BIN)/pytest tests/test_browser.py -k readme_screenshots -q

# TempEval-3 score of find_dates on TBAQ (TBAQ=DIR to read it from elsewhere); seconds.
TBAQ ?= ../shared/te3/tbaq
tempeval: setup ## score the date finder on TBAQ, write benchmarks/tempeval.md
	$(BIN)/python benchmarks/tempeval.py --tbaq $(TBAQ)

accuracy: setup ## metadata accuracy of the loader on the layout zoo and the samples
	$(BIN)/python benchmarks/accuracy.py

lint: setup ## ruff, and the stage layers contract (pyproject.toml [tool.importlinter])
	$(BIN)/ruff check analysis tests benchmarks
	$(BIN)/ruff format --check analysis tests benchmarks
	$(BIN)/lint-imports

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Headless Chromium for the browser tests (Debian package); skipped when it is there.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { echo "Installing Chromium for the browser tests (apt-get)..."; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	    echo "warning: could not install chromium; browser tests will be skipped"; }

clean:
	rm -rf $(VENV) reports/*.html reports/docs reports/_failed .pytest_cache
