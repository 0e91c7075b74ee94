# Two commands for a newcomer: `make site` (build and serve) and `make test` (whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8000

NODE_STAMP := node_modules/.installed

.PHONY: site build intranet check test lint clean akar cms

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The example's root of trust (contoh-akar.txt), pinned in this clone's git config: ppid never
# takes its root from the repository's own files. An office pins its root in CI
# (PPID_AKAR_KEPERCAYAAN) and on its computers with `git config ppid.akarKepercayaan HASH`.
akar:
	@[ ! -f contoh-akar.txt ] || git config ppid.akarKepercayaan "$$(grep -v '^#' contoh-akar.txt | head -n 1)"

check: $(STAMP) akar
	$(BIN)/ppid periksa

build: $(STAMP) akar
	$(BIN)/ppid bangun

# The office's own copy: full dashboard (rejections' reasons, content plan), noindex, never deployed.
intranet: $(STAMP) akar
	$(BIN)/ppid bangun --intranet

site: build
	$(BIN)/ppid sajikan --port $(PORT)

# Test tools from the npm registry (the Nu Html Checker), pinned by package-lock.json.
$(NODE_STAMP): package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $(NODE_STAMP)

# The browser CMS on this computer only: Decap's git proxy over this clone and the admin page
# at http://127.0.0.1:$(CMS_PORT)/admin/ (issue #18). Ctrl+C stops both.
CMS_PORT ?= 8080
cms: $(STAMP) $(NODE_STAMP) akar
	$(BIN)/ppid cms --sajikan --port $(CMS_PORT)

test: $(STAMP) $(NODE_STAMP) akar
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

clean:
	rm -rf output output.* intranet intranet.* .pytest_cache node_modules
