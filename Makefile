# folio: build the book in three editions. `make help` lists the targets.
#
# The editions are real files with real prerequisites, so `make all` with
# nothing changed starts no Sphinx, and changing a seed, the register, conf/
# or the code rebuilds what depends on it.

SHELL := /bin/bash
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
FOLIO := $(BIN)/folio
SPHINXOPTS ?= -W
PYTESTOPTS ?=

# The book's configuration is read by folio itself (the standard library
# suffices, so this works before the virtualenv exists), once per make. The
# answer is kept in _build/ until book.toml changes, so that make with
# nothing to do stays instant. A book.toml folio refuses is reported once
# (the build then says it again, and stops); make help then shows <slug>.
SLUG_FILE := _build/.folio-slug
ifeq ($(origin SLUG),undefined)
SLUG := $(shell if [ -s $(SLUG_FILE) ] && [ $(SLUG_FILE) -nt book/book.toml ]; then cat $(SLUG_FILE); \
	else mkdir -p _build && s=$$(PYTHONPATH=src $(PYTHON) -m folio config --get slug) && [ -n "$$s" ] \
	&& printf '%s' "$$s" > $(SLUG_FILE).tmp && mv $(SLUG_FILE).tmp $(SLUG_FILE) && printf '%s' "$$s"; fi)
endif
SHOWN = $(or $(SLUG),<slug>)
INSTALLED := $(VENV)/.folio-installed
SYSTEM := $(VENV)/.folio-system-checked
ACE := tools/ace/node_modules/.bin/ace-cli
AUDIT := tools/audit/node_modules/.bin/lighthouse
BOOK_SOURCES := $(shell find book seeds -type f -not -name '.*' 2>/dev/null)
# make cannot see a file that is gone: a removed seed must still rebuild the
# book. _build/.folio-sources lists the seeds and book files (not the
# chapters, which folio derives from the seeds) and changes when that list does.
SOURCE_LIST := _build/.folio-sources
LISTED := $(sort $(filter-out book/chapters/%,$(BOOK_SOURCES)))
$(shell mkdir -p _build && { echo '$(LISTED)' | cmp -s - $(SOURCE_LIST) || echo '$(LISTED)' > $(SOURCE_LIST); })

HTML := dist/html/index.html
PDF := dist/$(SLUG).pdf
PRINT := dist/$(SLUG)-print.pdf
COVER := dist/$(SLUG)-cover.pdf
EPUB := dist/$(SLUG).epub
# An interrupted build must never cost the previous edition: folio replaces
# these files by rename only when complete, and make must not delete them.
.PRECIOUS: $(HTML) $(PDF) $(PRINT) $(COVER) $(EPUB)

# folio finds Ace in tools/ace and Debian's Chromium itself; npm must never
# download a browser of its own.
export PUPPETEER_SKIP_DOWNLOAD := 1

.PHONY: help setup system chapters glossary html pdf epub all check lint test livehtml bench clean distclean asked-editions

help: ## show this help
	@echo "folio: build the book in three editions from the articles in seeds/."
	@echo
	@echo "  make all     build every edition into dist/ (installs what it needs first)"
	@echo "  make test    build, then run the tests against the real editions"
	@echo
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | awk -F'\t' '{printf "  make %-10s %s\n", $$1, $$2}'
	@echo
	@echo "Outputs: dist/html/, dist/$(SHOWN).pdf, dist/$(SHOWN)-print.pdf, dist/$(SHOWN)-cover.pdf, dist/$(SHOWN).epub. Options: SPHINXOPTS='$(SPHINXOPTS)'."

setup: $(SYSTEM) $(INSTALLED) $(ACE) $(AUDIT) ## install system packages (as root), the virtualenv, Ace, axe-core and Lighthouse

# The system check runs again after `make distclean` or a change to the script.
system: $(SYSTEM)
$(SYSTEM): tools/setup-system
	@sh tools/setup-system
	@mkdir -p $(@D) && touch $@

$(INSTALLED): pyproject.toml | $(SYSTEM)
	@echo "folio: creating $(VENV) and installing folio with its test tools"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,live,bench]'
	@touch $@

$(ACE): tools/ace/package.json tools/ace/package-lock.json | $(SYSTEM)
	@echo "folio: installing Ace by DAISY into tools/ace (npm ci)"
	cd tools/ace && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# axe-core (for the HTML tests) and Lighthouse (make lighthouse), pinned; they run with Debian's Chromium.
$(AUDIT): tools/audit/package.json tools/audit/package-lock.json | $(SYSTEM)
	@echo "folio: installing axe-core and Lighthouse into tools/audit (npm ci)"
	cd tools/audit && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

