package org.actorgraph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.actorgraph.aggregate.ActorDaily;
import org.actorgraph.aggregate.AttachSpeakers;
import org.actorgraph.aggregate.ComputeActors;
import org.actorgraph.aggregate.ComputeComentions;
import org.actorgraph.aggregate.ResolveCorpusActors;
import org.actorgraph.aggregate.CountQuotes;
import org.actorgraph.aggregate.CountStatements;
import org.actorgraph.analysis.AnalyzeArticles;
import org.actorgraph.io.OutputFolder;
import org.actorgraph.io.ReadArticles;
import org.actorgraph.io.Tables;
import org.actorgraph.io.WriteTables;
import org.actorgraph.model.Article;
import org.actorgraph.model.Reject;
import org.actorgraph.progress.ProgressReporter;
import org.actorgraph.progress.RunSummary;
import org.actorgraph.report.HtmlReport;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.util.ReleaseInfo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * actorgraph: who said what, and who is mentioned with whom, across a corpus of news articles.
 *
 * <pre>
 * java -jar actorgraph-bundled.jar --input='articles/*.jsonl.gz' --output=out [--overwrite]
 *     [--runner=FlinkRunner --flinkMaster=host:8081]
 * </pre>
 */
public final class ActorGraph {
  private ActorGraph() {}

  /** Builds the whole job: read, analyse, aggregate, write every table. */
  public static Map<String, PCollection<Row>> build(Pipeline p, ActorGraphOptions options) {
    int shards = shards(options);
    PCollectionTuple read =
        p.apply("ReadArticles", ReadArticles.from(options.getInput(), options.getMaxArticleBytes(), articleGroups(options)));
    PCollection<Article> articles = read.get(ReadArticles.ARTICLES);
    PCollectionTuple analyzed =
        articles.apply("AnalyzeArticles", AnalyzeArticles.withRegistry(options.getActors()));

    PCollection<Row> documents = analyzed.get(AnalyzeArticles.DOCUMENTS);
    // corpus-level resolution: lone surnames to the person who dominates them, one type per name
    PCollectionView<Map<String, String>> rewrites =
        analyzed.get(AnalyzeArticles.MENTIONS).apply("ResolveCorpusActors", ResolveCorpusActors.rewrites());
    PCollection<Row> mentions =
        ResolveCorpusActors.relinkRows(analyzed.get(AnalyzeArticles.MENTIONS), rewrites, "RelinkMentions");
    PCollection<Row> statements =
        ResolveCorpusActors.relinkRows(analyzed.get(AnalyzeArticles.STATEMENTS), rewrites, "RelinkStatements");
    PCollection<Row> rejects =
        PCollectionList.of(read.get(ReadArticles.REJECTS))
            .and(analyzed.get(AnalyzeArticles.FAILURES))
            .apply("AllRejects", Flatten.pCollections())
            .apply("RejectRows", MapElements.into(TypeDescriptors.rows()).via(ActorGraph::rejectRow))
            .setRowSchema(Tables.REJECTS_SCHEMA);

    PCollection<Row> actors =
        mentions.apply("ComputeActors", ComputeActors.withRegistry(options.getActors(), shards));
    PCollection<Row> counts = statements.apply("CountStatements", CountStatements.namedBy(actors, shards));
    PCollection<Row> daily = statements.apply("ActorDaily", ActorDaily.of(mentions, actors, shards));
    PCollection<Row> attributed = statements.apply("AttachSpeakers", AttachSpeakers.from(actors, shards));
    PCollection<Row> comentions =
        ResolveCorpusActors.relinkLists(
                analyzed.get(AnalyzeArticles.MENTIONS_BY_DOCUMENT), rewrites, "RelinkDocumentMentions")
            .apply("ComputeComentions", ComputeComentions.over(documents, shards));

    Map<String, PCollection<Row>> tables = new LinkedHashMap<>();
    tables.put(Tables.DOCUMENTS, documents);
    tables.put(Tables.MENTIONS, mentions);
    tables.put(Tables.STATEMENTS, attributed);
    tables.put(Tables.ACTORS, actors);
    tables.put(Tables.ACTOR_STATEMENT_COUNTS, counts);
    tables.put(Tables.ACTOR_DAILY, daily);
    tables.put(Tables.COMENTIONS, comentions);
    tables.put(Tables.REJECTS, rejects);
    tables.put(Tables.QUOTES, statements.apply("CountQuotes", CountQuotes.inShards(shards)));
    return tables;
  }

