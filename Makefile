# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test venv clean bench bench-long

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/svodka run corpus/samples --out out/ ; test $$? -le 1

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/run_bench.py $(BENCH_ARGS)

bench-long: $(STAMP)
	$(BIN)/python bench/long_lines.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) out build *.egg-info
