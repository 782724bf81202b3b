# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test test-slow bench bench-speakers bench-encoders bench-reliability fuzz \
	bench-retrieval bench-scale lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# The CPU build of torch first: an unpinned torch would pull gigabytes of CUDA packages.
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/audio-rag demo --db .audio_rag_demo

# The README's test command and CI's: style and the layer contract first, then the tests.
test: lint
	$(BIN)/python -m pytest -q

test-slow: install
	$(BIN)/python -m pytest -q -m slow

bench: install
	$(BIN)/python benchmarks/ingest.py

bench-speakers: install
	$(BIN)/python benchmarks/speakers.py --sweep

# Long reliability checks: crash at many points, a 3-hour file, fuzzing, peak memory.
bench-reliability: install
	$(BIN)/python -m pytest -q -m slow tests/test_bad_input.py tests/test_crash.py
	AUDIO_RAG_HYPOTHESIS=explore $(BIN)/python -m pytest -q tests/test_properties.py
	$(BIN)/python scripts/fuzz_decoder.py --seconds 60
	$(BIN)/python benchmarks/memory.py --hours 3

fuzz: install
	$(BIN)/python scripts/fuzz_decoder.py --seconds 300

bench-encoders: install
	$(BIN)/python benchmarks/encoders.py
	$(BIN)/python benchmarks/qbe.py
	$(BIN)/python benchmarks/adapter.py

bench-retrieval: install
	$(BIN)/python benchmarks/retrieval.py

bench-scale: install
	$(BIN)/python benchmarks/scale.py

# Style, the layer contract (imports point down only, pyproject.toml) and size limits.
lint: install
	$(BIN)/ruff check audio_rag tests benchmarks scripts examples
	$(BIN)/ruff format --check audio_rag tests benchmarks scripts examples
	$(BIN)/lint-imports
	$(BIN)/python scripts/check_sizes.py

clean:
	rm -rf $(VENV) .audio_rag_demo
