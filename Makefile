# Front door of lkjip. `make report KEC=aluh-aluh` and `make test` bring the machine up to date
# first (TeX Live from Debian, a virtual environment with the package); both are no-ops when done.
# `make report` installs what a build needs; `make test` adds the test tools on top.

SHELL      := /bin/bash
PYTHON     ?= python3
VENV       := .venv
BIN        := $(VENV)/bin
KEC        ?= aluh-aluh
YEAR       ?=
YEAR_ARG   := $(if $(YEAR),--year $(YEAR),)$(if $(PERIOD), --periode $(PERIOD),)
BATCH_ARGS := $(if $(YEAR),--year $(YEAR),)$(if $(PERIOD), --periode $(PERIOD),) $(if $(KABUPATEN),--kabupaten $(KABUPATEN),) $(if $(JOBS),-j $(JOBS),)

# Debian packages: the TeX engine, the LaTeX packages the class uses, Indonesian hyphenation
# (texlive-lang-other), the TeX Gyre fonts, and poppler-utils for the PDF tests.
APT_PACKAGES := texlive-latex-base texlive-latex-recommended texlive-latex-extra \
                texlive-pictures texlive-lang-other tex-gyre poppler-utils
# Files whose presence proves the packages above are installed.
TEX_PROBES   := indonesian.ldf tgtermes.sty pdflscape.sty multirow.sty tocloft.sty titlesec.sty pdfx.sty
# For the tests only: Java and Apache PDFBox Preflight, the PDF/A validator Debian offers.
TEST_PACKAGES := default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java

# Install Debian packages without questions (CI has no stdin), with sudo unless root. apt's own
# summary says how much it downloads; then one line per package set up shows it is moving.
define apt_install
set -o pipefail; SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
	    -o Dpkg::Progress-Fancy=0 $(1) \
	  | grep --line-buffered -E '^(Need to get|After this operation|Setting up|[0-9]+ upgraded)'
endef

PIP := $(BIN)/pip install --quiet --disable-pip-version-check

.PHONY: bench setup test-setup tex-tools test-tools report all tex new watch bundle test test-fast snapshots wheel-check clean

# What a build needs: TeX Live and lkjip with its runtime dependencies only.
setup: tex-tools $(BIN)/.installed

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) -e .
	touch $@

# What the tests need on top: pytest and its plugins, pikepdf, Dask, the PDF/A validator.
test-setup: setup test-tools $(BIN)/.test-installed

$(BIN)/.test-installed: $(BIN)/.installed
	$(PIP) -e '.[test]'
	touch $@

tex-tools:
	@if command -v pdflatex >/dev/null && command -v pdftotext >/dev/null \
	    && kpsewhich $(TEX_PROBES) 2>/dev/null | wc -l | grep -qx "$(words $(TEX_PROBES))"; then \
	  : ; \
	else \
	  echo "Installing TeX Live from Debian packages: $(APT_PACKAGES)"; \
	  $(call apt_install,$(APT_PACKAGES)); \
	fi

test-tools:
	@if command -v java >/dev/null && [ -f /usr/share/java/preflight.jar ]; then \
	  : ; \
	else \
	  echo "Installing the PDF/A validator from Debian packages: $(TEST_PACKAGES)"; \
	  $(call apt_install,$(TEST_PACKAGES)); \
	fi

report: setup
	$(BIN)/lkjip build $(KEC) $(YEAR_ARG)

# Every kecamatan with content (YEAR=, KABUPATEN=, JOBS= optional); unchanged reports are skipped.
all: setup
	$(BIN)/lkjip build --all $(BATCH_ARGS)

tex: setup
	$(BIN)/lkjip tex $(KEC) $(YEAR_ARG)

# The planning officer's year: next year's file from the last (`make new KEC=aluh-aluh YEAR=2023`;
# PERIOD=tw2 adds a quarter instead), a live preview, and the submission zip.
new: setup
	$(BIN)/lkjip new $(KEC) $(if $(YEAR),--year $(YEAR),) $(if $(PERIOD),--periode $(PERIOD),)

watch: setup
	$(BIN)/lkjip watch $(KEC) $(YEAR_ARG) $(if $(VIEWER),--viewer "$(VIEWER)",)

bundle: setup
	$(BIN)/lkjip bundle $(KEC) $(YEAR_ARG)

# Every test, on every core (pytest-xdist; a test file stays on one worker, so its fixtures build once).
test: test-setup
	$(BIN)/pytest -n auto --dist loadfile

# The tests that need no TeX run: under a minute.
test-fast: test-setup
	$(BIN)/pytest -n auto --dist loadfile -m "not build"

# Build times as ratios to the engine's single-pass floor, batch scaling, memory: build/bench.json.
bench: test-setup
	$(BIN)/python -m pipeline.bench

# Refresh the stored snapshots after an intended change; review the diff before committing.
snapshots: test-setup
	$(BIN)/pytest tests/test_snapshots.py tests/test_archival.py tests/test_seed_reports.py tests/test_figure_pages.py -k "not preflight" --force-regen || true
	$(BIN)/pytest tests/test_snapshots.py tests/test_archival.py

clean:
	rm -rf build
