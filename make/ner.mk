# English name finder (org.actorgraph.nlp.ner): train on CoNLL-2003, score on any CoNLL file.
NER_DATA ?= ../shared/data
NER_TRAIN ?= $(NER_DATA)/conll2003/train.txt
NER_ARGS ?=
FILE ?= $(NER_DATA)/conll2003/valid.txt
NER_JAVA = java -Xmx8g -cp target/classes:$$(cat target/classpath.txt)

.PHONY: ner-classes train-ner eval-ner

target/classpath.txt: pom.xml
	@mkdir -p target
	$(MVN) dependency:build-classpath -Dmdep.outputFile=target/classpath.txt

ner-classes: target/classpath.txt
	$(MVN) compile

# Writes src/main/resources/org/actorgraph/nlp/ner/en-ner.bin; prints training time and size.
train-ner: ner-classes
	$(NER_JAVA) org.actorgraph.nlp.ner.NerTrainer --train $(NER_TRAIN) $(NER_ARGS)

# Per-type precision/recall/F1, with and without document consistency; last line: overall.
eval-ner: ner-classes
	$(NER_JAVA) org.actorgraph.nlp.ner.NerEvaluator $(FILE)
