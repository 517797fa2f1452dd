package org.actorgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.io.Tables;
import org.actorgraph.model.Statement;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.junit.Rule;
import org.junit.Test;

/**
 * The whole job on {@code testdata/articles} with the DirectRunner, checked against the
 * hand-annotated gold files in {@code testdata/gold}.
 */
public class ActorGraphPipelineTest {
  private static final ActorGraphOptions OPTIONS = options();

  private static ActorGraphOptions options() {
    ActorGraphOptions o =
        PipelineOptionsFactory.fromArgs(
                "--input=testdata/articles/*", "--output=target/unused", "--maxArticleBytes=32768")
            .as(ActorGraphOptions.class);
    // the immutability check walks the whole graph per bundle: minutes on this pipeline
    o.as(DirectOptions.class).setEnforceImmutability(false);
    return o;
  }

  @Rule public final transient TestPipeline p = TestPipeline.fromOptions(OPTIONS);

  @Test
  public void wholeJobMatchesTheGoldFiles() {
    Map<String, PCollection<Row>> t = ActorGraph.build(p, OPTIONS);

    PAssert.that(t.get(Tables.DOCUMENTS)).satisfies(rows -> {
      List<Row> docs = list(rows);
      // 12 wikinews .txt + 3 + 2 JSON Lines + 6 handmade + 2 good lines of bad-lines.jsonl
      assertThat(docs).hasSize(25);
      Row paris = find(docs, "doc_id", "handmade-paris-talks.txt");
      assertThat(paris.getLogicalTypeValue("date", java.time.LocalDate.class)).hasToString("2025-03-10");
      assertThat(paris.getInt32("n_paragraphs")).isEqualTo(6);
      Row budget = find(docs, "doc_id", "handmade-defence-budget.txt");
      // the date header shares its line with the text: the text starts at "President"
      assertThat(budget.getInt32("n_statements")).isGreaterThanOrEqualTo(4);
      Row jsonl = find(docs, "doc_id", "bad-lines.jsonl:5");
      assertThat(jsonl.getLogicalTypeValue("date", java.time.LocalDate.class)).hasToString("2025-03-02");
      assertThat(jsonl.getInt32("line")).isEqualTo(5);
      return null;
    });

    PAssert.that(t.get(Tables.REJECTS)).satisfies(rows -> {
      Set<String> got = new HashSet<>();
      for (Row r : rows) {
        String path = r.getString("source_path");
        Integer line = r.getInt32("line");
        got.add(path.substring(path.lastIndexOf('/') + 1) + "\t" + (line == null ? "" : line) + "\t"
            + r.getString("reason"));
        assertThat(r.getString("detail")).isNotBlank();
      }
      Set<String> want = new HashSet<>();
      for (String[] g : GoldFiles.read("rejects.tsv")) {
        want.add(String.join("\t", g));
      }
      assertThat(got).isEqualTo(want);
      return null;
    });

    PAssert.that(t.get(Tables.STATEMENTS)).satisfies(rows -> {
      checkStatementsAgainstGold(list(rows));
      return null;
    });

    PAssert.that(t.get(Tables.MENTIONS)).satisfies(rows -> {
      List<Row> mentions = list(rows);
      Set<String> found = new HashSet<>();
      for (Row m : mentions) {
        found.add(m.getString("doc_id") + "\t" + m.getString("actor_name"));
        assertThat(m.getInt32("end")).isGreaterThan(m.getInt32("begin"));
      }
      List<String[]> gold = GoldFiles.read("actors.tsv");
      int hit = 0;
      for (String[] g : gold) {
        if (found.contains(g[0] + "\t" + g[1])) {
          hit++;
        }
      }
      assertThat((double) hit / gold.size()).as("gold actors found").isGreaterThanOrEqualTo(0.85);
      // photo credits and bylines are not mentions
      for (String[] g : GoldFiles.read("not-actors.tsv")) {
        assertThat(mentions).noneMatch(
            m -> m.getString("doc_id").equals(g[0]) && m.getString("surface").contains(g[1]));
      }
      // two people named Clinton in one document: the bare surname stays ambiguous
      assertThat(mentions).anyMatch(m -> m.getString("doc_id").equals("handmade-two-clintons.txt")
          && m.getString("surface").equals("Clinton") && m.getString("actor_id") == null);
      return null;
    });

    PAssert.that(t.get(Tables.ACTORS)).satisfies(rows -> {
      Map<String, Row> byId = byKey(list(rows), "actor_id");
      Row macron = byId.get("emmanuel-macron");
      assertThat(macron.getString("name")).isEqualTo("Emmanuel Macron");
      assertThat(macron.getString("type")).isEqualTo("PERSON");
      assertThat(macron.getInt64("n_documents")).isGreaterThanOrEqualTo(2L);
      assertThat(macron.getArray("aliases")).contains("Macron");
      Row zelensky = byId.get("volodymyr-zelensky");
      assertThat(zelensky.getArray("aliases")).contains("Volodymyr Zelenskyy", "Zelenskiy");
      assertThat(byId.get("russia").getString("type")).isEqualTo("LOCATION");
      return null;
    });

    PAssert.that(t.get(Tables.ACTOR_STATEMENT_COUNTS)).satisfies(rows -> {
      Map<String, Row> byId = byKey(list(rows), "actor_id");
      // speakers of exactly one gold statement, in one document, in the whole of testdata
      for (String id : List.of("dmitry-peskov", "sergei-lavrov", "friedrich-merz")) {
        Row r = byId.get(id);
        assertThat(r).as(id).isNotNull();
        assertThat(r.getInt64("n_statements")).as(id).isEqualTo(1L);
        assertThat(r.getInt64("n_direct")).as(id).isEqualTo(1L);
        assertThat(r.getInt64("n_unique_statements")).as(id).isEqualTo(1L);
        assertThat(r.getInt64("n_documents")).as(id).isEqualTo(1L);
      }
      Row scholz = byId.get("olaf-scholz");
      assertThat(scholz.getInt64("n_statements")).isEqualTo(2L);
      assertThat(scholz.getInt64("n_direct") + scholz.getInt64("n_indirect")).isEqualTo(2L);
      assertThat(scholz.getLogicalTypeValue("first_date", java.time.LocalDate.class)).hasToString("2025-03-10");
      return null;
    });

    PAssert.that(t.get(Tables.COMENTIONS)).satisfies(rows -> {
      Map<String, Row> pairs = new HashMap<>();
      for (Row r : rows) {
        assertThat(r.getString("actor_a")).isLessThan(r.getString("actor_b"));
        assertThat(r.getDouble("jaccard")).isBetween(0.0, 1.0);
        assertThat(r.getInt64("n_units")).isPositive();
        pairs.put(r.getString("actor_a") + "|" + r.getString("actor_b") + "|" + r.getString("scope"), r);
      }
      Row doc = pairs.get("emmanuel-macron|olaf-scholz|document");
      assertThat(doc).isNotNull();
      assertThat(doc.getInt64("n_documents")).isEqualTo(1L);
      assertThat(pairs).containsKey("emmanuel-macron|olaf-scholz|sentence");
      // they share one document of 25 and each appears in few: a positive association
      assertThat(doc.getDouble("pmi")).isGreaterThan(0.0);
      assertThat(pairs).containsKey("dmitry-peskov|kremlin|sentence");
      return null;
    });

    PAssert.that(t.get(Tables.ACTOR_DAILY)).satisfies(rows -> {
      Map<String, Row> byKey = new HashMap<>();
      for (Row r : rows) {
        byKey.put(r.getString("actor_id") + "|" + r.getLogicalTypeValue("date", java.time.LocalDate.class), r);
      }
      Row lavrov = byKey.get("sergei-lavrov|2025-04-02");
      assertThat(lavrov).isNotNull();
      assertThat(lavrov.getInt64("n_statements")).isEqualTo(1L);
      assertThat(lavrov.getInt64("n_mentions")).isEqualTo(1L);
      return null;
    });

    p.run().waitUntilFinish();
  }

