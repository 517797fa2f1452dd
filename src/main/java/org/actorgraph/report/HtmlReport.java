package org.actorgraph.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.actorgraph.io.Tables;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes {@code report.html} beside a run's tables: one self-contained page (inline CSS and SVG,
 * no scripts, no network) with the run's counts, the top speakers, statements over time, a
 * co-mention heatmap of the top actors and the rejects summary.
 *
 * <pre>java -cp actorgraph-bundled.jar org.actorgraph.report.HtmlReport OUTPUT_DIR</pre>
 */
public final class HtmlReport {
  private HtmlReport() {}

  public static final String FILE = "report.html";

  /** Reads the tables in {@code outputDir} and writes {@code outputDir/report.html}. */
  public static void write(String outputDir) throws IOException {
    quietLogs();
    ReportData data = new ReportLoader(outputDir).load();
    String html = render(data);
    Path out = new Path(new Path(outputDir), FILE);
    FileSystem fs = out.getFileSystem(new Configuration());
    if (fs instanceof LocalFileSystem local) {
      fs = local.getRaw(); // no .crc file beside the report
    }
    try (OutputStream os = fs.create(out, true)) {
      os.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Parquet's readers log every block at INFO with slf4j-simple; keep them to warnings. */
  private static void quietLogs() {
    for (String pkg : List.of("org.apache.parquet", "org.apache.hadoop")) {
      String key = "org.slf4j.simpleLogger.log." + pkg;
      if (System.getProperty(key) == null) {
        System.setProperty(key, "warn");
      }
    }
    String nativeKey = "org.slf4j.simpleLogger.log.org.apache.hadoop.util.NativeCodeLoader";
    if (System.getProperty(nativeKey) == null) {
      System.setProperty(nativeKey, "error");
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: HtmlReport OUTPUT_DIR   (a folder written by the actorgraph job)");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    write(args[0]);
    System.out.printf("actorgraph: wrote %s/%s in %.1f s%n", args[0].replaceAll("/+$", ""), FILE,
        (System.nanoTime() - t0) / 1e9);
  }

  /** Time buckets for the statements-over-time chart. */
  enum Grain {
    DAY, MONTH, YEAR;

    /** Days up to three months, months up to ten years, years beyond. */
    static Grain of(LocalDate first, LocalDate last) {
      long days = ChronoUnit.DAYS.between(first, last);
      return days <= 92 ? DAY : days <= 3660 ? MONTH : YEAR;
    }

    LocalDate start(LocalDate d) {
      return switch (this) {
        case DAY -> d;
        case MONTH -> d.withDayOfMonth(1);
        case YEAR -> d.withDayOfYear(1);
      };
    }

    LocalDate next(LocalDate d) {
      return switch (this) {
        case DAY -> d.plusDays(1);
        case MONTH -> d.plusMonths(1);
        case YEAR -> d.plusYears(1);
      };
    }

    String label(LocalDate d) {
      return switch (this) {
        case DAY -> d.toString();
        case MONTH -> d.toString().substring(0, 7);
        case YEAR -> d.toString().substring(0, 4);
      };
    }
  }

  /** Every bucket from the first to the last date, with no gaps. */
  static List<LocalDate> buckets(Grain g, LocalDate first, LocalDate last) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = g.start(first); !d.isAfter(last); d = g.next(d)) {
      out.add(d);
    }
    return out;
  }

  /** Sums a daily series into the buckets. */
  static double[] bucketed(Grain g, List<LocalDate> buckets, SortedMap<LocalDate, Long> daily) {
    Map<LocalDate, Integer> index = new HashMap<>();
    for (int i = 0; i < buckets.size(); i++) {
      index.put(buckets.get(i), i);
    }
    double[] v = new double[buckets.size()];
    daily.forEach((d, n) -> {
      Integer i = index.get(g.start(d));
      if (i != null) {
        v[i] += n;
      }
    });
    return v;
  }

  /** The whole page. */
  public static String render(ReportData d) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>actorgraph report — ").append(Svg.esc(d.outputDir)).append("</title>")
        .append("<style>").append(CSS).append("</style></head><body>\n");
    h.append("<header><h1>actorgraph report</h1><p class=\"sub\">").append(Svg.esc(d.outputDir));
    if (d.firstDate != null) {
      h.append(" · articles dated ").append(d.firstDate).append(" to ").append(d.lastDate);
    }
    h.append("</p></header>\n");
    counts(h, d);
    speakers(h, d);
    quotes(h, d);
    timeline(h, d);
    heatmaps(h, d);
    rejects(h, d);
    h.append("<footer>Written by org.actorgraph.report.HtmlReport from the Parquet tables in this"
        + " folder. Self-contained: inline SVG, no scripts, no network. For more, open"
        + " notebooks/actorgraph.ipynb on the same folder.</footer>\n</body></html>\n");
    return h.toString();
  }

