package org.actorgraph.aggregate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.actorgraph.io.Tables;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The {@code comentions} table: for each unordered pair of actors and each scope (document,
 * paragraph, sentence), the units they share, the documents they share them in, and two
 * association scores over all units of that scope in the corpus:
 *
 * <ul>
 *   <li>pmi = log2( n_ab · N / (n_a · n_b) ), N the number of units of the scope;
 *   <li>jaccard = n_ab / (n_a + n_b − n_ab).
 * </ul>
 *
 * <p>Input: the mentions of each document as one list, as the analysis emits them, so that no
 * shuffle is needed to gather a document's mentions again.
 */
public final class ComputeComentions extends PTransform<PCollection<List<Row>>, PCollection<Row>> {
  public static final List<String> SCOPES = List.of("document", "paragraph", "sentence");

  private final PCollection<Row> documents;
  private final int shards;

  private ComputeComentions(PCollection<Row> documents, int shards) {
    this.documents = documents;
    this.shards = shards;
  }

  /**
   * Applied to each document's mentions; the documents give the number of units per scope; keys
   * are combined in {@code shards}.
   */
  public static ComputeComentions over(PCollection<Row> documents, int shards) {
    return new ComputeComentions(documents, shards);
  }

  static final TupleTag<KV<String, List<Long>>> PAIRS = new TupleTag<KV<String, List<Long>>>() {};
  static final TupleTag<KV<String, List<Long>>> ACTOR_UNITS = new TupleTag<KV<String, List<Long>>>() {};

  @Override
  public PCollection<Row> expand(PCollection<List<Row>> mentionsByDocument) {
    KvCoder<String, List<Long>> vectors = KvCoder.of(StringUtf8Coder.of(), SumVector.CODER);
    KvCoder<String, Long> counts = KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of());

    PCollectionTuple units =
        mentionsByDocument.apply(
            "Units", ParDo.of(new UnitsFn()).withOutputTags(PAIRS, TupleTagList.of(ACTOR_UNITS)));
    PCollection<KV<String, List<Long>>> pairs =
        units.get(PAIRS).setCoder(vectors)
            .apply("SumPairs", ShardedCombine.perKey(new SumVector(), SumVector.CODER, SumVector.CODER, shards));
    PCollection<KV<String, List<Long>>> actorUnits =
        units.get(ACTOR_UNITS).setCoder(vectors)
            .apply("SumActorUnits", ShardedCombine.perKey(new SumVector(), SumVector.CODER, SumVector.CODER, shards));

    PCollectionView<Map<String, Long>> totals =
        documents
            .apply("UnitsPerScope", ParDo.of(new TotalsFn()))
            .setCoder(counts)
            .apply("SumUnits", Sum.longsPerKey())
            .apply(View.asMap());

