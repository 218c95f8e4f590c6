# The two commands in the README: `make demo` (set up, then run the main job on the bundled
# examples) and `make test` (set up, then run every check and the whole test suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= chronik-demo.db

.PHONY: setup demo test lint lock clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/chronik build examples/seeds --db $(DB)
	$(BIN)/chronik stats --db $(DB)
	$(BIN)/chronik events --db $(DB) --type gift

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	$(BIN)/pytest

# Re-resolve the pinned versions after changing dependencies in pyproject.toml.
lock:
	uv pip compile pyproject.toml --extra dev --extra ray --python-version 3.11 --quiet -o requirements.lock

clean:
	rm -rf $(VENV) *.db *.db-wal *.db-shm .pytest_cache .mypy_cache .ruff_cache
