package org.actorgraph.aggregate;

import org.actorgraph.io.Tables;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Fills the speaker's {@code speaker_type}, {@code speaker_role} and {@code speaker_country} in
 * each statement from its actor's row, so that "what did people of this country say" needs no
 * join. The values are the corpus-wide ones of the {@code actors} table, not one document's guess.
 */
public final class AttachSpeakers extends PTransform<PCollection<Row>, PCollection<Row>> {
  private final PCollection<Row> actors;
  private final int shards;

  private AttachSpeakers(PCollection<Row> actors, int shards) {
    this.actors = actors;
    this.shards = shards;
  }

  /** Applied to the statements; the actors table comes in here; joined in {@code shards}. */
  public static AttachSpeakers from(PCollection<Row> actors, int shards) {
    return new AttachSpeakers(actors, shards);
  }

  @Override
  public PCollection<Row> expand(PCollection<Row> statements) {
    SchemaCoder<Row> statementCoder = SchemaCoder.of(Tables.STATEMENTS_SCHEMA);
    PCollection<Row> unattributed =
        statements.apply("Unattributed", Filter.by((Row r) -> r.getString("actor_id") == null));
    PCollection<Row> attributed =
        statements
            .apply("ByActor", ParDo.of(new KeyByFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), statementCoder))
            .apply("WithActor", ShardedLookup.<Row, Row>in(Lookups.actorsById(actors), shards))
            .apply("FillSpeaker", ParDo.of(new FillFn()))
            .setRowSchema(Tables.STATEMENTS_SCHEMA);
    return PCollectionList.of(attributed).and(unattributed)
        .apply("All", Flatten.pCollections())
        .setRowSchema(Tables.STATEMENTS_SCHEMA);
  }

  static final class KeyByFn extends DoFn<Row, KV<String, Row>> {
    @ProcessElement
    public void process(@Element Row r, OutputReceiver<KV<String, Row>> out) {
      String actor = r.getString("actor_id");
      if (actor != null) {
        out.output(KV.of(actor, r));
      }
    }
  }

  static final class FillFn extends DoFn<KV<String, KV<Row, Row>>, Row> {
    @ProcessElement
    public void process(@Element KV<String, KV<Row, Row>> kv, OutputReceiver<Row> out) {
      Row statement = kv.getValue().getKey();
      @Nullable Row actor = kv.getValue().getValue();
      if (actor == null) { // every speaker has a mention and so an actor row; keep it regardless
        out.output(statement);
        return;
      }
      out.output(
          Row.fromRow(statement)
              .withFieldValue("speaker_type", actor.getString("type"))
              .withFieldValue("speaker_role", actor.getString("role"))
              .withFieldValue("speaker_country", actor.getString("country"))
              .build());
    }
  }
}
