# The front door: `make help` lists what is here.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= portal.settings.dev

.DEFAULT_GOAL := help
.PHONY: help run demo install install-test browser lint messages test test-sqlite test-postgres

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

MO_FILES := $(patsubst %.po,%.mo,$(wildcard locales/*/LC_MESSAGES/django.po))

locales/%.mo: locales/%.po
	msgfmt --check -o $@ $<

messages: ## Refresh the gettext catalogues from the code and templates
	$(BIN)/python manage.py makemessages -l it --ignore=.venv --ignore=var --ignore=tests --no-obsolete

install: $(BIN)/python $(MO_FILES) ## Install the portal into the virtualenv
	$(BIN)/pip install --quiet -e .

demo: install ## Migrate and load the demo region (idempotent); prints the staff logins
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo

run: demo ## Bring the portal up on http://$(HOST):$(PORT)/ with demo content
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

install-test: $(BIN)/python $(MO_FILES) ## Install the portal with what the tests need
	$(BIN)/pip install --quiet -e '.[test]'

browser: ## Install Debian's Chromium for the browser tests (needs root)
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium; }

lint: install-test ## Ruff, template indentation, migrations and system checks
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check portal/templates content/templates forms/templates
	env -u DATABASE_URL DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	env -u DATABASE_URL DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py check

test-sqlite: install-test browser ## Every test on SQLite
	env -u DATABASE_URL $(BIN)/pytest -n 2 --create-db

# The browser tests and the clean-clone run serve their own SQLite copy of
# the demo, so the PostgreSQL pass leaves them to the SQLite one.
test-postgres: install-test ## Every database test on the PostgreSQL of DATABASE_URL
	@test -n "$(DATABASE_URL)" || { echo "DATABASE_URL is not set"; exit 2; }
	$(BIN)/pytest -n 2 --create-db -m "not browser and not slow"

test: lint test-sqlite ## Install test dependencies and run every test (and on PostgreSQL when DATABASE_URL is set)
	@if [ -n "$(DATABASE_URL)" ]; then $(MAKE) --no-print-directory test-postgres; fi
