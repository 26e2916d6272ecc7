# Partner Workbench. Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export PYTHONPATH := $(CURDIR)

.PHONY: run test install lint bench screenshots clean

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (install Python 3.11)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Open the workbench on demo data (a local server with demo data starts in the background).
run: $(STAMP)
	$(PY) main.py --demo

## The whole test suite, quality gates included.
test: $(STAMP)
	$(PY) -m pytest -q -n 2 --dist loadgroup tests

lint: $(STAMP)
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check . && $(VENV)/bin/mypy && $(VENV)/bin/lint-imports

## Benchmarks (not tests). QUICK=1 runs reduced sizes in about a minute.
bench: $(STAMP)
	$(PY) -m bench $(if $(QUICK),--quick,)

## Every area rendered with demo data to docs/screenshots/*.png (offscreen), at 100 % and 200 %.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m ui.screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m ui.screenshots --scale 2

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
