package org.actorgraph.aggregate;

import java.time.LocalDate;
import org.actorgraph.io.Tables;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The {@code actor_statement_counts} table: per speaker actor, statements by kind, distinct
 * quotations (a quote reprinted by many outlets counts once there), documents and date range.
 */
public final class CountStatements extends PTransform<PCollection<Row>, PCollection<Row>> {
  private final PCollection<Row> actors;
  private final int shards;

  private CountStatements(PCollection<Row> actors, int shards) {
    this.actors = actors;
    this.shards = shards;
  }

  /** Names and types come from the {@code actors} table; keys are combined in {@code shards}. */
  public static CountStatements namedBy(PCollection<Row> actors, int shards) {
    return new CountStatements(actors, shards);
  }

  /** Counts for one actor, mergeable. */
  static final class Counts implements MergeFn.Mergeable<Counts> {
    long statements;
    long direct;
    long partial;
    long indirect;
    long documents;
    @Nullable LocalDate first;
    @Nullable LocalDate last;

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Counts)) {
        return false;
      }
      Counts c = (Counts) o;
      return statements == c.statements && direct == c.direct && partial == c.partial
          && indirect == c.indirect && documents == c.documents
          && java.util.Objects.equals(first, c.first) && java.util.Objects.equals(last, c.last);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(statements, direct, partial, indirect, documents, first, last);
    }

    @Override
    public Counts merge(Counts o) {
      statements += o.statements;
      direct += o.direct;
      partial += o.partial;
      indirect += o.indirect;
      documents += o.documents;
      if (o.first != null && (first == null || o.first.isBefore(first))) {
        first = o.first;
      }
      if (o.last != null && (last == null || o.last.isAfter(last))) {
        last = o.last;
      }
      return this;
    }
  }

  @Override
  public PCollection<Row> expand(PCollection<Row> statements) {
    Coders.CountsCoder coder = Coders.CountsCoder.INSTANCE;
    KvCoder<String, Long> longs = KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    PCollection<Row> attributed =
        statements.apply("Attributed", Filter.by((Row r) -> r.getString("actor_id") != null));
    PCollection<KV<String, Counts>> counts =
        attributed
            .apply("KeyByActorAndDocument", ParDo.of(new ToCountsFn()))
            .setCoder(KvCoder.of(ActorKey.CODER, coder))
            .apply("PerActorDocument", ShardedCombine.perKey(MergeFn.of(none -> new Counts()), coder, coder, shards))
            .apply("KeyByActor", ParDo.of(new OneDocumentFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), coder))
            .apply("PerActor", ShardedCombine.perKey(MergeFn.of(none -> new Counts()), coder, coder, shards));
    // a quotation reprinted by many outlets counts once: distinct (actor, quote_key), then count
    PCollection<KV<String, Long>> unique =
        attributed
            .apply("ActorQuoteKeys", MapElements.into(
                    TypeDescriptors.kvs(TypeDescriptor.of(ActorKey.class), TypeDescriptors.longs()))
                .via((Row r) -> KV.of(ActorKey.of(r.getString("actor_id"), r.getString("quote_key")), 1L)))
            .setCoder(KvCoder.of(ActorKey.CODER, VarLongCoder.of()))
            .apply("DistinctQuotes", ShardedCombine.perKey(new CountFn(), VarLongCoder.of(), VarLongCoder.of(), shards))
            .apply("OnePerQuote", MapElements.into(
                    TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                .via((KV<ActorKey, Long> kv) -> KV.of(kv.getKey().actor(), 1L)))
            .setCoder(longs)
            .apply("CountDistinct", ShardedCombine.perKey(new CountFn(), VarLongCoder.of(), VarLongCoder.of(), shards));
    PCollection<KV<String, Row>> names = Lookups.actorsById(actors);
    return counts
        .apply("WithUnique", ShardedLookup.<Counts, Long>in(unique, shards))
        .apply("WithNames", ShardedLookup.<KV<Counts, Long>, Row>in(names, shards))
        .apply("ToRows", ParDo.of(new ToRowFn()))
        .setRowSchema(Tables.ACTOR_STATEMENT_COUNTS_SCHEMA);
  }

  /** Sums counts: each input is 1 (or a partial count). */
  static final class CountFn extends Combine.CombineFn<Long, Long, Long> {
    @Override
    public Long createAccumulator() {
      return 0L;
    }

    @Override
    public Long addInput(Long acc, Long in) {
      return acc + in;
    }

    @Override
    public Long mergeAccumulators(Iterable<Long> accs) {
      long n = 0;
      for (Long a : accs) {
        n += a;
      }
      return n;
    }

    @Override
    public Long extractOutput(Long acc) {
      return acc;
    }
  }

  static final class ToCountsFn extends DoFn<Row, KV<ActorKey, Counts>> {
    @ProcessElement
    public void process(@Element Row r, OutputReceiver<KV<ActorKey, Counts>> out) {
      Counts c = new Counts();
      c.statements = 1;
      switch (r.getString("kind")) {
        case "direct":
          c.direct = 1;
          break;
        case "partial":
          c.partial = 1;
          break;
        default:
          c.indirect = 1;
      }
      LocalDate d = r.getLogicalTypeValue("date", LocalDate.class);
      c.first = d;
      c.last = d;
      out.output(KV.of(ActorKey.of(r.getString("actor_id"), r.getString("doc_id")), c));
    }
  }

  static final class OneDocumentFn extends DoFn<KV<ActorKey, Counts>, KV<String, Counts>> {
    @ProcessElement
    public void process(@Element KV<ActorKey, Counts> kv, OutputReceiver<KV<String, Counts>> out) {
      Counts c = new Counts().merge(kv.getValue());
      c.documents = 1;
      out.output(KV.of(kv.getKey().actor(), c));
    }
  }


  static final class ToRowFn extends DoFn<KV<String, KV<KV<Counts, Long>, Row>>, Row> {
    @ProcessElement
    public void process(@Element KV<String, KV<KV<Counts, Long>, Row>> kv, OutputReceiver<Row> out) {
      Counts c = kv.getValue().getKey().getKey();
      Long unique = kv.getValue().getKey().getValue();
      Row actor = kv.getValue().getValue();
      // a speaker always has a mention, so always an actor row; fall back to the id if not
      String name = actor == null ? kv.getKey() : actor.getString("name");
      String type = actor == null ? "PERSON" : actor.getString("type");
      out.output(
          Row.withSchema(Tables.ACTOR_STATEMENT_COUNTS_SCHEMA)
              .addValues(kv.getKey(), name, type, c.statements, unique == null ? 0L : unique,
                  c.direct, c.partial, c.indirect, c.documents, c.first, c.last)
              .build());
    }
  }
}
