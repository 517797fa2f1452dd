package org.actorgraph.progress;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The few lines a run ends with: what went in, what came out, where it is. Built from the job's
 * counters (the same on every runner, so a Flink run prints the same summary); internal counters
 * stay in {@code _manifest.json}.
 */
public final class RunSummary {
  private RunSummary() {}

  /** The summary of a run that ended in {@code state}; {@code published} when its tables are in place. */
  public static String of(String state, Duration wall, Map<String, Long> c, String output, boolean published) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "actorgraph: %s in %s%n", state, wallTime(wall)));
    long articles = c.getOrDefault("articles", 0L);
    long readRejects = c.getOrDefault("rejects", 0L);
    long failures = c.getOrDefault("analysis_failures", 0L);
    line(s, "input", String.format(Locale.ROOT, "%,d files: %,d articles, %,d rejects%s",
        c.getOrDefault("files", 0L), articles, readRejects + failures, reasons(c, failures)));
    line(s, "documents", String.format(Locale.ROOT, "%,d (%,d sentences)",
        c.getOrDefault("documents", 0L), c.getOrDefault("sentences", 0L)));
    line(s, "mentions", String.format(Locale.ROOT, "%,d, of %,d actors",
        c.getOrDefault("mentions", 0L), c.getOrDefault("rows_actors", 0L)));
    line(s, "statements", String.format(Locale.ROOT, "%,d, %,d with a speaker, %,d speakers",
        c.getOrDefault("statements", 0L), c.getOrDefault("statements_attributed", 0L),
        c.getOrDefault("rows_actor_statement_counts", 0L)));
    line(s, "co-mentions", String.format(Locale.ROOT, "%,d actor pairs × scopes",
        c.getOrDefault("rows_comentions", 0L)));
    line(s, "output", published ? output + " (complete: _SUCCESS)" : output + " (nothing published)");
    return s.toString();
  }

  /** "(2 empty, 1 not_utf8)" from the rejects_<reason> counters, most first; "" when none. */
  static String reasons(Map<String, Long> c, long analysisFailures) {
    Map<String, Long> by = new TreeMap<>();
    c.forEach((k, v) -> {
      if (k.startsWith("rejects_") && v > 0) {
        by.put(k.substring("rejects_".length()), v);
      }
    });
    if (analysisFailures > 0) {
      by.merge("analysis_failed", analysisFailures, Long::sum);
    }
    if (by.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder(" (");
    by.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> s.append(s.length() > 2 ? ", " : "").append(String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey())));
    return s.append(')').toString();
  }

  static String wallTime(Duration d) {
    double sec = d.toMillis() / 1000.0;
    return sec < 60 ? String.format(Locale.ROOT, "%.1f s", sec)
        : String.format(Locale.ROOT, "%dm%02ds", d.toSeconds() / 60, d.toSeconds() % 60);
  }

  private static void line(StringBuilder s, String label, String value) {
    s.append(String.format(Locale.ROOT, "  %-12s %s%n", label, value));
  }
}
