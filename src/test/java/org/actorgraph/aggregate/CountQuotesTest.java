package org.actorgraph.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.io.Tables;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.Rule;
import org.junit.Test;

/** One row per quotation, whatever the order its prints come in. */
public class CountQuotesTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  private static Row statement(String doc, String date, String actor, String source, String text, String key) {
    Row.Builder b = Row.withSchema(Tables.STATEMENTS_SCHEMA);
    for (org.apache.beam.sdk.schemas.Schema.Field f : Tables.STATEMENTS_SCHEMA.getFields()) {
      switch (f.getName()) {
        case "doc_id" -> b.addValue(doc);
        case "date" -> b.addValue(date == null ? null : LocalDate.parse(date));
        case "statement_id" -> b.addValue(doc + "#0");
        case "actor_id" -> b.addValue(actor);
        case "kind" -> b.addValue("direct");
        case "text" -> b.addValue(text);
        case "quote_key" -> b.addValue(key);
        case "begin", "end", "sentence" -> b.addValue(0);
        case "confidence" -> b.addValue(0.9);
        case "source" -> b.addValue(source);
        case "context" -> b.addValue(text);
        case "rule" -> b.addValue("test/none");
        default -> b.addValue(null);
      }
    }
    return b.build();
  }

  @Test
  public void reprintsBecomeOneQuoteWithTheirSpread() {
    List<Row> in = new ArrayList<>();
    // one quote carried by three outlets, one of them twice, one print credited elsewhere
    in.add(statement("wire-2", "2024-05-02", "per:lind.a", "Wire", "We will rebuild the bridge", "we will rebuild the bridge"));
    in.add(statement("daily-1", "2024-05-01", "per:lind.a", "Daily", "We will rebuild the bridge.", "we will rebuild the bridge"));
    in.add(statement("daily-3", "2024-05-04", "per:lind.a", "Daily", "we will rebuild the bridge", "we will rebuild the bridge"));
    in.add(statement("post-1", null, "org:council", "Post", "\"We will rebuild the bridge\"", "we will rebuild the bridge"));
    in.add(statement("post-2", "2024-05-03", null, null, "Nobody knew", "nobody knew"));
    in.add(statement("post-2", "2024-05-03", null, null, "…", ""));
    PCollection<Row> quotes =
        p.apply(Create.of(in).withRowSchema(Tables.STATEMENTS_SCHEMA)).apply(CountQuotes.inShards(3));
    PAssert.that(quotes).containsInAnyOrder(
        Row.withSchema(Tables.QUOTES_SCHEMA).addValues("we will rebuild the bridge",
            "\"We will rebuild the bridge\"", "per:lind.a", 2L, LocalDate.parse("2024-05-01"),
            LocalDate.parse("2024-05-04"), 4L, 4L, 3L, "daily-1").build(),
        Row.withSchema(Tables.QUOTES_SCHEMA).addValues("nobody knew", "Nobody knew", null, 0L,
            LocalDate.parse("2024-05-03"), LocalDate.parse("2024-05-03"), 1L, 1L, 0L, "post-2").build());
    p.run();
  }

  @Test
  public void statsRoundTripThroughTheirCoder() throws Exception {
    QuoteStats q = QuoteStats.of("A b", "per:x.y", "d1", "Wire", LocalDate.parse("2020-02-29"))
        .merge(QuoteStats.of("A b c", null, "d0", null, null));
    QuoteStats back = CoderUtils.decodeFromByteArray(QuoteStats.CODER, CoderUtils.encodeToByteArray(QuoteStats.CODER, q));
    assertThat(back).isEqualTo(q);
    // dated prints come before undated ones for the first document
    assertThat(back.firstDoc).isEqualTo("d1");
    assertThat(back.text).isEqualTo("A b c");
  }
}
