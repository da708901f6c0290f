# Two commands for a newcomer: `make demo` and `make test`. Both set up .venv first.
# `make evaluate` scores both parsers on gold dev and test; `make scores` rewrites gold/SCORES.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STANZA_RESOURCES_DIR ?= $(abspath ../shared/models/stanza_resources)
export STANZA_RESOURCES_DIR

CORPUS ?= ../shared/corpus
PARSERS ?= rules stanza

.PHONY: setup demo test predictions evaluate scores benchmark clean

$(BIN)/kpu-extract: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# torch first, the CPU build, so that stanza does not pull a multi-GB CUDA build
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[stanza,test]"
	touch $@

setup: $(BIN)/kpu-extract

demo: setup
	$(BIN)/kpu-extract batch tests/data/sample -o out/sample.jsonl
	$(BIN)/python -c "import json; [print(r['id'], '|', r.get('headline'), '|', [p['name'] for p in r['persons']], '|', r['events'][0]['type'] if r.get('events') else None) for r in map(json.loads, open('out/sample.jsonl'))]"

test: setup
	$(BIN)/python -m pytest -q

# Every page of the shared corpus and every seed, extracted by each parser (the evaluator keeps the gold's pages);
# re-extracted only when the code or the patterns change.
SOURCES := $(shell find kpu_extract patterns -name '*.py' -o -name '*.yaml' -o -name '*.json')
PREDICTIONS = out/pages.$(1).jsonl out/seeds.$(1).jsonl

out/pages.%.jsonl: $(SOURCES) | setup
	mkdir -p out
	$(BIN)/kpu-extract batch $(CORPUS)/pages.jsonl -o $@ --parser $* -q

out/seeds.%.jsonl: $(SOURCES) | setup
	mkdir -p out
	$(BIN)/kpu-extract batch $(CORPUS)/seeds -o $@ --parser $* -q

predictions: $(foreach parser,$(PARSERS),$(call PREDICTIONS,$(parser)))

evaluate: predictions
	for split in dev test; do for parser in $(PARSERS); do \
	  $(BIN)/kpu-extract evaluate --gold gold/$$split.jsonl --system "kpu-extract ($$parser)" \
	    --pred out/pages.$$parser.jsonl out/seeds.$$parser.jsonl --links gold/links.yaml || exit 1; \
	done; done

scores: predictions
	{ printf '# Scores on the test split\n\nWritten by `make scores` (re-run it after any change; tune on dev only).\n'; \
	  printf 'Each table: one row per field, with the baselines a user would pick without this library under\n'; \
	  printf 'the fields they produce. Spans compare page offsets; values compare canonical forms per article.\n'; \
	  for parser in $(PARSERS); do printf '\n## Parser: %s\n\n' $$parser; \
	    $(BIN)/kpu-extract evaluate --gold gold/test.jsonl --format markdown --system "kpu-extract ($$parser)" \
	      --pred out/pages.$$parser.jsonl out/seeds.$$parser.jsonl --links gold/links.yaml || exit 1; \
	  done; } > gold/SCORES.md

# Articles/s and peak memory: rules-only, bare Stanza, Stanza mode with a cold and a warm parse cache (see benchmarks/README.md).
benchmark: setup
	$(BIN)/python benchmarks/benchmark.py --corpus $(CORPUS)

clean:
	rm -rf $(VENV) out
