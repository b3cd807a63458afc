# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test messages lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when the dependencies change.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# compilemessages reads no secrets, so it may run with development settings.
messages: $(VENV)/.installed
	DEBUG=true $(BIN)/python manage.py compilemessages --ignore=.venv -v0

run: export DEBUG ?= true
run: export TWO_FACTOR_REQUIRED ?= false
run: install messages
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo --if-empty
	@echo "Serving Päijäthämäläiset.fi at http://$(HOST):$(PORT)/"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Tests run with production settings (DEBUG off), less the HTTPS redirect of plain-HTTP test
# servers, and a throwaway key. DATABASE_URL chooses the database (SQLite by default).
test: export SECRET_KEY ?= insecure-test-only-key-0123456789-abcdefghijklmnopqrstuvwxyz
test: export SECURE_SSL_REDIRECT ?= false
test: install-test messages
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