  /** The --shards option, or a choice that suits the runner. */
  static int shards(ActorGraphOptions options) {
    if (options.getShards() != null && options.getShards() > 0) {
      return options.getShards();
    }
    if (isDirect(options)) {
      return Math.max(1, options.as(DirectOptions.class).getTargetParallelism());
    }
    // Flink sends each group to a worker by hash: with a few groups per worker the split is
    // uneven (5 of 8 groups on one of two workers is a 25 % longer run), with many it evens out.
    Integer parallelism = options.as(FlinkPipelineOptions.class).getParallelism();
    return parallelism != null && parallelism > 0 ? 32 * parallelism : 256;
  }

  /** Groups the articles are spread over: the DirectRunner pays per group; Flink balances better with many. */
  static int articleGroups(ActorGraphOptions options) {
    int shards = shards(options);
    return isDirect(options) ? shards : 16 * shards;
  }

  private static boolean isDirect(ActorGraphOptions options) {
    return options.getRunner().getSimpleName().equals("DirectRunner");
  }

  static Row rejectRow(Reject r) {
    ProgressReporter.REJECTED.incrementAndGet(); // the progress line counts inputs done, rejects too
    return Row.withSchema(Tables.REJECTS_SCHEMA)
        .addValues(r.sourcePath(), r.line(), r.reason().label(), r.detail())
        .build();
  }

  public static void main(String[] args) throws IOException {
    // before any logger exists: slf4j-simple reads its level once
    boolean verbose = java.util.Arrays.stream(args).anyMatch(a -> a.equals("--verbose") || a.equals("--verbose=true"));
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
    CommandLine command = CommandLine.parse(args, System.out, System.err);
    if (command.options() == null) {
      System.exit(command.exitCode());
    }
    ActorGraphOptions options = command.options();
    // The DirectRunner's element checks copy every element: right for tests, slow for real runs.
    if (!String.join(" ", args).contains("--enforce")) {
      DirectOptions direct = options.as(DirectOptions.class);
      direct.setEnforceImmutability(false);
      direct.setEnforceEncodability(false);
    }
    // The shard joins read a group's parts one after the other; Flink's batch groups are
    // iterable once unless asked otherwise, which fails as soon as a group outgrows its cache.
    if (!String.join(" ", args).contains("--reIterableGroupByKeyResult")) {
      options.as(FlinkPipelineOptions.class).setReIterableGroupByKeyResult(true);
    }
    // Flink otherwise deep-copies every element (through its coder) between chained operators;
    // no DoFn of this job changes an element it received or emitted, so references are safe.
    if (!String.join(" ", args).contains("--fasterCopy")) {
      options.as(FlinkPipelineOptions.class).setFasterCopy(true);
    }
    System.exit(run(options));
  }

