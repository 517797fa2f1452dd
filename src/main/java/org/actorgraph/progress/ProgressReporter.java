package org.actorgraph.progress;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Progress for long runs: a daemon thread prints
 * {@code progress: N/M inputs (A articles, R rejects), R/s, ETA …} every few seconds while the
 * pipeline runs.
 *
 * <p>N is the larger of two sources: the in-JVM count {@link #LOCAL}, which the analysis step
 * bumps once per article, and Beam's {@code documents} counter from {@link
 * PipelineResult#metrics()} once a result is {@linkplain #attach attached}. Beam metrics are no
 * use while a local run is going: {@code run()} blocks on both local runners by default, the
 * DirectRunner publishes a step's counters only when a bundle commits (and the job makes few,
 * large bundles), and the embedded Flink runner reports them only at the end (detached
 * submission would give live accumulators, but the per-job MiniCluster shuts down when the job
 * ends and {@code waitUntilFinish()} then fails). The in-JVM count is exact and immediate
 * whenever the workers share the JVM (DirectRunner, embedded Flink); on a remote cluster
 * submitted detached, the attached result's metrics take over.
 *
 * <p>M is counted on a background thread from the input globs: lines of JSON Lines files
 * (compressed ones too), one per other file; it is left out until known.
 *
 * <p>Use, in {@code ActorGraph.run}:
 * <pre>
 * try (ProgressReporter progress = ProgressReporter.start(options.getInput(), 5)) {
 *   PipelineResult result = p.run();
 *   progress.attach(result);
 *   state = result.waitUntilFinish();
 * }
 * </pre>
 */
public final class ProgressReporter implements AutoCloseable {
  /** Articles analysed in this JVM; the analysis DoFn increments it once per article. */
  public static final AtomicLong LOCAL = new AtomicLong();
  /** Inputs rejected in this JVM (read rejects and analysis failures): done too, not articles. */
  public static final AtomicLong REJECTED = new AtomicLong();

  private final long periodMs;
  private final PrintStream out;
  private final Thread thread;
  private final AtomicLong total = new AtomicLong(-1);
  private volatile @Nullable PipelineResult result;
  private volatile boolean stopped;

  private ProgressReporter(List<String> globs, long periodMs, PrintStream out) {
    this.periodMs = periodMs;
    this.out = out;
    this.thread = new Thread(this::loop, "actorgraph-progress");
    this.thread.setDaemon(true);
    if (globs != null && !globs.isEmpty()) {
      Thread counter = new Thread(() -> total.set(countInput(globs)), "actorgraph-progress-count");
      counter.setDaemon(true);
      counter.setPriority(Thread.MIN_PRIORITY);
      counter.start();
    }
  }

  /** Starts printing progress every {@code periodSeconds}; call before {@code p.run()}. */
  public static ProgressReporter start(List<String> globs, int periodSeconds) {
    LOCAL.set(0);
    REJECTED.set(0);
    ProgressReporter r = new ProgressReporter(globs, periodSeconds * 1000L, System.out);
    r.thread.start();
    return r;
  }

  /** Adds the running pipeline's metrics as a source (useful when {@code run()} returns early). */
  public void attach(PipelineResult result) {
    this.result = result;
  }

  @Override
  public void close() {
    stopped = true;
    thread.interrupt();
  }

  private void loop() {
    long t0 = System.nanoTime();
    long lastDone = 0;
    long lastT = t0;
    long tFirst = t0;
    while (!stopped) {
      try {
        Thread.sleep(periodMs);
      } catch (InterruptedException e) {
        return;
      }
      PipelineResult r = result;
      if (r != null && isTerminal(r)) {
        return;
      }
      long now = System.nanoTime();
      long articles = Math.max(LOCAL.get(), r == null ? 0 : metric(r, "documents"));
      long rejected = Math.max(REJECTED.get(), r == null ? 0 : metric(r, "rows_rejects"));
      long done = Math.max(lastDone, articles + rejected);
      if (lastDone == 0 && done > 0) {
        tFirst = lastT; // the rate (and so the ETA) counts from the first progress seen, not from startup
      }
      double elapsed = (now - t0) / 1e9;
      double recent = (done - lastDone) / ((now - lastT) / 1e9);
      double rate = done == 0 ? 0 : done / ((now - tFirst) / 1e9);
      out.println(line(done, rejected, total.get(), rate, recent, elapsed));
      lastDone = done;
      lastT = now;
    }
  }

