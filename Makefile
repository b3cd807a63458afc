# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Links in e-mail follow the address `make run` serves, unless SITE_URL is set.
SITE_URL ?= http://$(HOST):$(PORT)
# Test processes: one per core by default (pytest-xdist); PYTEST_WORKERS=0 runs in one.
PYTEST_WORKERS ?= auto

# The Nu Html Checker (vnu.jar), for the HTML validity test; it needs Java, and npm to fetch it.
VNU_VERSION := 26.9.27
VNU_STAMP := $(VENV)/vnu/.installed-$(VNU_VERSION)

.PHONY: run test install install-test messages vnu lint clean

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

$(VNU_STAMP):
	npm install --prefix $(VENV)/vnu --no-save --no-audit --no-fund --loglevel=error \
		vnu-jar@$(VNU_VERSION)
	touch $@

vnu: $(VNU_STAMP)

# compilemessages reads no secrets, so it may run with development settings.
messages: $(VENV)/.installed
	DEBUG=true $(BIN)/python manage.py compilemessages --ignore=.venv -v0

run: export DEBUG ?= true
run: export SITE_URL := $(SITE_URL)
run: export TWO_FACTOR_REQUIRED ?= false
run: install messages
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo --if-empty
	@echo "Serving Päijäthämäläiset.fi at http://$(HOST):$(PORT)/"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Tests run with production settings (DEBUG off), less the HTTPS redirect of plain-HTTP test
# servers, and a throwaway key. DATABASE_URL chooses the database (SQLite by default). Where npm
# is missing, the HTML check is skipped (and fails under CI=true).
test: export SECRET_KEY ?= insecure-test-only-key-0123456789-abcdefghijklmnopqrstuvwxyz
test: export SECURE_SSL_REDIRECT ?= false
test: install-test messages $(if $(shell command -v npm),vnu)
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