  /**
   * Runs the job into a staging folder and publishes the tables only when it finished: the
   * manifest, then {@code _SUCCESS}, come last. Returns the process exit code (README: exit codes).
   */
  public static int run(ActorGraphOptions options) throws IOException {
    FileSystems.setDefaultPipelineOptions(options);
    OutputFolder out = new OutputFolder(options.getOutput(), List.of(HtmlReport.FILE));
    try {
      out.prepare(options.getOverwrite());
    } catch (IllegalStateException e) {
      System.err.println("actorgraph: " + e.getMessage());
      return 2;
    }
    Instant start = Instant.now();
    PipelineResult result = null;
    PipelineResult.State state = PipelineResult.State.FAILED;
    try {
      Pipeline p = Pipeline.create(options);
      WriteTables.all(out.stagingPath(), build(p, options));
      try (ProgressReporter progress = ProgressReporter.start(options.getInput(), 5)) {
        result = p.run();
        progress.attach(result);
        state = result.waitUntilFinish();
      }
    } finally {
      if (state != PipelineResult.State.DONE) {
        out.abort();
      }
    }
    Duration wall = Duration.between(start, Instant.now());
    Map<String, Long> counters = counters(result);
    if (state != PipelineResult.State.DONE) {
      System.out.print(RunSummary.of(state.toString(), wall, counters, out.path(), false));
      System.err.println("actorgraph: the job ended " + state + "; no tables were published to " + out.path());
      return 1;
    }
    Reconciliation balance = new Reconciliation(counters);
    if (!balance.ok()) {
      // an input lost or counted twice is a bug: better no tables than tables that lie
      out.abort();
      System.out.print(RunSummary.of(state.toString(), wall, counters, out.path(), false));
      printBalance(balance);
      System.err.println("actorgraph: the input counts do not reconcile (" + balance.problems()
          + "); no tables were published to " + out.path());
      return 1;
    }
    try {
      out.publish();
    } catch (IllegalStateException e) {
      out.abort();
      System.err.println("actorgraph: " + e.getMessage());
      return 2;
    }
    out.write(OutputFolder.MANIFEST, manifest(options, state, wall, counters));
    if (options.getReport()) {
      HtmlReport.write(options.getOutput()); // reads the manifest: after it
    }
    out.finish();
    System.out.print(RunSummary.of(state.toString(), wall, counters, out.path(), true));
    printBalance(balance);
    if (counters.getOrDefault("articles", 0L) == 0L) {
      System.err.println("actorgraph: the input yielded no article (only rejects); see " + out.path() + "/rejects");
      return 3;
    }
    return 0;
  }

  /** Every counter of the run by its short name (namespace dropped), summed over steps. */
  static Map<String, Long> counters(PipelineResult result) {
    Map<String, Long> out = new TreeMap<>();
    if (result == null) {
      return out;
    }
    try {
      MetricQueryResults q = result.metrics().queryMetrics(MetricsFilter.builder().build());
      for (MetricResult<Long> c : q.getCounters()) {
        Long v;
        try {
          v = c.getAttempted();
        } catch (UnsupportedOperationException e) {
          v = c.getCommitted();
        }
        out.merge(c.getName().getName(), v == null ? 0L : v, Long::sum);
      }
    } catch (UnsupportedOperationException e) {
      // a runner without metrics: the manifest says so by having none
    }
    return out;
  }

  private static void printBalance(Reconciliation balance) {
    System.out.println("  " + balance.filesLine());
    System.out.println("  " + balance.linesLine());
  }

  static String manifest(
      ActorGraphOptions options, PipelineResult.State state, Duration wall, Map<String, Long> counters)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("job", "actorgraph");
    m.put("state", state.toString());
    m.put("wall_seconds", wall.toMillis() / 1000.0);
    m.put("finished", Instant.now().toString());
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("input", options.getInput());
    opts.put("output", options.getOutput());
    opts.put("runner", options.getRunner().getSimpleName());
    opts.put("max_article_bytes", options.getMaxArticleBytes());
    opts.put("actors", options.getActors());
    opts.put("overwrite", options.getOverwrite());
    opts.put("shards", shards(options));
    opts.put("report", options.getReport());
    m.put("options", opts);
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("actorgraph", String.valueOf(ActorGraph.class.getPackage().getImplementationVersion()));
    versions.put("beam", ReleaseInfo.getReleaseInfo().getVersion());
    versions.put("opennlp", opennlp.tools.util.Version.currentVersion().toString());
    versions.put("java", System.getProperty("java.version"));
    m.put("versions", versions);
    m.put("counts", counters);
    m.put("reconciliation", new Reconciliation(counters).asMap());
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String t : Tables.ALL) {
      rows.put(t, counters.getOrDefault("rows_" + t, 0L));
    }
    m.put("table_rows", rows);
    m.put("tables", List.copyOf(Tables.ALL));
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
  }
}