  private static boolean isTerminal(PipelineResult r) {
    try {
      PipelineResult.State state = r.getState();
      return state != null && state.isTerminal();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * {@code done} counts inputs (articles analysed plus inputs rejected), as {@code total} does,
   * so the count reaches the total even when some inputs turn out to be rejects.
   */
  static String line(long done, long rejected, long total, double overall, double recent, double elapsed) {
    StringBuilder s = new StringBuilder("progress: ");
    s.append(String.format(Locale.ROOT, "%,d", done));
    if (total > 0) {
      s.append(String.format(Locale.ROOT, "/%,d", total));
    }
    s.append(String.format(Locale.ROOT, " inputs (%,d articles, %,d rejects), %.1f/s (last %.1f/s), %s elapsed",
        done - rejected, rejected, overall, recent, hms(elapsed)));
    if (total > 0 && overall > 0 && done < total) {
      s.append(", ETA ").append(hms((total - done) / overall));
    } else if (total > 0 && done >= total) {
      s.append(", analysis done, writing tables");
    }
    return s.toString();
  }

  static String hms(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }

  private static long metric(PipelineResult result, String name) {
    try {
      MetricQueryResults q = result.metrics().queryMetrics(MetricsFilter.builder().build());
      long sum = 0;
      for (MetricResult<Long> c : q.getCounters()) {
        if (c.getName().getName().equals(name)) {
          Long v = c.getAttempted();
          sum += v == null ? 0 : v;
        }
      }
      return sum;
    } catch (RuntimeException e) {
      return 0; // no metrics (yet) from this runner
    }
  }

  /** Articles in the input: lines of JSON Lines files, one per other file. */
  static long countInput(List<String> globs) {
    long n = 0;
    try {
      for (MatchResult m : FileSystems.match(globs, EmptyMatchTreatment.ALLOW)) {
        for (MatchResult.Metadata md : m.metadata()) {
          String name = md.resourceId().getFilename() == null ? "" : md.resourceId().getFilename().toLowerCase(Locale.ROOT);
          String base = name.replaceAll("\\.(gz|bz2)$", "");
          if (base.endsWith(".jsonl") || base.endsWith(".json") || base.endsWith(".ndjson")) {
            n += countLines(md, !base.equals(name));
          } else {
            n++; // an article or a reject (an empty file is one too)
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return n;
  }

  private static long countLines(MatchResult.Metadata md, boolean compressed) throws IOException {
    try (InputStream raw = Channels.newInputStream(FileSystems.open(md.resourceId()));
        InputStream in = compressed ? decompress(md, raw) : new BufferedInputStream(raw, 1 << 16)) {
      byte[] buf = new byte[1 << 16];
      long lines = 0;
      boolean content = false; // a blank line is no article and no reject: the reader skips it
      int r;
      while ((r = in.read(buf)) > 0) {
        for (int i = 0; i < r; i++) {
          byte b = buf[i];
          if (b == '\n') {
            if (content) {
              lines++;
            }
            content = false;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            content = true;
          }
        }
      }
      return content ? lines + 1 : lines;
    }
  }

  private static InputStream decompress(MatchResult.Metadata md, InputStream raw) throws IOException {
    return new BufferedInputStream(Channels.newInputStream(
        org.apache.beam.sdk.io.Compression.detect(md.resourceId().getFilename())
            .readDecompressed(Channels.newChannel(raw))), 1 << 16);
  }
}
