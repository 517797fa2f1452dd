package org.actorgraph.aggregate;

import java.time.LocalDate;
import java.util.List;
import org.actorgraph.io.Tables;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.Row;

/**
 * The {@code actor_daily} table: statements and mentions per actor and article date, with the
 * actor's name and type. Rows of undated articles are kept under a NULL date, so that the table's
 * sums equal the statements and mentions tables.
 */
public final class ActorDaily extends PTransform<PCollection<Row>, PCollection<Row>> {
  private final PCollection<Row> mentions;
  private final PCollection<Row> actors;
  private final int shards;

  private ActorDaily(PCollection<Row> mentions, PCollection<Row> actors, int shards) {
    this.mentions = mentions;
    this.actors = actors;
    this.shards = shards;
  }

  /**
   * Applied to the statements; the mentions and the actors (for names) come in here; keys are
   * combined in {@code shards}.
   */
  public static ActorDaily of(PCollection<Row> mentions, PCollection<Row> actors, int shards) {
    return new ActorDaily(mentions, actors, shards);
  }

  @Override
  public PCollection<Row> expand(PCollection<Row> statements) {
    KvCoder<ActorKey, List<Long>> coder = KvCoder.of(ActorKey.CODER, ListCoder.of(VarLongCoder.of()));
    PCollection<KV<ActorKey, List<Long>>> s =
        statements.apply("StatementDays", ParDo.of(new KeyByActorDayFn(0))).setCoder(coder);
    PCollection<KV<ActorKey, List<Long>>> m =
        mentions.apply("MentionDays", ParDo.of(new KeyByActorDayFn(1))).setCoder(coder);
    return PCollectionList.of(s).and(m)
        .apply(Flatten.pCollections())
        .apply("Sum", ShardedCombine.perKey(new SumVector(), SumVector.CODER, SumVector.CODER, shards))
        .apply("ByActor", ParDo.of(new ByActorFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(),
            KvCoder.of(NullableCoder.of(VarLongCoder.of()), ListCoder.of(VarLongCoder.of()))))
        .apply("WithNames", ShardedLookup.<KV<Long, List<Long>>, Row>in(Lookups.actorsById(actors), shards))
        .apply("ToRows", ParDo.of(new ToRowFn()))
        .setRowSchema(Tables.ACTOR_DAILY_SCHEMA);
  }

  /** Keys a row with an actor by (actor, epoch day), no day when undated; slot 0 counts statements, 1 mentions. */
  static final class KeyByActorDayFn extends DoFn<Row, KV<ActorKey, List<Long>>> {
    private final int slot;

    KeyByActorDayFn(int slot) {
      this.slot = slot;
    }

    @ProcessElement
    public void process(@Element Row r, OutputReceiver<KV<ActorKey, List<Long>>> out) {
      String actor = r.getString("actor_id");
      LocalDate date = r.getLogicalTypeValue("date", LocalDate.class);
      if (actor == null) {
        return;
      }
      String day = date == null ? null : Long.toString(date.toEpochDay());
      out.output(KV.of(ActorKey.of(actor, day), slot == 0 ? List.of(1L, 0L) : List.of(0L, 1L)));
    }
  }

  /** (actor, day) to actor, (epoch day or null, counts). */
  static final class ByActorFn extends DoFn<KV<ActorKey, List<Long>>, KV<String, KV<Long, List<Long>>>> {
    @ProcessElement
    public void process(@Element KV<ActorKey, List<Long>> kv, OutputReceiver<KV<String, KV<Long, List<Long>>>> out) {
      String day = kv.getKey().part();
      out.output(KV.of(kv.getKey().actor(), KV.of(day == null ? null : Long.valueOf(day), kv.getValue())));
    }
  }

  static final class ToRowFn extends DoFn<KV<String, KV<KV<Long, List<Long>>, Row>>, Row> {
    @ProcessElement
    public void process(@Element KV<String, KV<KV<Long, List<Long>>, Row>> kv, OutputReceiver<Row> out) {
      Long day = kv.getValue().getKey().getKey();
      List<Long> counts = kv.getValue().getKey().getValue();
      Row actor = kv.getValue().getValue();
      // every actor id of a mention has an actors row; fall back to the id as ComputeActors' peers do
      String name = actor == null ? kv.getKey() : actor.getString("name");
      String type = actor == null ? "PERSON" : actor.getString("type");
      out.output(
          Row.withSchema(Tables.ACTOR_DAILY_SCHEMA)
              .addValues(kv.getKey(), day == null ? null : LocalDate.ofEpochDay(day),
                  counts.get(0), counts.get(1), name, type)
              .build());
    }
  }
}
