# Two commands for a newcomer: `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STANZA_RESOURCES_DIR ?= $(abspath ../shared/models/stanza_resources)
export STANZA_RESOURCES_DIR

.PHONY: setup demo test clean

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

clean:
	rm -rf $(VENV) out
