# Input robustness (issue 16): the job on a generated folder of hostile inputs beside good ones
# (src/test/java/org/actorgraph/io/HostileInputs.java writes it with expected.tsv), checked entry
# by entry and against the manifest's reconciliation by DuckDB (src/test/duckdb/hostile.test.mjs).
HOSTILE_DIR ?= target/hostile
HOSTILE_OUT ?= target/hostile-out

.PHONY: test-hostile

test-hostile: $(JAR) duckdb-deps test-killed-run
	$(MVN) test-compile
	java -cp target/test-classes:$(JAR) org.actorgraph.io.HostileInputs $(HOSTILE_DIR)
	java -jar $(JAR) --input='$(HOSTILE_DIR)/in/*,$(HOSTILE_DIR)/in/sub/*' --output=$(HOSTILE_OUT) --overwrite \
	  --maxArticleBytes=$$(java -cp target/test-classes:$(JAR) org.actorgraph.io.HostileInputs --max-bytes)
	ACTORGRAPH_HOSTILE=$(HOSTILE_DIR) ACTORGRAPH_OUT=$(HOSTILE_OUT) node --test $(DUCKDB)/hostile.test.mjs

# SIGKILL mid-write and a concurrent run, as real processes (src/test/duckdb/killed-run.test.mjs)
.PHONY: test-killed-run
test-killed-run: $(JAR) duckdb-deps
	ACTORGRAPH_JAR=$(JAR) node --test $(DUCKDB)/killed-run.test.mjs

# The command line as real processes: usage errors, --help, exit codes, the summary
.PHONY: test-cli
test-cli: $(JAR)
	ACTORGRAPH_JAR=$(JAR) node --test $(DUCKDB)/cli.test.mjs