  /** Every gold direct quotation is found with its speaker; recall and precision over all kinds. */
  static void checkStatementsAgainstGold(List<Row> statements) {
    List<String[]> gold = GoldFiles.read("statements.tsv");
    Set<String> goldDocs = new HashSet<>();
    for (String[] g : gold) {
      goldDocs.add(g[0]);
    }
    List<Row> predicted = new ArrayList<>();
    for (Row s : statements) {
      if (goldDocs.contains(s.getString("doc_id"))) {
        predicted.add(s);
      }
    }
    int matched = 0;
    int withSpeaker = 0;
    List<String> missedDirect = new ArrayList<>();
    for (String[] g : gold) {
      String key = Statement.quoteKey(g[5]);
      Row hit = null;
      for (Row s : predicted) {
        String k = s.getString("quote_key");
        if (s.getString("doc_id").equals(g[0]) && (k.contains(key) || key.contains(k) && k.length() > key.length() / 2)) {
          hit = s;
          break;
        }
      }
      String want = g[2].isEmpty() ? null : g[2];
      if (hit != null) {
        matched++;
        if (java.util.Objects.equals(hit.getString("speaker_name"), want)) {
          withSpeaker++;
        } else if (g[1].equals("direct")) {
          missedDirect.add(g[0] + ": " + g[5] + " -> " + hit.getString("speaker_name"));
        }
      } else if (g[1].equals("direct")) {
        missedDirect.add(g[0] + ": " + g[5] + " (not found)");
      }
    }
    assertThat(missedDirect).as("direct quotations with the wrong or no speaker").isEmpty();
    assertThat((double) matched / gold.size()).as("statement recall").isGreaterThanOrEqualTo(0.85);
    assertThat((double) withSpeaker / gold.size()).as("statement+speaker recall").isGreaterThanOrEqualTo(0.75);
    assertThat((double) matched / predicted.size()).as("statement precision").isGreaterThanOrEqualTo(0.8);
  }

  static List<Row> list(Iterable<Row> rows) {
    List<Row> out = new ArrayList<>();
    rows.forEach(out::add);
    return out;
  }

  static Row find(List<Row> rows, String field, String value) {
    return rows.stream().filter(r -> value.equals(r.getValue(field))).findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + field + "=" + value));
  }

  static Map<String, Row> byKey(List<Row> rows, String field) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : rows) {
      assertThat(out.put(r.getString(field), r)).as("duplicate " + r.getString(field)).isNull();
    }
    return out;
  }
}
