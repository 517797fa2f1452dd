package org.actorgraph.aggregate;

import java.time.LocalDate;
import org.actorgraph.io.Tables;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code quotes} table: one row per distinct quotation (quote_key), Quotebank's unit — its
 * longest wording, the speaker credited most often (and how many were credited), its first and
 * last date, how many statements, documents and outlets carried it, and the first document.
 */
public final class CountQuotes extends PTransform<PCollection<Row>, PCollection<Row>> {
  private final int shards;

  private CountQuotes(int shards) {
    this.shards = shards;
  }

  /** Applied to the statements; keys are combined in {@code shards}. */
  public static CountQuotes inShards(int shards) {
    return new CountQuotes(shards);
  }

  @Override
  public PCollection<Row> expand(PCollection<Row> statements) {
    return statements
        .apply("KeyByQuote", ParDo.of(new KeyByQuoteFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), QuoteStats.CODER))
        .apply("PerQuote", ShardedCombine.perKey(MergeFn.of(none -> new QuoteStats()), QuoteStats.CODER, QuoteStats.CODER, shards))
        .apply("ToRows", ParDo.of(new ToRowFn()))
        .setRowSchema(Tables.QUOTES_SCHEMA);
  }

  static final class KeyByQuoteFn extends DoFn<Row, KV<String, QuoteStats>> {
    @ProcessElement
    public void process(@Element Row r, OutputReceiver<KV<String, QuoteStats>> out) {
      String key = r.getString("quote_key");
      if (key == null || key.isEmpty()) {
        return; // punctuation only: nothing to match reprints by
      }
      out.output(KV.of(key, QuoteStats.of(r.getString("text"), r.getString("actor_id"),
          r.getString("doc_id"), r.getString("source"), r.getLogicalTypeValue("date", LocalDate.class))));
    }
  }

  static final class ToRowFn extends DoFn<KV<String, QuoteStats>, Row> {
    @ProcessElement
    public void process(@Element KV<String, QuoteStats> kv, OutputReceiver<Row> out) {
      QuoteStats q = kv.getValue();
      out.output(
          Row.withSchema(Tables.QUOTES_SCHEMA)
              .addValues(kv.getKey(), q.text, q.topSpeaker(), (long) q.speakers.size(), q.first, q.last,
                  q.statements, (long) q.documents.size(), (long) q.sources.size(), q.firstDoc)
              .build());
    }
  }
}
