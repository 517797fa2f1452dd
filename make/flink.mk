# Flink: a local session cluster on loopback (pipelines/flink/), submission to it, and the
# integration and fault tests. See docs/flink.md.
FLINK_SCRIPTS := pipelines/flink
FLINK_PARALLELISM ?= 2
FLINK_OUT ?= $(OUT)-flink
# RUN_ARGS (the top Makefile's extra job options) go to the Flink and the DirectRunner runs alike
FLINK_ENV = MVN='$(MVN)' JAR='$(JAR)' FLINK_PARALLELISM='$(FLINK_PARALLELISM)' JOB_ARGS='$(RUN_ARGS)'

.PHONY: flink-up flink-down flink-status run-flink test-flink test-flink-fault

flink-up:
	$(FLINK_ENV) bash $(FLINK_SCRIPTS)/cluster.sh up

flink-down:
	$(FLINK_ENV) bash $(FLINK_SCRIPTS)/cluster.sh down

flink-status:
	$(FLINK_ENV) bash $(FLINK_SCRIPTS)/cluster.sh status

# Needs a running cluster (make flink-up); prints the job id and its final state.
run-flink: build
	$(FLINK_ENV) bash $(FLINK_SCRIPTS)/submit.sh '$(INPUT)' '$(FLINK_OUT)' $(FLINK_PARALLELISM) $(RUN_ARGS)

# Each starts its own cluster and stops it whatever happens.
test-flink: build
	$(FLINK_ENV) bash $(FLINK_SCRIPTS)/test-flink.sh '$(INPUT)'

test-flink-fault: build
	$(FLINK_ENV) bash $(FLINK_SCRIPTS)/test-flink-fault.sh
