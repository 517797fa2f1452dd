package org.actorgraph.aggregate;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * {@code Combine.perKey} over a fixed number of shards: each shard's accumulator holds one
 * accumulator per key. Results equal {@code Combine.perKey}; what changes is that a corpus with
 * millions of small keys (actor pairs, actor days) becomes a few dozen groups, which the
 * DirectRunner (a bundle per key) and Flink (a state entry per key) both handle far better. The
 * combiner still runs before the shuffle, so only partial maps cross it.
 */
public final class ShardedCombine<K extends Comparable<K>, V, A, O>
    extends PTransform<PCollection<KV<K, V>>, PCollection<KV<K, O>>> {

  private final Combine.CombineFn<V, A, O> fn;
  private final Coder<A> accumulatorCoder;
  private final Coder<O> outputCoder;
  private final int shards;

  private ShardedCombine(
      Combine.CombineFn<V, A, O> fn, Coder<A> accumulatorCoder, Coder<O> outputCoder, int shards) {
    this.fn = fn;
    this.accumulatorCoder = accumulatorCoder;
    this.outputCoder = outputCoder;
    this.shards = shards;
  }

  /** The key type and its coder come from the input's {@code KvCoder}. */
  public static <K extends Comparable<K>, V, A, O> ShardedCombine<K, V, A, O> perKey(
      Combine.CombineFn<V, A, O> fn, Coder<A> accumulatorCoder, Coder<O> outputCoder, int shards) {
    return new ShardedCombine<>(fn, accumulatorCoder, outputCoder, shards);
  }

  /**
   * The shard of a key: stable across JVMs and runners, as long as the key's {@code hashCode}
   * is (String's is specified; {@link ActorKey} states its own).
   */
  public static int shard(Object key, int shards) {
    return Math.floorMod(key.hashCode(), shards);
  }

  @Override
  public PCollection<KV<K, O>> expand(PCollection<KV<K, V>> input) {
    @SuppressWarnings("unchecked")
    KvCoder<K, V> in = (KvCoder<K, V>) input.getCoder();
    Coder<K> keys = in.getKeyCoder();
    return input
        .apply("ToShards", ParDo.of(new ToShardFn<K, V>(shards)))
        .setCoder(KvCoder.of(VarIntCoder.of(), in))
        .apply("CombineShards", Combine.perKey(new PerKeyInShard<K, V, A, O>(fn, keys, accumulatorCoder)))
        .setCoder(KvCoder.of(VarIntCoder.of(), MapCoder.of(keys, outputCoder)))
        .apply("FromShards", ParDo.of(new FromShardFn<K, O>()))
        .setCoder(KvCoder.of(keys, outputCoder));
  }

  static final class ToShardFn<K, V> extends DoFn<KV<K, V>, KV<Integer, KV<K, V>>> {
    private final int shards;

    ToShardFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element KV<K, V> kv, OutputReceiver<KV<Integer, KV<K, V>>> out) {
      out.output(KV.of(shard(kv.getKey(), shards), kv));
    }
  }

  static final class FromShardFn<K extends Comparable<K>, O> extends DoFn<KV<Integer, Map<K, O>>, KV<K, O>> {
    @ProcessElement
    public void process(@Element KV<Integer, Map<K, O>> kv, OutputReceiver<KV<K, O>> out) {
      // sorted, so that output order (and so file content) does not depend on hash order
      new java.util.TreeMap<>(kv.getValue()).forEach((k, v) -> out.output(KV.of(k, v)));
    }
  }

  /** Applies {@code fn} per key inside one shard's map of accumulators. */
  static final class PerKeyInShard<K, V, A, O>
      extends Combine.CombineFn<KV<K, V>, Map<K, A>, Map<K, O>> {
    private final Combine.CombineFn<V, A, O> fn;
    private final Coder<K> keyCoder;
    private final Coder<A> accumulatorCoder;

    PerKeyInShard(Combine.CombineFn<V, A, O> fn, Coder<K> keyCoder, Coder<A> accumulatorCoder) {
      this.fn = fn;
      this.keyCoder = keyCoder;
      this.accumulatorCoder = accumulatorCoder;
    }

    @Override
    public Map<K, A> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<K, A> addInput(Map<K, A> acc, KV<K, V> in) {
      A a = acc.get(in.getKey());
      acc.put(in.getKey(), fn.addInput(a == null ? fn.createAccumulator() : a, in.getValue()));
      return acc;
    }

    @Override
    public Map<K, A> mergeAccumulators(Iterable<Map<K, A>> accs) {
      Map<K, A> out = new HashMap<>();
      for (Map<K, A> m : accs) {
        for (Map.Entry<K, A> e : m.entrySet()) {
          A prev = out.get(e.getKey());
          out.put(e.getKey(), prev == null ? e.getValue()
              : fn.mergeAccumulators(java.util.List.of(prev, e.getValue())));
        }
      }
      return out;
    }

    @Override
    public Map<K, O> extractOutput(Map<K, A> acc) {
      Map<K, O> out = new HashMap<>();
      acc.forEach((k, a) -> out.put(k, fn.extractOutput(a)));
      return out;
    }

    @Override
    public Coder<Map<K, A>> getAccumulatorCoder(
        org.apache.beam.sdk.coders.CoderRegistry registry, Coder<KV<K, V>> inputCoder) {
      return MapCoder.of(keyCoder, accumulatorCoder);
    }
  }
}
