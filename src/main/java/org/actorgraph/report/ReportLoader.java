package org.actorgraph.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.actorgraph.io.Tables;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Reads a run's output folder back (every {@code *.parquet} part of each table, with
 * parquet-avro, plus {@code _manifest.json}) into a small {@link ReportData}. Big tables are
 * streamed and reduced on the way: only the top actors' co-mentions and daily series are kept.
 */
public final class ReportLoader {
  /** Speakers in the bar chart. */
  public static final int TOP_SPEAKERS = 15;
  /** Speakers with their own line in the time chart. */
  public static final int TIMELINE_SPEAKERS = 5;
  /** Actors in the heatmaps (by mentions). */
  public static final int HEATMAP_ACTORS = 20;
  /** Top speakers whose statements are quoted in the report. */
  public static final int QUOTED_SPEAKERS = 8;
  /** Statements quoted per speaker. */
  public static final int QUOTES_PER_SPEAKER = 3;
  /** Examples kept per reject reason. */
  static final int REJECT_EXAMPLES = 3;

  private final Configuration conf;
  private final Path dir;
  private final FileSystem fs;

  public ReportLoader(String outputDir) throws IOException {
    this.conf = new Configuration();
    this.dir = new Path(outputDir);
    this.fs = dir.getFileSystem(conf);
  }

  /** Reads everything the report needs. */
  public ReportData load() throws IOException {
    ReportData d = new ReportData();
    d.outputDir = dir.toString();
    readManifest(d);
    for (String t : Tables.ALL) {
      d.tableRows.put(t, rowCount(t));
    }
    readDocuments(d);
    readSpeakers(d);
    readActors(d);
    readComentions(d);
    readStatements(d);
    readDaily(d);
    readRejects(d);
    return d;
  }

  private void readManifest(ReportData d) throws IOException {
    Path p = new Path(dir, "_manifest.json");
    if (!fs.exists(p)) {
      return;
    }
    JsonNode m;
    try (InputStream in = fs.open(p)) {
      m = new ObjectMapper().readTree(in);
    }
    put(d.runInfo, "state", m.path("state"));
    put(d.runInfo, "finished", m.path("finished"));
    if (m.has("wall_seconds")) {
      d.runInfo.put("wall time", m.path("wall_seconds").asText() + " s");
    }
    JsonNode o = m.path("options");
    put(d.runInfo, "runner", o.path("runner"));
    if (o.path("input").isArray()) {
      List<String> in = new ArrayList<>();
      o.path("input").forEach(x -> in.add(x.asText()));
      d.runInfo.put("input", String.join(", ", in));
    } else {
      put(d.runInfo, "input", o.path("input"));
    }
    put(d.runInfo, "max article bytes", o.path("max_article_bytes"));
    put(d.runInfo, "actor registry", o.path("actors"));
    JsonNode v = m.path("versions");
    if (v.isObject()) {
      List<String> vs = new ArrayList<>();
      v.fields().forEachRemaining(e -> {
        if (!e.getValue().isNull() && !"null".equals(e.getValue().asText())) {
          vs.add(e.getKey() + " " + e.getValue().asText());
        }
      });
      d.runInfo.put("versions", String.join(", ", vs));
    }
    m.path("counts").fields().forEachRemaining(e -> d.counters.put(e.getKey(), e.getValue().asLong()));
  }

  private static void put(Map<String, String> m, String k, JsonNode v) {
    if (!v.isMissingNode() && !v.isNull() && !v.asText().isEmpty()) {
      m.put(k, v.asText());
    }
  }

  /** The part files of a table, in name order (none when the folder is missing). */
  List<Path> parts(String table) throws IOException {
    FileStatus[] st = fs.globStatus(new Path(new Path(dir, table), "*.parquet"));
    if (st == null) {
      return List.of();
    }
    return Arrays.stream(st).map(FileStatus::getPath).sorted().toList();
  }