    KvCoder<String, PairCounts> byActor =
        KvCoder.of(StringUtf8Coder.of(), Coders.PairCountsCoder.INSTANCE);
    return pairs
        .apply("KeyByA", ParDo.of(new ToPairCountsFn()))
        .setCoder(byActor)
        .apply("JoinA", ShardedLookup.<PairCounts, List<Long>>in(actorUnits, shards))
        .apply("KeyByB", ParDo.of(new AttachFn(true)))
        .setCoder(byActor)
        .apply("JoinB", ShardedLookup.<PairCounts, List<Long>>in(actorUnits, shards))
        .apply("Complete", ParDo.of(new AttachFn(false)))
        .setCoder(byActor)
        .apply("Score", ParDo.of(new ScoreFn(totals)).withSideInputs(totals))
        .setRowSchema(Tables.COMENTIONS_SCHEMA);
  }

  /**
   * One document: for each scope, each pair's units and one document ("scope\0a\0b" to [units,
   * 1]), and each actor's units ("scope\0actor" to [units]).
   */
  static final class UnitsFn extends DoFn<List<Row>, KV<String, List<Long>>> {
    @ProcessElement
    public void process(@Element List<Row> mentions, MultiOutputReceiver out) {
      Map<String, Map<Integer, TreeSet<String>>> units = new HashMap<>();
      for (String scope : SCOPES) {
        units.put(scope, new HashMap<>());
      }
      for (Row m : mentions) {
        String actor = m.getString("actor_id");
        if (actor == null) {
          continue; // ambiguous names join no pair
        }
        units.get("document").computeIfAbsent(0, k -> new TreeSet<>()).add(actor);
        units.get("paragraph").computeIfAbsent(m.getInt32("paragraph"), k -> new TreeSet<>()).add(actor);
        units.get("sentence").computeIfAbsent(m.getInt32("sentence"), k -> new TreeSet<>()).add(actor);
      }
      for (String scope : SCOPES) {
        Map<String, Long> pairUnits = new HashMap<>();
        Map<String, Long> actorUnits = new HashMap<>();
        for (TreeSet<String> actors : units.get(scope).values()) {
          List<String> a = new ArrayList<>(actors); // sorted, so actor_a < actor_b
          for (int i = 0; i < a.size(); i++) {
            actorUnits.merge(scope + '\u0000' + a.get(i), 1L, Long::sum);
            for (int j = i + 1; j < a.size(); j++) {
              pairUnits.merge(scope + '\u0000' + a.get(i) + '\u0000' + a.get(j), 1L, Long::sum);
            }
          }
        }
        pairUnits.forEach((k, v) -> out.get(PAIRS).output(KV.of(k, List.of(v, 1L))));
        actorUnits.forEach((k, v) -> out.get(ACTOR_UNITS).output(KV.of(k, List.of(v))));
      }
    }
  }

  /** Units per scope from one document row. */
  static final class TotalsFn extends DoFn<Row, KV<String, Long>> {
    @ProcessElement
    public void process(@Element Row d, OutputReceiver<KV<String, Long>> out) {
      out.output(KV.of("document", 1L));
      out.output(KV.of("paragraph", (long) d.getInt32("n_paragraphs")));
      out.output(KV.of("sentence", (long) d.getInt32("n_sentences")));
    }
  }

  /** One pair in one scope, with the units each of its actors appears in. */
  static final class PairCounts implements Serializable {
    final String scope;
    final String a;
    final String b;
    final long units;
    final long documents;
    long unitsA;
    long unitsB;

    PairCounts(String scope, String a, String b, long units, long documents) {
      this.scope = scope;
      this.a = a;
      this.b = b;
      this.units = units;
      this.documents = documents;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof PairCounts)) {
        return false;
      }
      PairCounts p = (PairCounts) o;
      return scope.equals(p.scope) && a.equals(p.a) && b.equals(p.b) && units == p.units
          && documents == p.documents && unitsA == p.unitsA && unitsB == p.unitsB;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(scope, a, b, units, documents);
    }

    PairCounts copy() {
      PairCounts c = new PairCounts(scope, a, b, units, documents);
      c.unitsA = unitsA;
      c.unitsB = unitsB;
      return c;
    }
  }

  static final class ToPairCountsFn extends DoFn<KV<String, List<Long>>, KV<String, PairCounts>> {
    @ProcessElement
    public void process(@Element KV<String, List<Long>> kv, OutputReceiver<KV<String, PairCounts>> out) {
      String[] p = kv.getKey().split("\u0000", -1);
      out.output(KV.of(p[0] + '\u0000' + p[1],
          new PairCounts(p[0], p[1], p[2], kv.getValue().get(0), kv.getValue().get(1))));
    }
  }

  /** Sets the joined actor's units: the first actor's, then keys by the second; or the second's. */
  static final class AttachFn
      extends DoFn<KV<String, KV<PairCounts, List<Long>>>, KV<String, PairCounts>> {
    private final boolean first;

    AttachFn(boolean first) {
      this.first = first;
    }

    @ProcessElement
    public void process(
        @Element KV<String, KV<PairCounts, List<Long>>> kv, OutputReceiver<KV<String, PairCounts>> out) {
      PairCounts p = kv.getValue().getKey().copy(); // inputs are immutable
      List<Long> units = kv.getValue().getValue();
      long n = units == null ? 0L : units.get(0);
      if (first) {
        p.unitsA = n;
        out.output(KV.of(p.scope + '\u0000' + p.b, p));
      } else {
        p.unitsB = n;
        out.output(KV.of(p.scope + '\u0000' + p.a + '\u0000' + p.b, p));
      }
    }
  }

  static final class ScoreFn extends DoFn<KV<String, PairCounts>, Row> {
    private final PCollectionView<Map<String, Long>> totals;

    ScoreFn(PCollectionView<Map<String, Long>> totals) {
      this.totals = totals;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      PairCounts p = c.element().getValue();
      long n = c.sideInput(totals).getOrDefault(p.scope, 0L);
      c.output(
          Row.withSchema(Tables.COMENTIONS_SCHEMA)
              .addValues(p.a, p.b, p.scope, p.units, p.documents,
                  pmi(p.units, p.unitsA, p.unitsB, n), jaccard(p.units, p.unitsA, p.unitsB))
              .build());
    }
  }

  /** Pointwise mutual information in bits; 0 when a count is missing. */
  static double pmi(long nab, long na, long nb, long n) {
    if (nab <= 0 || na <= 0 || nb <= 0 || n <= 0) {
      return 0.0;
    }
    return Math.log((double) nab * n / ((double) na * nb)) / Math.log(2);
  }

  static double jaccard(long nab, long na, long nb) {
    long union = na + nb - nab;
    return union <= 0 ? 0.0 : (double) nab / union;
  }
}
