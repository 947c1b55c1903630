# The two commands a new user needs: `make demo` and `make test` (README.md).
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium

.PHONY: demo test test-python test-widget lint widget serve clean

$(STAMP): pyproject.toml
	@PY=$$(scripts/find-python) || exit 1; \
	  echo "Using $$PY"; \
	  [ -x $(BIN)/python ] || $$PY -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/corrigenda demo

serve: $(STAMP)
	$(BIN)/corrigenda serve

# Debian's Chromium for the browser tests (Playwright can't download its own here).
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "Chromium is missing: install Debian's 'chromium' package (needs root)."; exit 1; fi

widget/node_modules: widget/package.json widget/package-lock.json
	cd widget && npm ci --no-audit --no-fund --silent
	@touch widget/node_modules

widget: widget/node_modules
	cd widget && node build.mjs

test-widget: widget/node_modules
	cd widget && node build.mjs --check && node size.mjs && npx prettier --check . --log-level warn
	node --test widget/test/

test-python: $(STAMP) $(CHROMIUM)
	CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest

# ruff's rules and format (pyproject.toml) define the house style; CI holds every change to them.
lint: $(STAMP)
	$(BIN)/ruff check corrigenda tests bench scripts
	$(BIN)/ruff format --check corrigenda tests bench scripts
	$(BIN)/mypy corrigenda

test: lint test-widget test-python

clean:
	rm -rf $(VENV) var widget/node_modules
