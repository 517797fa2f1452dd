package org.actorgraph.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.actorgraph.io.ArticleParser;
import org.actorgraph.io.Compressed;
import org.actorgraph.io.InputFiles;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
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
 * <p>M is counted on a background thread from the input globs, matched as the reader matches
 * them: non-blank lines of JSON Lines files (compressed ones too), one per other entry; it is left
 * out until known.
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

  /**
   * Inputs the job will account for, found the way the reader finds them ({@link InputFiles},
   * each path once, dangling links and unreadable entries included): every file is one article
   * or one reject, a JSON Lines file one per non-blank line (at least one: a blank file is one
   * reject; a broken tail is one more).
   */
  static long countInput(List<String> globs) {
    List<String> absolute = InputFiles.absolute(globs);
    String base = InputFiles.commonBase(absolute);
    Set<String> seen = new HashSet<>();
    long[] n = {0};
    try {
      for (String glob : absolute) {
        InputFiles.match(glob, base, e -> {
          if (seen.add(e.path)) {
            n[0] += e.problem == null && ArticleParser.isJsonLines(e.path) ? Math.max(1, countLines(e.path)) : 1;
          }
        });
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return n[0];
  }

  /** Non-blank lines, decompressed as the reader does; a read that fails counts its tail as one. */
  private static long countLines(String path) {
    long lines = 0;
    boolean content = false; // a blank line is no article and no reject: the reader skips it
    try (InputStream in = Compressed.open(path,
        Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(path, false))))) {
      byte[] buf = new byte[1 << 16];
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
    } catch (IOException e) {
      return lines + 1; // the complete lines, and the broken rest as one reject
    }
    return content ? lines + 1 : lines;
  }
}
