# The Makefile is the executable documentation: every command in the README is a target here.
# Tests and the demo run against the *installed* package (not the source tree), so a module or
# data file missing from pyproject.toml fails here rather than on a self-hoster's machine.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
PIP     = $(BIN)/python -m pip --quiet --disable-pip-version-check

.PHONY: demo test lint bench format install clean container-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Dependencies are reinstalled only when pyproject.toml changes; the project itself every time.
$(VENV)/.deps: pyproject.toml | $(BIN)/python
	$(PIP) install setuptools wheel '.[dev]'
	touch $@

install: $(VENV)/.deps
	$(PIP) install --no-deps --no-build-isolation --force-reinstall .
	rm -rf build

demo: install  ## replay the seed articles and print the alerts
	$(BIN)/sitrep demo

test: install  ## the whole test suite
	PTB_TIMEDELTA=1 $(BIN)/pytest

lint: $(VENV)/.deps  ## ruff (lint and format check) and mypy
	$(BIN)/ruff check bot storage tests bench
	$(BIN)/ruff format --check bot storage tests bench
	$(BIN)/mypy bot storage
	$(BIN)/hadolint Dockerfile
	$(BIN)/shellcheck scripts/*.sh

format: $(VENV)/.deps
	$(BIN)/ruff check --fix bot storage tests bench
	$(BIN)/ruff format bot storage tests bench

bench: install  ## benchmarks: each prints its figures
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/poll.py
	$(BIN)/python bench/fanout.py

container-test:  ## build the Docker image and smoke-test it (podman when no Docker engine; root)
	scripts/container-test.sh

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache
