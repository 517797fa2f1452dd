# actorgraph: build, run and test. `make run` and `make test` are all a fresh machine needs.
SHELL := /bin/bash
MVN ?= mvn -B -q
JAR := target/actorgraph-bundled.jar
OUT ?= out
INPUT ?= testdata/articles/*
# testdata holds two articles over 32 KB to show the too_large reject; the job's default is 2 MB
RUN_ARGS ?= --maxArticleBytes=32768

.PHONY: build run test clean

build: $(JAR)

$(JAR): pom.xml $(shell find src/main -type f 2>/dev/null)
	$(MVN) -DskipTests package

run: build
	java -jar $(JAR) --input='$(INPUT)' --output=$(OUT) --overwrite $(RUN_ARGS)

test:
	$(MVN) verify

clean:
	rm -rf target out

# Each concern adds its own targets in make/*.mk (NER training, Flink cluster, benchmarks, ...).
-include make/*.mk
