# Outputs people can look at (issue 6): report.html beside the tables, and the notebook's SQL
# (notebooks/sql/*.sql) tested with DuckDB (npm @duckdb/node-api) on the job's testdata output.
#   make report        `make run`, then $(OUT)/report.html
#   make test-report   the job on testdata into $(REPORT_OUT) (when the jar or testdata changed),
#                      with its report.html, then node --test notebooks/test/*.test.mjs
#   make report-png    the same, keeping the Chromium screenshot as docs/report.png
# the job's testdata run of `make test-output` (top Makefile), written with --report
REPORT_OUT ?= $(TEST_OUT)
REPORT_NODE := notebooks/test
REPORT_JAVA = java -cp $(JAR) org.actorgraph.report.HtmlReport

.PHONY: report test-report report-png report-chromium

report: build
	java -jar $(JAR) --input='$(INPUT)' --output=$(OUT) --overwrite --report $(RUN_ARGS)
	@echo "open $(OUT)/report.html"

$(REPORT_OUT)/report.html: $(REPORT_OUT)/_manifest.json
	$(REPORT_JAVA) $(REPORT_OUT)

$(REPORT_NODE)/node_modules: $(REPORT_NODE)/package.json $(REPORT_NODE)/package-lock.json
	npm ci --prefix $(REPORT_NODE) --no-audit --no-fund
	@touch $@

# Headless Chromium renders the report in the test; install it (Debian package) when missing.
report-chromium:
	@if [ -z "$$CHROMIUM" ] && ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium (apt-get)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "WARNING: no chromium and cannot install it: the report rendering test will be skipped"; \
	  fi; \
	fi

test-report: $(REPORT_OUT)/report.html $(REPORT_NODE)/node_modules report-chromium
	ACTORGRAPH_OUT=$(REPORT_OUT) node --test $(REPORT_NODE)/*.test.mjs

report-png: $(REPORT_OUT)/report.html $(REPORT_NODE)/node_modules report-chromium
	ACTORGRAPH_OUT=$(REPORT_OUT) ACTORGRAPH_SCREENSHOT=docs/report.png \
	  node --test $(REPORT_NODE)/report.test.mjs
