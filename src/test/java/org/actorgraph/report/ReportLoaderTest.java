package org.actorgraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads a tiny hand-made output folder (Parquet written here with parquet-avro). */
class ReportLoaderTest {
  @TempDir Path dir;

  static final Schema DATE = LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
  static final Schema OPT_DATE = SchemaBuilder.unionOf().nullType().and().type(DATE).endUnion();

  void write(String table, String part, Schema schema, List<Map<String, Object>> rows)
      throws IOException {
    Files.createDirectories(dir.resolve(table));
    org.apache.hadoop.fs.Path p =
        new org.apache.hadoop.fs.Path(dir.resolve(table).resolve(part).toUri());
    try (ParquetWriter<GenericRecord> w =
        AvroParquetWriter.<GenericRecord>builder(HadoopOutputFile.fromPath(p, new Configuration()))
            .withSchema(schema).build()) {
      for (Map<String, Object> row : rows) {
        GenericRecord r = new GenericData.Record(schema);
        row.forEach(r::put);
        w.write(r);
      }
    }
  }

  static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  @Test
  void readsEveryPartOfEveryTable() throws IOException {
    Schema documents = SchemaBuilder.record("documents").fields().requiredString("doc_id")
        .name("date").type(OPT_DATE).withDefault(null).endRecord();
    write("documents", "part-00000-of-00002.parquet", documents,
        List.of(Map.of("doc_id", "a", "date", day("2025-03-10"))));
    write("documents", "part-00001-of-00002.parquet", documents,
        List.of(Map.of("doc_id", "b", "date", day("2025-03-01")), Map.of("doc_id", "c")));

    Schema counts = SchemaBuilder.record("actor_statement_counts").fields()
        .requiredString("actor_id").requiredString("name").requiredString("type")
        .requiredLong("n_statements").requiredLong("n_direct").requiredLong("n_partial")
        .requiredLong("n_indirect").requiredLong("n_documents").endRecord();
    write("actor_statement_counts", "part-0.parquet", counts, List.of(
        Map.of("actor_id", "who", "name", "WHO", "type", "ORGANIZATION", "n_statements", 1L,
            "n_direct", 0L, "n_partial", 0L, "n_indirect", 1L, "n_documents", 1L),
        Map.of("actor_id", "donald-trump", "name", "Donald Trump", "type", "PERSON",
            "n_statements", 3L, "n_direct", 2L, "n_partial", 0L, "n_indirect", 1L,
            "n_documents", 2L)));

    Schema actors = SchemaBuilder.record("actors").fields().requiredString("actor_id")
        .requiredString("name").requiredString("type").name("aliases").type().array().items()
        .stringType().noDefault().requiredLong("n_mentions").requiredLong("n_documents")
        .endRecord();
    write("actors", "part-0.parquet", actors, List.of(
        Map.of("actor_id", "donald-trump", "name", "Donald Trump", "type", "PERSON",
            "aliases", List.of("Trump"), "n_mentions", 5L, "n_documents", 2L),
        Map.of("actor_id", "united-states", "name", "United States", "type", "LOCATION",
            "aliases", List.of("US", "U.S."), "n_mentions", 9L, "n_documents", 2L)));

    Schema daily = SchemaBuilder.record("actor_daily").fields().requiredString("actor_id")
        .name("date").type(DATE).noDefault().requiredLong("n_statements")
        .requiredLong("n_mentions").endRecord();
    write("actor_daily", "part-0.parquet", daily, List.of(
        Map.of("actor_id", "donald-trump", "date", day("2025-03-01"), "n_statements", 2L,
            "n_mentions", 3L),
        Map.of("actor_id", "who", "date", day("2025-03-01"), "n_statements", 1L,
            "n_mentions", 1L),
        Map.of("actor_id", "donald-trump", "date", day("2025-03-10"), "n_statements", 1L,
            "n_mentions", 2L)));

    Schema comentions = SchemaBuilder.record("comentions").fields().requiredString("actor_a")
        .requiredString("actor_b").requiredString("scope").requiredLong("n_units")
        .requiredLong("n_documents").requiredDouble("pmi").requiredDouble("jaccard").endRecord();
    write("comentions", "part-0.parquet", comentions, List.of(
        Map.of("actor_a", "donald-trump", "actor_b", "united-states", "scope", "document",
            "n_units", 2L, "n_documents", 2L, "pmi", 0.5, "jaccard", 1.0),
        Map.of("actor_a", "donald-trump", "actor_b", "elsewhere", "scope", "document",
            "n_units", 1L, "n_documents", 1L, "pmi", 0.1, "jaccard", 0.2)));

    Schema rejects = SchemaBuilder.record("rejects").fields().requiredString("source_path")
        .optionalInt("line").requiredString("reason").requiredString("detail").endRecord();
    write("rejects", "part-0.parquet", rejects, List.of(
        Map.of("source_path", "/data/x/lines.jsonl", "line", 3, "reason", "malformed_json",
            "detail", "not JSON"),
        Map.of("source_path", "/data/x/big.txt", "reason", "too_large", "detail", "over")));

    Schema statements = SchemaBuilder.record("statements").fields().requiredString("doc_id")
        .optionalString("actor_id").requiredString("text").requiredString("quote_key")
        .requiredString("kind").requiredDouble("confidence").optionalString("title")
        .optionalString("url").endRecord();
    write("statements", "part-0.parquet", statements, List.of(
        Map.of("doc_id", "a", "actor_id", "donald-trump", "text", "x", "quote_key", "x",
            "kind", "indirect", "confidence", 0.9),
        Map.of("doc_id", "a", "text", "y", "quote_key", "y", "kind", "direct", "confidence", 0.5),
        Map.of("doc_id", "b", "actor_id", "donald-trump", "text", "Z!", "quote_key", "z",
            "kind", "direct", "confidence", 0.5, "title", "T", "url", "https://e.example/b"),
        Map.of("doc_id", "c", "actor_id", "donald-trump", "text", "z", "quote_key", "z",
            "kind", "direct", "confidence", 0.8)));

    Files.writeString(dir.resolve("_manifest.json"), "{\"state\":\"DONE\",\"wall_seconds\":1.5,"
        + "\"options\":{\"input\":[\"a/*\",\"b/*\"],\"runner\":\"DirectRunner\"},"
        + "\"versions\":{\"actorgraph\":\"null\",\"beam\":\"2.62.0\"},"
        + "\"counts\":{\"files\":4,\"sentences\":12}}");

    ReportData d = new ReportLoader(dir.toString()).load();

    assertThat(d.tableRows).containsEntry("documents", 3L).containsEntry("statements", 4L)
        .containsEntry("mentions", 0L).hasSize(9);
    assertThat(d.firstDate).isEqualTo(LocalDate.parse("2025-03-01"));
    assertThat(d.lastDate).isEqualTo(LocalDate.parse("2025-03-10"));
    assertThat(d.speakers).extracting(ReportData.Speaker::actorId)
        .containsExactly("donald-trump", "who");
    assertThat(d.topActors).extracting(ReportData.Actor::actorId)
        .containsExactly("united-states", "donald-trump");
    assertThat(d.topActors.get(0).aliases()).containsExactly("US", "U.S.");
    assertThat(d.comentions).singleElement()
        .satisfies(c -> assertThat(c.pmi()).isEqualTo(0.5));
    assertThat(d.dailyStatements).containsEntry(LocalDate.parse("2025-03-01"), 3L)
        .containsEntry(LocalDate.parse("2025-03-10"), 1L);
    assertThat(d.speakerDaily.get("donald-trump")).hasSize(2);
    assertThat(d.rejects).extracting(ReportData.RejectGroup::reason)
        .containsExactly("malformed_json", "too_large");
    assertThat(d.rejects.get(0).examples()).containsExactly("lines.jsonl:3 — not JSON");
    assertThat(d.unattributedStatements).isEqualTo(1);
    // direct first, then confidence; of the two prints of "z" (one quote_key), the more confident
    assertThat(d.quotes.get("donald-trump")).extracting(ReportData.Quote::text)
        .containsExactly("z", "x");
    assertThat(d.quotes.get("donald-trump").get(0).docId()).isEqualTo("c");
    assertThat(d.quotes).doesNotContainKey("who");
    assertThat(d.runInfo).containsEntry("input", "a/*, b/*").containsEntry("wall time", "1.5 s")
        .containsEntry("versions", "beam 2.62.0");
    assertThat(d.counters).containsEntry("sentences", 12L);

    HtmlReport.write(dir.toString());
    String html = Files.readString(dir.resolve(HtmlReport.FILE));
    assertThat(html).contains("id=\"chart-heatmap-document\"").contains("Donald Trump");
    assertThat(dir.resolve(".report.html.crc")).doesNotExist();
  }
}
