# Quotation extraction and attribution (org.actorgraph.quotes), scored on PolNeAR-format data.
# `make eval-attribution` scores the dev split carved from ../shared/data/polnear-train
# (src/main/resources/org/actorgraph/eval/polnear-dev.txt); `make eval-attribution DIR=path`
# scores every article of another PolNeAR-format folder (text/, attributions/, metadata.tsv).
ATTR_DATA ?= ../shared/data/polnear-train
ATTR_JAVA = java -Xmx4g -cp target/classes:$$(cat target/classpath.txt)
ifeq ($(strip $(DIR)),)
ATTR_ARGS = --dir $(ATTR_DATA) --split dev
else ifeq ($(realpath $(DIR)),$(realpath $(ATTR_DATA)))
ATTR_ARGS = --dir $(DIR) --split dev
else
ATTR_ARGS = --dir $(DIR) --split all
endif

.PHONY: eval-attribution eval-attribution-train

eval-attribution: target/classpath.txt
	$(MVN) compile
	$(ATTR_JAVA) org.actorgraph.eval.AttributionEval $(ATTR_ARGS)

# The tuning part (everything but the dev split); EXAMPLES=n prints n error examples per class.
eval-attribution-train: target/classpath.txt
	$(MVN) compile
	$(ATTR_JAVA) org.actorgraph.eval.AttributionEval --dir $(ATTR_DATA) --split train --examples $(or $(EXAMPLES),0)

# The safety net for changes to quotes/: every statement, every field, one sorted line each
# (org.actorgraph.eval.StatementDump). `make regress` compares the committed corpus (testdata
# articles and a Wikinews sample) with testdata/regress/statements.tsv and shows the diff;
# `make regress-update` rewrites that file after a change meant to alter statements.
REGRESS_INPUT = testdata/articles/* testdata/regress/wikinews-sample.jsonl
REGRESS_EXPECTED = testdata/regress/statements.tsv
DUMP_JAVA = java -Xmx2g -cp target/classes:$$(cat target/classpath.txt) org.actorgraph.eval.StatementDump

.PHONY: regress regress-update dump-attribution

target/regress/statements.tsv: target/classpath.txt $(shell find src/main testdata/articles testdata/regress -type f 2>/dev/null)
	$(MVN) compile
	$(DUMP_JAVA) --out $@ $(REGRESS_INPUT)

regress: target/regress/statements.tsv
	@diff -u $(REGRESS_EXPECTED) $< && echo "regress: statements unchanged ($$(($$(wc -l < $<) - 1)) rows)"

regress-update: target/regress/statements.tsv
	cp $< $(REGRESS_EXPECTED)

# All PolNeAR train articles (840), too many to commit: compare two versions with cmp.
DUMP ?= target/attribution-dump.tsv
dump-attribution: target/classpath.txt
	$(MVN) compile
	$(DUMP_JAVA) --out $(DUMP) --polnear $(ATTR_DATA)