  private static void counts(StringBuilder h, ReportData d) {
    h.append("<section id=\"counts\"><h2>Run</h2><div class=\"cards\">");
    long statements = d.tableRows.getOrDefault(Tables.STATEMENTS, 0L);
    Map<String, String> cards = new LinkedHashMap<>();
    if (d.counters.containsKey("files")) {
      cards.put("input files", Svg.num(d.counters.get("files")));
    }
    cards.put("documents", Svg.num(d.tableRows.getOrDefault(Tables.DOCUMENTS, 0L)));
    cards.put("rejects", Svg.num(d.tableRows.getOrDefault(Tables.REJECTS, 0L)));
    if (d.counters.containsKey("sentences")) {
      cards.put("sentences", Svg.num(d.counters.get("sentences")));
    }
    cards.put("mentions", Svg.num(d.tableRows.getOrDefault(Tables.MENTIONS, 0L)));
    cards.put("actors", Svg.num(d.tableRows.getOrDefault(Tables.ACTORS, 0L)));
    cards.put("statements", Svg.num(statements));
    if (d.unattributedStatements >= 0) {
      cards.put("with a speaker", Svg.num(statements - d.unattributedStatements));
    }
    cards.put("speakers", Svg.num(d.tableRows.getOrDefault(Tables.ACTOR_STATEMENT_COUNTS, 0L)));
    cards.put("co-mention rows", Svg.num(d.tableRows.getOrDefault(Tables.COMENTIONS, 0L)));
    cards.forEach((k, v) -> h.append("<div class=\"card\"><div class=\"v\">").append(v)
        .append("</div><div class=\"k\">").append(Svg.esc(k)).append("</div></div>"));
    h.append("</div>");
    if (!d.runInfo.isEmpty()) {
      h.append("<table class=\"info\">");
      d.runInfo.forEach((k, v) -> h.append("<tr><th>").append(Svg.esc(k)).append("</th><td>")
          .append(Svg.esc(v)).append("</td></tr>"));
      h.append("</table>");
    }
    h.append("<details><summary>rows per table</summary><table class=\"info\">");
    d.tableRows.forEach((k, v) -> h.append("<tr><th>").append(Svg.esc(k)).append("</th><td>")
        .append(Svg.num(v)).append("</td></tr>"));
    h.append("</table></details></section>\n");
  }

  private static void speakers(StringBuilder h, ReportData d) {
    h.append("<section id=\"speakers\"><h2>Top speakers</h2><p class=\"note\">Attributed"
        + " statements per actor (actor_statement_counts), split by kind of quotation: all actors"
        + " (left) and people only (right).</p><div class=\"row\">");
    h.append("<figure>").append(speakerBars("chart-speakers", "Top speakers by statements", d.speakers))
        .append("<figcaption>all actors</figcaption></figure>");
    h.append("<figure>").append(speakerBars("chart-speakers-people", "Top people by statements", d.people))
        .append("<figcaption>people</figcaption></figure>");
    h.append("</div></section>\n");
  }

  private static String speakerBars(String id, String label, List<ReportData.Speaker> speakers) {
    List<Svg.Bar> bars = new ArrayList<>();
    for (ReportData.Speaker s : speakers) {
      String name = s.name() == null ? s.actorId() : s.name();
      bars.add(new Svg.Bar(name, new double[] {s.nDirect(), s.nPartial(), s.nIndirect()},
          name + " (" + s.actorId() + ", " + s.type() + "): " + s.nStatements() + " statements in "
              + s.nDocuments() + " documents"));
    }
    return Svg.bars(id, label, bars, List.of("direct", "partial", "indirect"),
        List.of("#4e79a7", "#76b7b2", "#f28e2b"));
  }

