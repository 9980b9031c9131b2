# `make run` builds the warehouse from seeds/documents; `make test` runs every test.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# Written after a successful install: pip runs again only when pyproject.toml is newer.
STAMP := $(VENV)/.installed

.PHONY: setup run lint test clean

setup: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -e '.[test]'
	touch $@

run: setup
	$(BIN)/devzone run

# Python lint and format, types, and the dbt SQL (compiled by dbt against a scratch DuckDB file).
lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	DEVZONE_DB=$$(mktemp -d)/lint.duckdb $(BIN)/sqlfluff lint dbt_project/models dbt_project/tests --processes 2

test: lint
	$(BIN)/pytest -q

# Generated data only; the virtualenv stays (reinstalling it takes a while).
clean:
	rm -rf warehouse.duckdb warehouse.duckdb.wal warehouse.duckdb.lock dbt_project/target dbt_project/logs .pytest_cache
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -exec rm -rf {} +
