# English name finder (org.actorgraph.nlp.ner): CoNLL-2003 and the open sets, with word
# clusters and gazetteers from the NLP4J lexica; scored on CoNLL valid and two held-out
# out-of-domain sets (docs/ner.md).
NER_DATA ?= ../shared/data
OPEN := $(NER_DATA)/ner-open
CONLL_TRAIN ?= $(NER_DATA)/conll2003/train.txt
CONLL_VALID ?= $(NER_DATA)/conll2003/valid.txt
# Held out of every training run: wikigold documents 73-145 and the UNER EWT test split.
NER_DEV ?= $(CONLL_VALID) $(OPEN)/wikigold/CONLL-format/data/wikigold.conll.txt@73-145 \
  $(OPEN)/uner_en_ewt/en_ewt-ud-test.iob2
comma := ,
empty :=
space := $(empty) $(empty)
# All the open training data (wikigold 1-72, UNER EWT train and dev, BTC, WNUT-17). With it
# CoNLL valid falls to 0.852 and ORG recall collapses (docs/ner.md), so the shipped model takes
# only NER_OPEN_TRAIN; `make train-ner-dev NER_OPEN_TRAIN="$(NER_OPEN_ALL)"` redoes the run.
NER_OPEN_ALL := $(OPEN)/wikigold/CONLL-format/data/wikigold.conll.txt@1-72 \
  $(OPEN)/uner_en_ewt/en_ewt-ud-train.FIRST-COMMIT-0c7ce0d-2022-12-02-DO-NOT-USE.iob2 \
  $(OPEN)/uner_en_ewt/en_ewt-ud-dev.iob2 \
  $(sort $(wildcard $(OPEN)/btc/CONLL-format/data/*.conll)) \
  $(OPEN)/wnut17/wnut17train.conll $(OPEN)/wnut17/emerging.dev.conll \
  $(OPEN)/wnut17/emerging.test.conll
NER_OPEN_TRAIN ?= $(OPEN)/wikigold/CONLL-format/data/wikigold.conll.txt@1-72 \
  $(OPEN)/uner_en_ewt/en_ewt-ud-dev.iob2
NER_CAPS ?= 0.1
NER_LEXICA := target/ner-lexica
NER_SHIPPED_ARGS ?= --extra $(subst $(space),$(comma),$(strip $(NER_OPEN_TRAIN))) \
  --lexica $(NER_LEXICA) --caps $(NER_CAPS) --iterations 100
NER_ARGS ?=
NER_JAVA = nice java -Xmx8g -cp target/classes:$$(cat target/classpath.txt)
NLP4J_VERSION := 1.1.3

.PHONY: ner-classes ner-lexica train-ner train-ner-dev eval-ner

target/classpath.txt: pom.xml
	@mkdir -p target
	$(MVN) dependency:build-classpath -Dmdep.outputFile=target/classpath.txt

ner-classes: target/classpath.txt
	$(MVN) compile

# The NLP4J English lexica (Apache-2.0, a 261 MB jar) are fetched into target/ only to take
# the clusters and gazetteers out; neither jar is a dependency of the project.
$(NER_LEXICA)/brown.txt: | ner-classes
	$(MVN) dependency:copy -Dartifact=edu.emory.mathcs.nlp:nlp4j-english:$(NLP4J_VERSION) \
	  -DoutputDirectory=target/nlp4j
	$(MVN) dependency:copy -Dartifact=edu.emory.mathcs.nlp:nlp4j-api:$(NLP4J_VERSION) \
	  -DoutputDirectory=target/nlp4j
	$(NER_JAVA):target/nlp4j/nlp4j-api-$(NLP4J_VERSION).jar org.actorgraph.nlp.ner.NerLexica \
	  target/nlp4j/nlp4j-english-$(NLP4J_VERSION).jar $(NER_LEXICA)

ner-lexica: $(NER_LEXICA)/brown.txt

# The shipped model: CoNLL train+valid, wikigold 1-72 and UNER EWT dev, clusters, gazetteers.
# Writes src/main/resources/org/actorgraph/nlp/ner/en-ner.bin; prints training time and size.
train-ner: ner-classes ner-lexica
	$(NER_JAVA) org.actorgraph.nlp.ner.NerTrainer --train $(CONLL_TRAIN),$(CONLL_VALID) \
	  $(NER_SHIPPED_ARGS) $(NER_ARGS)

# The same recipe without CoNLL valid, to target/ner-dev.bin, scored on the three dev sets:
# the honest CoNLL valid figure (the shipped model has seen valid).
train-ner-dev: ner-classes ner-lexica
	$(NER_JAVA) org.actorgraph.nlp.ner.NerTrainer --train $(CONLL_TRAIN) \
	  --out target/ner-dev.bin $(NER_SHIPPED_ARGS) $(NER_ARGS)
	$(NER_JAVA) org.actorgraph.nlp.ner.NerEvaluator --model target/ner-dev.bin $(NER_DEV)

# Per-type precision/recall/F1 on each dev set, with and without document consistency; for
# each set the last line is its overall F1. FILE=... scores other files (file@FROM-TO too).
FILE ?= $(NER_DEV)
eval-ner: ner-classes
	$(NER_JAVA) org.actorgraph.nlp.ner.NerEvaluator $(FILE)