  /** What the first top speakers said, with the article each quote is from. */
  private static void quotes(StringBuilder h, ReportData d) {
    h.append("<section id=\"quotes\"><h2>What the top speakers said</h2><p class=\"note\">Up to ")
        .append(ReportLoader.QUOTES_PER_SPEAKER).append(" statements of each of the first ")
        .append(ReportLoader.QUOTED_SPEAKERS).append(" speakers (statements): direct quotations"
            + " first, then the most confident; a reprinted quotation once.</p>");
    if (d.quotes.isEmpty()) {
      h.append("<p class=\"note\">No attributed statements.</p></section>\n");
      return;
    }
    Map<String, String> names = new HashMap<>();
    d.speakers.forEach(s -> names.put(s.actorId(), s.name() == null ? s.actorId() : s.name()));
    d.quotes.forEach((actor, quotes) -> {
      h.append("<div class=\"speaker\"><h3>").append(Svg.esc(names.getOrDefault(actor, actor)))
          .append("</h3>");
      for (ReportData.Quote q : quotes) {
        h.append("<blockquote class=\"quote\"><p>").append(Svg.esc(Svg.clip(q.text(), QUOTE_CHARS)))
            .append("</p><footer>").append(Svg.esc(q.kind()));
        String where = q.title() != null ? q.title() : q.source() != null ? q.source() : q.docId();
        h.append(" · ");
        String link = safeUrl(q.url());
        if (link != null) {
          h.append("<a href=\"").append(Svg.esc(link)).append("\" rel=\"noopener noreferrer\">")
              .append(Svg.esc(where)).append("</a>");
        } else {
          h.append(Svg.esc(where));
        }
        if (q.title() != null && q.source() != null) {
          h.append(", ").append(Svg.esc(q.source()));
        }
        if (q.date() != null) {
          h.append(", ").append(q.date());
        }
        h.append("</footer></blockquote>");
      }
      h.append("</div>");
    });
    h.append("</section>\n");
  }

  static final int QUOTE_CHARS = 400;

  /** A link only for http(s) addresses: a url from an article must not become a script. */
  static String safeUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(java.util.Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://")) && u.length() > 8 ? u : null;
  }

  private static void timeline(StringBuilder h, ReportData d) {
    h.append("<section id=\"timeline\"><h2>Statements over time</h2>");
    if (d.dailyStatements.isEmpty()) {
      h.append(Svg.empty("chart-timeline", "no dated statements")).append("</section>\n");
      return;
    }
    LocalDate first = d.dailyStatements.firstKey();
    LocalDate last = d.dailyStatements.lastKey();
    Grain g = Grain.of(first, last);
    List<LocalDate> buckets = buckets(g, first, last);
    List<String> labels = buckets.stream().map(g::label).toList();
    List<Svg.Series> series = new ArrayList<>();
    series.add(new Svg.Series("all attributed statements", bucketed(g, buckets, d.dailyStatements)));
    Map<String, String> names = new HashMap<>();
    d.speakers.forEach(s -> names.put(s.actorId(), s.name()));
    d.speakerDaily.forEach((id, daily) -> series.add(
        new Svg.Series(names.getOrDefault(id, id), bucketed(g, buckets, daily))));
    h.append("<p class=\"note\">Statements per ").append(g.name().toLowerCase())
        .append(" (actor_daily): all actors, and the top ").append(d.speakerDaily.size())
        .append(" speakers.</p>");
    h.append(Svg.lines("chart-timeline", "Statements per " + g.name().toLowerCase(), labels, series));
    h.append("</section>\n");
  }

  private static void heatmaps(StringBuilder h, ReportData d) {
    h.append("<section id=\"comentions\"><h2>Who is mentioned with whom</h2><p class=\"note\">The ")
        .append(d.topActors.size()).append(" most mentioned actors, and the ")
        .append(d.topPeople.size()).append(" most mentioned people. Each cell gives the documents"
            + " (or sentences) that mention both the row's and the column's actor; columns are"
            + " numbered as the rows. Hover a cell for PMI and Jaccard.</p><div class=\"row\">");
    h.append("<figure>").append(heatmap(d, d.topActors, "document", "chart-heatmap-document", "#4e79a7"))
        .append("<figcaption>all actors, document scope: documents</figcaption></figure>");
    h.append("<figure>").append(heatmap(d, d.topActors, "sentence", "chart-heatmap-sentence", "#e15759"))
        .append("<figcaption>all actors, sentence scope: sentences</figcaption></figure>");
    h.append("<figure>").append(heatmap(d, d.topPeople, "document", "chart-heatmap-people", "#59a14f"))
        .append("<figcaption>people, document scope: documents</figcaption></figure>");
    h.append("</div></section>\n");
  }

