# Actor resolution (org.actorgraph.actors): B-cubed scores against each hand-made gold (one JVM).
# target/classpath.txt comes from make/ner.mk. ACTORS_ARGS=--errors lists the disagreements.
ACTORS_GOLD ?= testdata/actors-gold testdata/actors-gold-wikinews
ACTORS_ARGS ?=

.PHONY: eval-actors

eval-actors: target/classpath.txt
	$(MVN) compile
	java -cp target/classes:$$(cat target/classpath.txt) org.actorgraph.eval.ActorEval $(ACTORS_GOLD) $(ACTORS_ARGS)
