package org.actorgraph.progress;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Progress for long runs: a daemon thread prints
 * {@code progress: N/M articles, R/s, ETA …} every few seconds while the pipeline runs.
 *
 * <p>N is the larger of two sources: Beam's {@code documents} counter (from {@link
 * PipelineResult#metrics()}) and the in-JVM count {@link #LOCAL} that the analysis step bumps
 * per article. Beam metrics arrive late on both local runners: the DirectRunner publishes a
 * step's counters when a bundle commits, and the job deliberately makes few, large bundles; the
 * Flink runner publishes them as accumulators, which a running job reports only every few
 * seconds and only when submitted detached ({@code attachedMode=false}: attached, {@code run()}
 * blocks until the end). The in-JVM count is exact and immediate when the workers share the
 * JVM (DirectRunner, embedded Flink); on a real cluster only the metrics count.
 *
 * <p>M is counted on a background thread from the input globs: lines of JSON Lines files, one
 * per other file (compressed files are opened and counted too); it is omitted until known.
 */
public final class ProgressReporter implements AutoCloseable {
  /** Articles analysed in this JVM; the analysis DoFn increments it. */
  public static final AtomicLong LOCAL = new AtomicLong();

  private final PipelineResult result;
  private final long periodMs;
  private final PrintStream out;
  private final Thread thread;
  private final AtomicLong total = new AtomicLong(-1);
  private volatile boolean stopped;

  private ProgressReporter(PipelineResult result, List<String> globs, long periodMs, PrintStream out) {
    this.result = result;
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

  /**
   * Makes {@code run()} return at once on the local runners, so that progress can be polled:
   * {@code blockOnRun=false} on the DirectRunner, {@code attachedMode=false} on Flink. The job
   * must then call {@link PipelineResult#waitUntilFinish()}, as {@code ActorGraph.run} does.
   */
  public static void prepare(PipelineOptions options) {
    options.as(DirectOptions.class).setBlockOnRun(false);
    options.as(FlinkPipelineOptions.class).setAttachedMode(false);
  }

  /** Starts printing progress for a running pipeline every {@code periodSeconds}. */
  public static ProgressReporter start(PipelineResult result, List<String> globs, int periodSeconds) {
    LOCAL.set(0);
    ProgressReporter r = new ProgressReporter(result, globs, periodSeconds * 1000L, System.out);
    r.thread.start();
    return r;
  }

  /** {@link #prepare}, run, {@link #start} with a 5 s period: the one call for a job's main. */
  public static PipelineResult run(Pipeline p, List<String> globs) {
    prepare(p.getOptions());
    LOCAL.set(0);
    PipelineResult result = p.run();
    start(result, globs, 5);
    return result;
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
    while (!stopped) {
      try {
        Thread.sleep(periodMs);
      } catch (InterruptedException e) {
        return;
      }
      PipelineResult.State state;
      try {
        state = result.getState();
      } catch (RuntimeException e) {
        state = PipelineResult.State.UNKNOWN;
      }
      if (state != null && state.isTerminal()) {
        return;
      }
      long now = System.nanoTime();
      long done = Math.max(LOCAL.get(), metric("documents"));
      double elapsed = (now - t0) / 1e9;
      double recent = (done - lastDone) / ((now - lastT) / 1e9);
      double overall = done / elapsed;
      out.println(line(done, total.get(), overall, recent, elapsed));
      lastDone = done;
      lastT = now;
    }
  }

  static String line(long done, long total, double overall, double recent, double elapsed) {
    StringBuilder s = new StringBuilder("progress: ");
    s.append(String.format(Locale.ROOT, "%,d", done));
    if (total > 0) {
      s.append(String.format(Locale.ROOT, "/%,d", total));
    }
    s.append(String.format(Locale.ROOT, " articles, %.1f/s (last %.1f/s), %s elapsed", overall, recent, hms(elapsed)));
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

  private long metric(String name) {
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
          } else if (md.sizeBytes() > 0) {
            n++;
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
      int last = '\n';
      int r;
      while ((r = in.read(buf)) > 0) {
        for (int i = 0; i < r; i++) {
          if (buf[i] == '\n') {
            lines++;
          }
        }
        last = buf[r - 1];
      }
      return last == '\n' ? lines : lines + 1;
    }
  }

  private static InputStream decompress(MatchResult.Metadata md, InputStream raw) throws IOException {
    return new BufferedInputStream(Channels.newInputStream(
        org.apache.beam.sdk.io.Compression.detect(md.resourceId().getFilename())
            .readDecompressed(Channels.newChannel(raw))), 1 << 16);
  }
}