  /** The heatmap of one scope: n_units of each pair among {@code actors}, symmetric. */
  static String heatmap(ReportData d, List<ReportData.Actor> actors, String scope, String id, String color) {
    int n = actors.size();
    Map<String, Integer> index = new HashMap<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ReportData.Actor a = actors.get(i);
      index.put(a.actorId(), i);
      labels.add(a.name() == null ? a.actorId() : a.name());
    }
    double[][] v = new double[n][n];
    String[][] tips = new String[n][n];
    for (double[] row : v) {
      java.util.Arrays.fill(row, Double.NaN);
    }
    int cells = 0;
    for (ReportData.Comention c : d.comentions) {
      Integer i = index.get(c.actorA());
      Integer j = index.get(c.actorB());
      if (i == null || j == null || !scope.equals(c.scope()) || i.equals(j)) {
        continue;
      }
      String tip = labels.get(i) + " × " + labels.get(j) + " (" + scope + "): " + c.nUnits() + " "
          + scope + "s in " + c.nDocuments() + " documents; PMI " + Svg.num(c.pmi())
          + ", Jaccard " + Svg.num(c.jaccard());
      v[i][j] = v[j][i] = c.nUnits();
      tips[i][j] = tips[j][i] = tip;
      cells++;
    }
    if (cells == 0) {
      return Svg.empty(id, "no " + scope + " co-mentions among these actors");
    }
    return Svg.heatmap(id, "Co-mentions of the top actors, " + scope + " scope", labels, v, tips,
        color);
  }

  private static void rejects(StringBuilder h, ReportData d) {
    long total = d.rejects.stream().mapToLong(ReportData.RejectGroup::count).sum();
    h.append("<section id=\"rejects\"><h2>Rejects</h2><p class=\"note\">")
        .append(Svg.num(total)).append(" inputs were not analysed (rejects table), by reason.</p>");
    List<Svg.Bar> bars = new ArrayList<>();
    for (ReportData.RejectGroup g : d.rejects) {
      bars.add(new Svg.Bar(g.reason(), new double[] {g.count()}, g.reason() + ": " + g.count()));
    }
    if (bars.isEmpty()) {
      h.append(Svg.empty("chart-rejects", "no rejects"));
    } else {
      h.append(Svg.bars("chart-rejects", "Rejects by reason", bars, List.of("rejects"),
          List.of("#9c755f")));
      h.append("<table class=\"rejects\"><tr><th>reason</th><th>count</th><th>examples</th></tr>");
      for (ReportData.RejectGroup g : d.rejects) {
        h.append("<tr><td>").append(Svg.esc(g.reason())).append("</td><td class=\"n\">")
            .append(Svg.num(g.count())).append("</td><td>");
        for (String ex : g.examples()) {
          h.append("<div>").append(Svg.esc(ex)).append("</div>");
        }
        h.append("</td></tr>");
      }
      h.append("</table>");
    }
    h.append("</section>\n");
  }

  static final String CSS =
      "body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:16px 24px;"
          + "color:#222;background:#fff}"
          + "h1{margin:0 0 4px;font-size:26px}h2{font-size:19px;margin:28px 0 6px;"
          + "border-bottom:1px solid #ddd;padding-bottom:4px}"
          + ".sub,.note{color:#555;margin:2px 0 10px}footer{color:#777;font-size:12px;margin:30px 0}"
          + ".cards{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}"
          + ".card{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:96px}"
          + ".card .v{font-size:22px;font-weight:600}.card .k{color:#666;font-size:12px}"
          + "table{border-collapse:collapse;font-size:13px;margin:8px 0}"
          + "th,td{text-align:left;padding:3px 10px;border-bottom:1px solid #eee;vertical-align:top}"
          + "td.n{text-align:right}.info th{color:#555;font-weight:500}"
          + ".row{display:flex;flex-wrap:wrap;gap:8px}figure{margin:0}"
          + "figcaption{color:#555;font-size:13px;text-align:center}"
          + "svg.chart{max-width:100%;height:auto}details{font-size:13px;color:#444}"
          + "h3{font-size:15px;margin:14px 0 4px}.quote{margin:4px 0 8px 12px;padding-left:10px;"
          + "border-left:3px solid #ccc}.quote p{margin:0}.quote footer{color:#666;font-size:12px;margin:2px 0 0}"
          + "@media print{.row{display:block}figure,.speaker{break-inside:avoid}a{color:inherit}}";
}
