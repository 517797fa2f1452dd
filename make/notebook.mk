# The notebook and the README's Python examples, executed against the testdata run (issue 17):
#   make test-notebook   runs notebooks/read_tables.py, then every cell of
#                        notebooks/actorgraph.ipynb (nbconvert); fails on any cell error
# The virtualenv is made once in .venv/ from notebooks/requirements.txt and reused. --retries 0:
# the configured local package index answers at once; a remote one that does not answer would
# otherwise hold the build for minutes.
VENV ?= .venv
NOTEBOOK_OUT := target/notebook

.PHONY: test-notebook venv

$(VENV)/.installed: notebooks/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --retries 0 -r notebooks/requirements.txt
	@touch $@

venv: $(VENV)/.installed

test-notebook: $(TEST_OUT)/_manifest.json $(VENV)/.installed
	$(VENV)/bin/python notebooks/read_tables.py $(TEST_OUT)
	@mkdir -p $(NOTEBOOK_OUT)
	ACTORGRAPH_OUT=$(abspath $(TEST_OUT)) $(VENV)/bin/jupyter nbconvert --to notebook --execute \
	  --ExecutePreprocessor.timeout=300 --output-dir $(NOTEBOOK_OUT) notebooks/actorgraph.ipynb
	@echo "notebook executed: $(NOTEBOOK_OUT)/actorgraph.ipynb"
