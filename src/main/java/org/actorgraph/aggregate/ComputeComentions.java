package org.actorgraph.aggregate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
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

  static final TupleTag<KV<ActorKey, List<Long>>> PAIRS = new TupleTag<KV<ActorKey, List<Long>>>() {};
  static final TupleTag<KV<String, List<Long>>> ACTOR_UNITS = new TupleTag<KV<String, List<Long>>>() {};

  @Override
  public PCollection<Row> expand(PCollection<List<Row>> mentionsByDocument) {
    KvCoder<String, List<Long>> vectors = KvCoder.of(StringUtf8Coder.of(), SumVector.CODER);
    KvCoder<String, Long> counts = KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of());

    PCollectionTuple units =
        mentionsByDocument.apply(
            "Units", ParDo.of(new UnitsFn()).withOutputTags(PAIRS, TupleTagList.of(ACTOR_UNITS)));
    PCollection<KV<ActorKey, List<Long>>> pairs =
        units.get(PAIRS).setCoder(KvCoder.of(ActorKey.CODER, SumVector.CODER))
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
   * One document: each pair of its actors once ((a, b) to [units, documents] for the document,
   * paragraph and sentence scopes, in {@link #SCOPES} order), and each actor once ("actor" to its
   * units per scope). A pair shares the document whenever it shares a paragraph or a sentence, so
   * one record per pair carries all three scopes: a third of the records the shuffles and joins
   * would otherwise move.
   */
  static final class UnitsFn extends DoFn<List<Row>, KV<ActorKey, List<Long>>> {
    @ProcessElement
    public void process(@Element List<Row> mentions, MultiOutputReceiver out) {
      Map<Integer, TreeSet<String>> paragraphs = new HashMap<>();
      Map<Integer, TreeSet<String>> sentences = new HashMap<>();
      TreeSet<String> document = new TreeSet<>();
      for (Row m : mentions) {
        String actor = m.getString("actor_id");
        if (actor == null) {
          continue; // ambiguous names join no pair
        }
        document.add(actor);
        paragraphs.computeIfAbsent(m.getInt32("paragraph"), k -> new TreeSet<>()).add(actor);
        sentences.computeIfAbsent(m.getInt32("sentence"), k -> new TreeSet<>()).add(actor);
      }
      List<String> actors = new ArrayList<>(document); // sorted, so actor_a < actor_b
      Map<ActorKey, long[]> pairs = new HashMap<>();
      for (int i = 0; i < actors.size(); i++) {
        for (int j = i + 1; j < actors.size(); j++) {
          pairs.put(ActorKey.of(actors.get(i), actors.get(j)), new long[] {1, 1, 0, 0, 0, 0});
        }
      }
      Map<String, long[]> actorUnits = new HashMap<>();
      for (String actor : actors) {
        actorUnits.put(actor, new long[] {1, 0, 0});
      }
      countUnits(paragraphs.values(), 1, pairs, actorUnits);
      countUnits(sentences.values(), 2, pairs, actorUnits);
      pairs.forEach((k, v) -> out.get(PAIRS).output(KV.of(k, asList(v))));
      actorUnits.forEach((k, v) -> out.get(ACTOR_UNITS).output(KV.of(k, asList(v))));
    }

    /** Adds the units of scope {@code s} (each a sorted set of actors) to pairs and actors. */
    private static void countUnits(Iterable<TreeSet<String>> units, int s,
        Map<ActorKey, long[]> pairs, Map<String, long[]> actorUnits) {
      for (TreeSet<String> unit : units) {
        List<String> a = new ArrayList<>(unit);
        for (int i = 0; i < a.size(); i++) {
          actorUnits.get(a.get(i))[s]++;
          for (int j = i + 1; j < a.size(); j++) {
            long[] v = pairs.get(ActorKey.of(a.get(i), a.get(j)));
            v[2 * s]++;
            v[2 * s + 1] = 1;
          }
        }
      }
    }

    private static List<Long> asList(long[] v) {
      List<Long> l = new ArrayList<>(v.length);
      for (long x : v) {
        l.add(x);
      }
      return l;
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

  /**
   * One pair over all scopes: units and documents shared per scope (units of scope s at 2s,
   * documents at 2s+1), and the units each actor appears in per scope.
   */
  static final class PairCounts implements Serializable {
    final String a;
    final String b;
    final long[] shared;
    long[] unitsA;
    long[] unitsB;

    PairCounts(String a, String b, long[] shared, long[] unitsA, long[] unitsB) {
      this.a = a;
      this.b = b;
      this.shared = shared;
      this.unitsA = unitsA;
      this.unitsB = unitsB;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof PairCounts)) {
        return false;
      }
      PairCounts p = (PairCounts) o;
      return a.equals(p.a) && b.equals(p.b) && Arrays.equals(shared, p.shared)
          && Arrays.equals(unitsA, p.unitsA) && Arrays.equals(unitsB, p.unitsB);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(a, b, Arrays.hashCode(shared));
    }

    PairCounts withUnits(long[] a, long[] b) {
      return new PairCounts(this.a, this.b, shared, a, b);
    }
  }

  static final long[] NO_UNITS = new long[SCOPES.size()];

  static final class ToPairCountsFn extends DoFn<KV<ActorKey, List<Long>>, KV<String, PairCounts>> {
    @ProcessElement
    public void process(@Element KV<ActorKey, List<Long>> kv, OutputReceiver<KV<String, PairCounts>> out) {
      String a = kv.getKey().actor();
      long[] shared = toArray(kv.getValue());
      out.output(KV.of(a, new PairCounts(a, kv.getKey().part(), shared, NO_UNITS, NO_UNITS)));
    }
  }

  /** A summed vector as the array the pair counts keep. */
  static long[] toArray(List<Long> v) {
    long[] a = new long[v.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = v.get(i);
    }
    return a;
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
      PairCounts p = kv.getValue().getKey(); // inputs are immutable: attach to a new one
      List<Long> found = kv.getValue().getValue();
      long[] units = found == null ? NO_UNITS : toArray(found);
      if (first) {
        out.output(KV.of(p.b, p.withUnits(units, p.unitsB)));
      } else {
        out.output(KV.of(p.a, p.withUnits(p.unitsA, units))); // the scores read no key
      }
    }
  }

  /** Up to one row per scope: the document scope always, the others where the pair shares units. */
  static final class ScoreFn extends DoFn<KV<String, PairCounts>, Row> {
    private final PCollectionView<Map<String, Long>> totals;
    // the side input is fixed for the whole (batch, global-window) run: read it once per bundle
    private transient long[] units;

    ScoreFn(PCollectionView<Map<String, Long>> totals) {
      this.totals = totals;
    }

    @StartBundle
    public void startBundle() {
      units = null;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      PairCounts p = c.element().getValue();
      if (units == null) {
        Map<String, Long> n = c.sideInput(totals);
        units = SCOPES.stream().mapToLong(scope -> n.getOrDefault(scope, 0L)).toArray();
      }
      for (int s = 0; s < SCOPES.size(); s++) {
        long shared = p.shared[2 * s];
        if (shared == 0) {
          continue;
        }
        long na = p.unitsA[s];
        long nb = p.unitsB[s];
        // attachValues skips the per-row type check: the values are built right here
        c.output(
            Row.withSchema(Tables.COMENTIONS_SCHEMA)
                .attachValues(p.a, p.b, SCOPES.get(s), shared, p.shared[2 * s + 1],
                    pmi(shared, na, nb, units[s]), jaccard(shared, na, nb)));
      }
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
