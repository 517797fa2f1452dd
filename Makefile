# actorgraph: build, run and test. `make run` and `make test` are all a fresh machine needs.
SHELL := /bin/bash
MVN ?= mvn -B -q
JAR := target/actorgraph-bundled.jar
OUT ?= out
INPUT ?= testdata/articles/*
# testdata holds two articles over 32 KB to show the too_large reject; the job's default is 2 MB
RUN_ARGS ?= --maxArticleBytes=32768
TEST_OUT := target/test-out
DUCKDB := src/test/duckdb

.PHONY: build run test test-output duckdb-deps clean

build: $(JAR)

$(JAR): pom.xml $(shell find src/main -type f 2>/dev/null)
	$(MVN) -DskipTests package

run: build
	java -jar $(JAR) --input='$(INPUT)' --output=$(OUT) --overwrite $(RUN_ARGS)

# Unit and pipeline tests (Maven); then the job on testdata, its Parquet read back by DuckDB,
# the notebook's SQL and the report (make/report.mk).
test:
	$(MVN) verify
	$(MAKE) test-output test-report test-notebook regress test-hostile test-cli

$(DUCKDB)/node_modules: $(DUCKDB)/package.json $(DUCKDB)/package-lock.json
	npm ci --prefix $(DUCKDB) --no-audit --no-fund
	@touch $@

duckdb-deps: $(DUCKDB)/node_modules

$(TEST_OUT)/_manifest.json: $(JAR) $(shell find testdata/articles -type f 2>/dev/null)
	java -jar $(JAR) --input='testdata/articles/*' --output=$(TEST_OUT) --overwrite --report $(RUN_ARGS)

test-output: $(TEST_OUT)/_manifest.json duckdb-deps
	ACTORGRAPH_OUT=$(TEST_OUT) ACTORGRAPH_INPUT=testdata/articles node --test $(DUCKDB)/

clean:
	rm -rf target out

# Each concern adds its own targets in make/*.mk (NER training, Flink cluster, benchmarks, ...).
-include make/*.mk
