package org.actorgraph.aggregate;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Joins each element of a keyed collection with the one value of a lookup collection under the
 * same key (or null), grouping by shard rather than by key for the reasons given in {@link
 * ShardedCombine}. Each shard holds its part of the lookup side in memory while it streams the
 * other side.
 */
public final class ShardedLookup<L, R>
    extends PTransform<PCollection<KV<String, L>>, PCollection<KV<String, KV<L, R>>>> {
  private final PCollection<KV<String, R>> lookup;
  private final int shards;

  private ShardedLookup(PCollection<KV<String, R>> lookup, int shards) {
    this.lookup = lookup;
    this.shards = shards;
  }

  public static <L, R> ShardedLookup<L, R> in(PCollection<KV<String, R>> lookup) {
    return new ShardedLookup<>(lookup, ShardedCombine.DEFAULT_SHARDS);
  }

  @Override
  public PCollection<KV<String, KV<L, R>>> expand(PCollection<KV<String, L>> input) {
    @SuppressWarnings("unchecked")
    KvCoder<String, L> left = (KvCoder<String, L>) input.getCoder();
    @SuppressWarnings("unchecked")
    KvCoder<String, R> right = (KvCoder<String, R>) lookup.getCoder();
    TupleTag<KV<String, L>> leftTag = new TupleTag<>();
    TupleTag<KV<String, R>> rightTag = new TupleTag<>();
    Coder<KV<String, KV<L, R>>> outCoder =
        KvCoder.of(StringUtf8Coder.of(), KvCoder.of(left.getValueCoder(), NullableCoder.of(right.getValueCoder())));
    return KeyedPCollectionTuple.of(
            leftTag, input.apply("ShardLeft", ParDo.of(new ShardFn<L>(shards)))
                .setCoder(KvCoder.of(VarIntCoder.of(), left)))
        .and(rightTag, lookup.apply("ShardLookup", ParDo.of(new ShardFn<R>(shards)))
            .setCoder(KvCoder.of(VarIntCoder.of(), right)))
        .apply("GroupShards", CoGroupByKey.create())
        .apply("Join", ParDo.of(new JoinFn<L, R>(leftTag, rightTag)))
        .setCoder(outCoder);
  }

  static final class ShardFn<T> extends DoFn<KV<String, T>, KV<Integer, KV<String, T>>> {
    private final int shards;

    ShardFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element KV<String, T> kv, OutputReceiver<KV<Integer, KV<String, T>>> out) {
      out.output(KV.of(ShardedCombine.shard(kv.getKey(), shards), kv));
    }
  }

  static final class JoinFn<L, R> extends DoFn<KV<Integer, CoGbkResult>, KV<String, KV<L, R>>> {
    private final TupleTag<KV<String, L>> leftTag;
    private final TupleTag<KV<String, R>> rightTag;

    JoinFn(TupleTag<KV<String, L>> leftTag, TupleTag<KV<String, R>> rightTag) {
      this.leftTag = leftTag;
      this.rightTag = rightTag;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> kv, OutputReceiver<KV<String, KV<L, R>>> out) {
      Map<String, R> lookup = new HashMap<>();
      for (KV<String, R> r : kv.getValue().getAll(rightTag)) {
        lookup.put(r.getKey(), r.getValue());
      }
      for (KV<String, L> l : kv.getValue().getAll(leftTag)) {
        @Nullable R r = lookup.get(l.getKey());
        out.output(KV.of(l.getKey(), KV.of(l.getValue(), r)));
      }
    }
  }
}