  long rowCount(String table) throws IOException {
    long n = 0;
    for (Path p : parts(table)) {
      try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(p, conf))) {
        n += r.getRecordCount();
      }
    }
    return n;
  }

  void forEach(String table, Consumer<GenericRecord> f) throws IOException {
    for (Path p : parts(table)) {
      try (ParquetReader<GenericRecord> r =
          AvroParquetReader.<GenericRecord>builder(HadoopInputFile.fromPath(p, conf))
              .withDataModel(GenericData.get())
              .withConf(conf)
              .build()) {
        GenericRecord rec;
        while ((rec = r.read()) != null) {
          f.accept(rec);
        }
      }
    }
  }

  private void readDocuments(ReportData d) throws IOException {
    forEach(Tables.DOCUMENTS, r -> {
      LocalDate date = date(r, "date");
      if (date != null) {
        if (d.firstDate == null || date.isBefore(d.firstDate)) {
          d.firstDate = date;
        }
        if (d.lastDate == null || date.isAfter(d.lastDate)) {
          d.lastDate = date;
        }
      }
    });
  }

  private void readSpeakers(ReportData d) throws IOException {
    List<ReportData.Speaker> all = new ArrayList<>();
    Comparator<ReportData.Speaker> order =
        Comparator.comparingLong(ReportData.Speaker::nStatements).reversed()
            .thenComparing(Comparator.comparingLong(ReportData.Speaker::nDocuments).reversed())
            .thenComparing(ReportData.Speaker::actorId);
    List<ReportData.Speaker> people = new ArrayList<>();
    forEach(Tables.ACTOR_STATEMENT_COUNTS, r -> {
      ReportData.Speaker s = new ReportData.Speaker(str(r, "actor_id"), str(r, "name"),
          str(r, "type"), lng(r, "n_statements"), lng(r, "n_direct"), lng(r, "n_partial"),
          lng(r, "n_indirect"), lng(r, "n_documents"));
      keepTop(all, s, order, TOP_SPEAKERS);
      if (PERSON.equals(s.type())) {
        keepTop(people, s, order, TOP_SPEAKERS);
      }
    });
    all.sort(order);
    all.stream().filter(s -> s.nStatements() > 0).limit(TOP_SPEAKERS).forEach(d.speakers::add);
    people.sort(order);
    people.stream().filter(s -> s.nStatements() > 0).limit(TOP_SPEAKERS).forEach(d.people::add);
  }

  private void readActors(ReportData d) throws IOException {
    List<ReportData.Actor> all = new ArrayList<>();
    Comparator<ReportData.Actor> order =
        Comparator.comparingLong(ReportData.Actor::nMentions).reversed()
            .thenComparing(Comparator.comparingLong(ReportData.Actor::nDocuments).reversed())
            .thenComparing(ReportData.Actor::actorId);
    List<ReportData.Actor> people = new ArrayList<>();
    forEach(Tables.ACTORS, r -> {
      ReportData.Actor a = new ReportData.Actor(str(r, "actor_id"), str(r, "name"),
          str(r, "type"), strings(r.get("aliases")), lng(r, "n_mentions"), lng(r, "n_documents"));
      keepTop(all, a, order, HEATMAP_ACTORS);
      if (PERSON.equals(a.type())) {
        keepTop(people, a, order, HEATMAP_ACTORS);
      }
    });
    all.sort(order);
    all.stream().limit(HEATMAP_ACTORS).forEach(d.topActors::add);
    people.sort(order);
    people.stream().limit(HEATMAP_ACTORS).forEach(d.topPeople::add);
  }

  private static final String PERSON = "PERSON";

  /** Adds x, trimming the list back to its top n now and then so that memory stays bounded. */
  private static <T> void keepTop(List<T> list, T x, Comparator<T> order, int n) {
    list.add(x);
    if (list.size() > 10_000) {
      list.sort(order);
      list.subList(n, list.size()).clear();
    }
  }

  private void readComentions(ReportData d) throws IOException {
    Set<String> top = new HashSet<>();
    d.topActors.forEach(a -> top.add(a.actorId()));
    Set<String> people = new HashSet<>();
    d.topPeople.forEach(a -> people.add(a.actorId()));
    forEach(Tables.COMENTIONS, r -> {
      String a = str(r, "actor_a");
      String b = str(r, "actor_b");
      if ((top.contains(a) && top.contains(b)) || (people.contains(a) && people.contains(b))) {
        d.comentions.add(new ReportData.Comention(a, b, str(r, "scope"), lng(r, "n_units"),
            lng(r, "n_documents"), dbl(r, "pmi"), dbl(r, "jaccard")));
      }
    });
  }

  private void readDaily(ReportData d) throws IOException {
    Set<String> lines = new HashSet<>();
    d.speakers.stream().limit(TIMELINE_SPEAKERS).forEach(s -> {
      lines.add(s.actorId());
      d.speakerDaily.put(s.actorId(), new TreeMap<>());
    });
    forEach(Tables.ACTOR_DAILY, r -> {
      LocalDate date = date(r, "date");
      long n = lng(r, "n_statements");
      if (date == null || n == 0) {
        return;
      }
      d.dailyStatements.merge(date, n, Long::sum);
      String id = str(r, "actor_id");
      if (lines.contains(id)) {
        d.speakerDaily.get(id).merge(date, n, Long::sum);
      }
    });
  }

  private void readRejects(ReportData d) throws IOException {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, List<String>> examples = new LinkedHashMap<>();
    forEach(Tables.REJECTS, r -> {
      String reason = str(r, "reason");
      counts.computeIfAbsent(reason, k -> new long[1])[0]++;
      List<String> ex = examples.computeIfAbsent(reason, k -> new ArrayList<>());
      if (ex.size() < REJECT_EXAMPLES) {
        String path = str(r, "source_path");
        String file = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        Object line = r.get("line");
        ex.add(file + (line == null ? "" : ":" + line) + " — " + str(r, "detail"));
      }
    });
    counts.forEach((k, v) -> d.rejects.add(new ReportData.RejectGroup(k, v[0], examples.get(k))));
    d.rejects.sort(Comparator.comparingLong(ReportData.RejectGroup::count).reversed()
        .thenComparing(ReportData.RejectGroup::reason));
  }

  /**
   * One pass over the statements: how many have no speaker, and the quotes shown for the first
   * {@link #QUOTED_SPEAKERS} speakers — direct words first, then the most confident, one per
   * quotation (a reprint is not a second quote).
   */
  private void readStatements(ReportData d) throws IOException {
    // per quoted speaker, the best statement of each quotation (by quote_key)
    Map<String, Map<String, ReportData.Quote>> best = new LinkedHashMap<>();
    d.speakers.stream().limit(QUOTED_SPEAKERS).forEach(s -> best.put(s.actorId(), new HashMap<>()));
    long[] n = {0};
    forEach(Tables.STATEMENTS, r -> {
      String actor = str(r, "actor_id");
      if (actor == null) {
        n[0]++;
        return;
      }
      Map<String, ReportData.Quote> byKey = best.get(actor);
      if (byKey == null) {
        return;
      }
      ReportData.Quote q = new ReportData.Quote(actor, str(r, "text"), str(r, "kind"),
          dbl(r, "confidence"), str(r, "title"), str(r, "url"), str(r, "source"), date(r, "date"),
          str(r, "doc_id"));
      String key = str(r, "quote_key");
      byKey.merge(key == null ? q.text() : key, q, (a, b) -> QUOTE_ORDER.compare(a, b) <= 0 ? a : b);
    });
    d.unattributedStatements = n[0];
    best.forEach((actor, byKey) -> {
      if (!byKey.isEmpty()) {
        d.quotes.put(actor, byKey.values().stream().sorted(QUOTE_ORDER).limit(QUOTES_PER_SPEAKER).toList());
      }
    });
  }

  static final Comparator<ReportData.Quote> QUOTE_ORDER =
      Comparator.comparingInt((ReportData.Quote q) -> kindRank(q.kind()))
          .thenComparing(Comparator.comparingDouble(ReportData.Quote::confidence).reversed())
          .thenComparing(ReportData.Quote::docId, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ReportData.Quote::text, Comparator.nullsLast(Comparator.naturalOrder()));

  private static int kindRank(String kind) {
    return "direct".equals(kind) ? 0 : "partial".equals(kind) ? 1 : 2;
  }

  static String str(GenericRecord r, String field) {
    Object v = r.hasField(field) ? r.get(field) : null;
    return v == null ? null : v.toString();
  }

  static long lng(GenericRecord r, String field) {
    Object v = r.hasField(field) ? r.get(field) : null;
    return v instanceof Number n ? n.longValue() : 0L;
  }

  static double dbl(GenericRecord r, String field) {
    Object v = r.hasField(field) ? r.get(field) : null;
    return v instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /** A DATE column: Avro gives days since the epoch (or a LocalDate with conversions on). */
  static LocalDate date(GenericRecord r, String field) {
    Object v = r.hasField(field) ? r.get(field) : null;
    if (v instanceof LocalDate ld) {
      return ld;
    }
    if (v instanceof Number n) {
      return LocalDate.ofEpochDay(n.longValue());
    }
    if (v != null) {
      return LocalDate.parse(v.toString());
    }
    return null;
  }

  /** A list column, whether read as a plain list or as the 2-level "array" record form. */
  static List<String> strings(Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof Iterable<?> it) {
      for (Object o : it) {
        if (o instanceof GenericRecord g && g.getSchema().getFields().size() == 1) {
          Object x = g.get(0);
          if (x != null) {
            out.add(x.toString());
          }
        } else if (o != null) {
          out.add(o.toString());
        }
      }
    }
    return out;
  }
}