chapters: $(INSTALLED) ## bring book/chapters/ in step with seeds/ (the build does this too)
	$(FOLIO) ingest

glossary: $(INSTALLED) ## draft glossary entries for the articles' people and institutions (SEEDS= to choose)
	$(FOLIO) glossary draft $(SEEDS)

# Editions asked for together (`make html epub`) are built in one folio run,
# as `all` builds them: the sources are read once, LaTeX runs beside the rest.
ASKED := $(filter html pdf epub,$(MAKECMDGOALS))
ifeq ($(word 2,$(ASKED)),)
html: $(HTML) ## build the HTML site into dist/html/
pdf: $(PDF) ## build the reading PDF, and the PDF/X-4 print interior and cover, into dist/
epub: $(EPUB) ## build the EPUB into dist/
else
html pdf epub: asked-editions
	@:
asked-editions: | $(INSTALLED)
	@$(call build_out_of_date,$(ASKED))
endif

# Each edition depends on what it reads: all of book/, seeds/ and the code,
# the shared Sphinx configuration, and its own styling in conf/.
COMMON := $(BOOK_SOURCES) $(SOURCE_LIST) $(shell find src/folio -name '*.py') conf/conf.py conf/docutils.conf pyproject.toml
$(HTML): $(COMMON) $(shell find conf/static conf/templates -type f 2>/dev/null) | $(INSTALLED)
	$(FOLIO) build html --sphinx-opts="$(SPHINXOPTS)"
	@touch $@

# One typesetting run writes both PDFs (a grouped target).
$(PDF) $(PRINT) $(COVER) &: $(COMMON) $(shell find conf/latex -type f 2>/dev/null) | $(INSTALLED)
	$(FOLIO) build pdf --sphinx-opts="$(SPHINXOPTS)"
	@touch $(PDF) $(PRINT) $(COVER)

$(EPUB): $(COMMON) conf/epub.css $(shell find conf/latex -type f 2>/dev/null) | $(INSTALLED)
	$(FOLIO) build epub --sphinx-opts="$(SPHINXOPTS)"
	@touch $@

# `all` asks make which editions are out of date and builds them in one folio
# run, so the sources are read once and LaTeX runs beside the other editions.
all: $(SYSTEM) $(INSTALLED) ## build every edition (HTML, PDF, EPUB) into dist/
	@$(call build_out_of_date,html pdf epub)

# $(1): the editions to build when make finds them out of date, in one folio run.
define build_out_of_date
todo=""; \
for edition in $(1); do \
	case $$edition in html) target=$(HTML);; pdf) target=$(PDF);; epub) target=$(EPUB);; esac; \
	$(MAKE) -s -q SLUG=$(SLUG) $$target || todo="$$todo $$edition"; \
done; \
if [ -z "$$todo" ]; then echo "folio: every edition is up to date"; exit 0; fi; \
set -e; \
$(FOLIO) build $$todo --sphinx-opts="$(SPHINXOPTS)"; \
for edition in $$todo; do \
	case $$edition in html) touch $(HTML);; pdf) touch $(PDF) $(PRINT) $(COVER);; epub) touch $(EPUB);; esac; \
done
endef

# check runs on whatever was built, even when an edition failed to build:
# folio check says which editions it could not check, and why.
check: $(SYSTEM) $(INSTALLED) $(ACE) ## build what is out of date, then check chapters, glossary and editions (EPUBCheck, Ace)
	@$(MAKE) --no-print-directory SLUG=$(SLUG) all || echo "folio: the build failed; checking the editions there are"
	$(FOLIO) check

lint: $(INSTALLED) ## ruff (lint and format) and mypy --strict on src/
	$(BIN)/ruff check src tests tools
	$(BIN)/ruff format --check src tests tools
	$(BIN)/mypy src

test: setup all lint ## build the editions, lint, then run the tests against them
	$(BIN)/python -m pytest $(PYTESTOPTS)

lighthouse: setup $(HTML) ## Lighthouse (mobile) on the HTML edition's pages: scores, weight, metrics
	$(BIN)/python tools/lighthouse.py

bench: setup ## time editions, make and anthologies against pandoc; writes docs/benchmarks.md
	$(BIN)/python tools/bench.py

livehtml: $(INSTALLED) ## serve the HTML on localhost, rebuilding on change
	$(BIN)/sphinx-autobuild -c conf --watch seeds --watch src --pre-build '$(FOLIO) ingest' book _build/livehtml

clean: ## remove _build/ and dist/ (keeps the environment)
	rm -rf _build dist

distclean: clean ## also remove the virtualenv, Ace, the audit tools and the LaTeX format cache
	rm -rf $(VENV) tools/ace/node_modules tools/audit/node_modules .cache
