package org.actorgraph.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the HTML report shows, already reduced to small lists: filled from a run's output folder
 * by {@link ReportLoader}, or by hand in tests. Nothing here is a Beam or Parquet type.
 */
public final class ReportData {

  /** One row of actor_statement_counts. */
  public record Speaker(
      String actorId, String name, String type, long nStatements, long nDirect, long nPartial,
      long nIndirect, long nDocuments) {}

  /** One row of actors. */
  public record Actor(
      String actorId, String name, String type, List<String> aliases, long nMentions,
      long nDocuments) {}

  /** One row of comentions (actorA &lt; actorB). */
  public record Comention(
      String actorA, String actorB, String scope, long nUnits, long nDocuments, double pmi,
      double jaccard) {}

  /** One statement shown under its speaker: the words, and where and when they appeared. */
  public record Quote(
      String actorId, String text, String kind, double confidence, String title, String url,
      String source, LocalDate date, String docId) {}

  /** Rejects of one reason: how many, and a few examples ("path:line — detail"). */
  public record RejectGroup(String reason, long count, List<String> examples) {}

  /** Where the tables are (shown in the page header). */
  public String outputDir = "";
  /** Label → value lines from _manifest.json (runner, input, wall time, versions...). */
  public final Map<String, String> runInfo = new LinkedHashMap<>();
  /** Job counters from _manifest.json ("sentences", "files", ...). */
  public final Map<String, Long> counters = new LinkedHashMap<>();
  /** Rows per table, counted from the Parquet footers. */
  public final Map<String, Long> tableRows = new LinkedHashMap<>();
  /** Statements with no speaker (actor_id null). -1 when not known. */
  public long unattributedStatements = -1;
  /** First and last document date, null when no document has a date. */
  public LocalDate firstDate;
  public LocalDate lastDate;
  /** Top speakers, most statements first. */
  public final List<Speaker> speakers = new ArrayList<>();
  /** Top speakers that are people, most statements first. */
  public final List<Speaker> people = new ArrayList<>();
  /** A few statements of each of the first top speakers, by actor_id, in the order shown. */
  public final Map<String, List<Quote>> quotes = new LinkedHashMap<>();
  /** Top actors by mentions: the rows and columns of the heatmaps. */
  public final List<Actor> topActors = new ArrayList<>();
  /** Top people by mentions: the people-only heatmap. */
  public final List<Actor> topPeople = new ArrayList<>();
  /** Co-mention pairs among {@link #topActors} or among {@link #topPeople} (any scope). */
  public final List<Comention> comentions = new ArrayList<>();
  /** Attributed statements per date, summed over all actors (from actor_daily). */
  public final SortedMap<LocalDate, Long> dailyStatements = new TreeMap<>();
  /** Statements per date of the first few {@link #speakers}, by actor_id. */
  public final Map<String, SortedMap<LocalDate, Long>> speakerDaily = new LinkedHashMap<>();
  /** Rejects by reason, most first. */
  public final List<RejectGroup> rejects = new ArrayList<>();
}
