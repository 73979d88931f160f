# TreatyGraph: every target creates the virtual environment it needs; no activated venv required.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.DEFAULT_GOAL := help
.PHONY: help install dev load run serve test browser virtuoso assets check format eval bench stress clean

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 12

install: $(STAMP) ## Create .venv with what running TreatyGraph needs (load, serve, query)
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $(STAMP)

dev: $(DEV_STAMP) ## Add the tools for tests, checks and benchmarks (pytest, mypy, ruff, playwright ...)
$(DEV_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(DEV_STAMP)

load: install ## Build the graph from data/documents into var/store
	$(BIN)/treatygraph load

run: install ## Build the graph (documents changed since the last build only), then serve it on http://127.0.0.1:8000
	@$(BIN)/treatygraph load || echo "make run: the load reported failures (above); serving what was published" >&2
	$(BIN)/treatygraph serve

serve: install ## Serve the graph already built
	$(BIN)/treatygraph serve

EVAL_SPLITS ?= corpus,dev,test
eval: dev load ## Score corpus, dev and test against tests/gold (EVAL_SPLITS=corpus,dev,test)
	$(BIN)/treatygraph evaluate --split $(EVAL_SPLITS)

test: dev browser virtuoso ## Run every test (browser tests drive Debian's chromium; Virtuoso is the second SPARQL server)
	$(BIN)/pytest

stress: dev ## Run the minutes-long load, kill and fuzz tests
	TREATYGRAPH_STRESS=1 $(BIN)/pytest -s tests/stress

browser: ## Install Debian's chromium for the browser tests, if it is missing
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "the browser tests need Debian's chromium: sudo apt-get install chromium" >&2; exit 1; fi; }

virtuoso: ## Install Debian's Virtuoso Open-Source for the remote-store tests, if it is missing
	@command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null; \
	  else echo "the remote-store tests need Debian's Virtuoso: sudo apt-get install virtuoso-opensource" >&2; exit 1; fi; }

assets: ## Rebuild api/static/codemirror.js from package.json (needs npm)
	npm ci --no-audit --no-fund
	npm run build

check: dev ## Lint and type-check the packages
	$(BIN)/ruff check ontology loaders graph api treatygraph tests
	$(BIN)/mypy

format: dev ## Format the code
	$(BIN)/ruff format ontology loaders graph api treatygraph tests
	$(BIN)/ruff check --fix ontology loaders graph api treatygraph tests

BENCH_SIZES ?= 1e4,1e5
PEERS := var/bench-peers

bench: dev $(PEERS)/.installed ## Benchmark against oxigraph serve and rdflib-endpoint (BENCH_SIZES=1e4,1e5,1e6)
	$(BIN)/python -m bench.run --sizes $(BENCH_SIZES)

$(PEERS)/.installed:
	$(PYTHON) -m venv $(PEERS)
	$(PEERS)/bin/pip install --quiet 'rdflib-endpoint[cli]' matplotlib psutil
	touch $@

clean: ## Remove the built store and caches
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
