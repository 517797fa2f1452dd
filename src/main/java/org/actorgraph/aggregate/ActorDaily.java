package org.actorgraph.aggregate;

import java.time.LocalDate;
import org.actorgraph.io.Tables;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.Row;
import java.util.List;

/** The {@code actor_daily} table: statements and mentions per actor and article date. */
public final class ActorDaily extends PTransform<PCollection<Row>, PCollection<Row>> {
  private final PCollection<Row> mentions;
  private final int shards;

  private ActorDaily(PCollection<Row> mentions, int shards) {
    this.mentions = mentions;
    this.shards = shards;
  }

  /** Applied to the statements; the mentions come in here; keys are combined in {@code shards}. */
  public static ActorDaily withMentions(PCollection<Row> mentions, int shards) {
    return new ActorDaily(mentions, shards);
  }

  @Override
  public PCollection<Row> expand(PCollection<Row> statements) {
    KvCoder<String, List<Long>> coder =
        KvCoder.of(StringUtf8Coder.of(), ListCoder.of(VarLongCoder.of()));
    PCollection<KV<String, List<Long>>> s =
        statements.apply("StatementDays", ParDo.of(new KeyByActorDayFn(0))).setCoder(coder);
    PCollection<KV<String, List<Long>>> m =
        mentions.apply("MentionDays", ParDo.of(new KeyByActorDayFn(1))).setCoder(coder);
    return PCollectionList.of(s).and(m)
        .apply(Flatten.pCollections())
        .apply("Sum", ShardedCombine.perKey(new SumVector(), SumVector.CODER, SumVector.CODER, shards))
        .apply("ToRows", ParDo.of(new ToRowFn()))
        .setRowSchema(Tables.ACTOR_DAILY_SCHEMA);
  }

  /**
   * Keys a row with an actor by "actor \0 epoch-day" ("actor \0" when undated: one row with a
   * null date, so undated statements are not lost); slot 0 counts statements, 1 mentions.
   */
  static final class KeyByActorDayFn extends DoFn<Row, KV<String, List<Long>>> {
    private final int slot;

    KeyByActorDayFn(int slot) {
      this.slot = slot;
    }

    @ProcessElement
    public void process(@Element Row r, OutputReceiver<KV<String, List<Long>>> out) {
      String actor = r.getString("actor_id");
      LocalDate date = r.getLogicalTypeValue("date", LocalDate.class);
      if (actor == null) {
        return;
      }
      String day = date == null ? "" : Long.toString(date.toEpochDay());
      out.output(KV.of(actor + '\u0000' + day, slot == 0 ? List.of(1L, 0L) : List.of(0L, 1L)));
    }
  }

  static final class ToRowFn extends DoFn<KV<String, List<Long>>, Row> {
    @ProcessElement
    public void process(@Element KV<String, List<Long>> kv, OutputReceiver<Row> out) {
      String key = kv.getKey();
      int z = key.indexOf('\u0000');
      String day = key.substring(z + 1);
      out.output(
          Row.withSchema(Tables.ACTOR_DAILY_SCHEMA)
              .addValues(key.substring(0, z), day.isEmpty() ? null : LocalDate.ofEpochDay(Long.parseLong(day)),
                  kv.getValue().get(0), kv.getValue().get(1))
              .build());
    }
  }
}
