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
