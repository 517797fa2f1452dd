# Actor resolution (org.actorgraph.actors): B-cubed scores against each hand-made gold (one JVM).
# target/classpath.txt comes from make/ner.mk. ACTORS_ARGS=--errors lists the disagreements.
ACTORS_GOLD ?= testdata/actors-gold testdata/actors-gold-wikinews
ACTORS_ARGS ?=

.PHONY: eval-actors

eval-actors: target/classpath.txt
	$(MVN) compile
	java -cp target/classes:$$(cat target/classpath.txt) org.actorgraph.eval.ActorEval $(ACTORS_GOLD) $(ACTORS_ARGS)

# The default registry with the US Congress and the presidents and vice presidents merged in (CC0,
# unitedstates/congress-legislators); idempotent. Needs python3 with PyYAML.
LEGISLATORS ?= ../shared/data/registries/congress-legislators
.PHONY: registry
registry:
	python3 make/merge_registry.py $(LEGISLATORS) src/main/resources/org/actorgraph/actors/registry.tsv
