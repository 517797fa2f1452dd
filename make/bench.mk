# Throughput benchmark (issue 7): corpus generator, the single-threaded limit, the job on the
# DirectRunner and on Flink's embedded cluster, peak RSS per run. See docs/bench.md.
#   make corpus N=5000            synthetic wire copy + cycled Wikinews, N articles each, as JSON Lines
#   make bench                    the table; also written to bench/results.md
#   make bench SIZES=1000,5000,20000 CONFIGS=direct,flink1,flink2 INPUTS=synth,wikinews
#   make jmh                      per-annotator JMH benchmarks on fixed text
# Default SIZES fit `make bench` in ~15 minutes on 2 idle cores; 20000 does not (docs/bench.md).
BENCH_DIR ?= target/bench
CORPUS_DIR ?= $(BENCH_DIR)/corpus
N ?= 1000
SIZES ?= 100,600
INPUTS ?= synth,wikinews
CONFIGS ?= direct,flink1,flink2
BENCH_JVM ?= -Xmx2g
BENCH_OUT ?= bench/results.md
WIKINEWS_CSV ?= ../shared/data/wikinews/data
JMH_ARGS ?= -f 1 -wi 2 -i 3 -w 2s -r 3s
BENCH_JAVA = java -cp $(JAR)

.PHONY: corpus bench jmh

corpus: $(JAR)
	$(BENCH_JAVA) org.actorgraph.bench.CorpusGenerator synth $(N) $(CORPUS_DIR)/synth-$(N)
	$(BENCH_JAVA) org.actorgraph.bench.CorpusGenerator wikinews $(N) $(CORPUS_DIR)/wikinews-$(N) --csv=$(WIKINEWS_CSV)

bench: $(JAR)
	$(BENCH_JAVA) org.actorgraph.bench.BenchDriver --jar=$(JAR) --corpus=$(CORPUS_DIR) \
	  --sizes=$(SIZES) --inputs=$(INPUTS) --configs=$(CONFIGS) --jvm="$(BENCH_JVM)" \
	  --out=$(BENCH_OUT) --csv=$(WIKINEWS_CSV)

# JMH benchmarks live in src/test/java/org/actorgraph/bench (test scope): compile the tests, run with the test classpath.
target/test-classpath.txt: pom.xml
	@mkdir -p target
	$(MVN) dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt

jmh: target/test-classpath.txt
	$(MVN) test-compile
	java -cp target/test-classes:target/classes:$$(cat target/test-classpath.txt) org.openjdk.jmh.Main 'org.actorgraph.bench.*' $(JMH_ARGS)
