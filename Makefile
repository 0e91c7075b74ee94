# Two commands for a newcomer: `make site` (build and serve) and `make test` (whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8000

NODE_STAMP := node_modules/.installed

.PHONY: site build intranet check test lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

check: $(STAMP)
	$(BIN)/ppid check

build: $(STAMP)
	$(BIN)/ppid build

# The office's own copy: full dashboard (rejections' reasons, content plan), noindex, never deployed.
intranet: $(STAMP)
	$(BIN)/ppid build --intranet

site: build
	$(BIN)/ppid serve --port $(PORT)

# Test tools from the npm registry (the Nu Html Checker), pinned by package-lock.json.
$(NODE_STAMP): package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $(NODE_STAMP)

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

clean:
	rm -rf output output.* intranet intranet.* .pytest_cache node_modules
