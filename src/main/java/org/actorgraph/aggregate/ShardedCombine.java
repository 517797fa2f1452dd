package org.actorgraph.aggregate;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
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
public final class ShardedCombine<V, A, O>
    extends PTransform<PCollection<KV<String, V>>, PCollection<KV<String, O>>> {

  public static final int DEFAULT_SHARDS = 32;

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

  public static <V, A, O> ShardedCombine<V, A, O> perKey(
      Combine.CombineFn<V, A, O> fn, Coder<A> accumulatorCoder, Coder<O> outputCoder) {
    return new ShardedCombine<>(fn, accumulatorCoder, outputCoder, DEFAULT_SHARDS);
  }

  /** The shard of a key: stable across JVMs and runners. */
  public static int shard(String key, int shards) {
    return Math.floorMod(key.hashCode(), shards);
  }

  @Override
  public PCollection<KV<String, O>> expand(PCollection<KV<String, V>> input) {
    @SuppressWarnings("unchecked")
    KvCoder<String, V> in = (KvCoder<String, V>) input.getCoder();
    return input
        .apply("ToShards", ParDo.of(new ToShardFn<V>(shards)))
        .setCoder(KvCoder.of(VarIntCoder.of(), in))
        .apply("CombineShards", Combine.perKey(new PerKeyInShard<>(fn, accumulatorCoder)))
        .setCoder(KvCoder.of(VarIntCoder.of(), MapCoder.of(StringUtf8Coder.of(), outputCoder)))
        .apply("FromShards", ParDo.of(new FromShardFn<O>()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), outputCoder));
  }

  static final class ToShardFn<V> extends DoFn<KV<String, V>, KV<Integer, KV<String, V>>> {
    private final int shards;

    ToShardFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element KV<String, V> kv, OutputReceiver<KV<Integer, KV<String, V>>> out) {
      out.output(KV.of(shard(kv.getKey(), shards), kv));
    }
  }

  static final class FromShardFn<O> extends DoFn<KV<Integer, Map<String, O>>, KV<String, O>> {
    @ProcessElement
    public void process(@Element KV<Integer, Map<String, O>> kv, OutputReceiver<KV<String, O>> out) {
      // sorted, so that output order (and so file content) does not depend on hash order
      new java.util.TreeMap<>(kv.getValue()).forEach((k, v) -> out.output(KV.of(k, v)));
    }
  }

  /** Applies {@code fn} per key inside one shard's map of accumulators. */
  static final class PerKeyInShard<V, A, O>
      extends Combine.CombineFn<KV<String, V>, Map<String, A>, Map<String, O>> {
    private final Combine.CombineFn<V, A, O> fn;
    private final Coder<A> accumulatorCoder;

    PerKeyInShard(Combine.CombineFn<V, A, O> fn, Coder<A> accumulatorCoder) {
      this.fn = fn;
      this.accumulatorCoder = accumulatorCoder;
    }

    @Override
    public Map<String, A> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<String, A> addInput(Map<String, A> acc, KV<String, V> in) {
      A a = acc.get(in.getKey());
      acc.put(in.getKey(), fn.addInput(a == null ? fn.createAccumulator() : a, in.getValue()));
      return acc;
    }

    @Override
    public Map<String, A> mergeAccumulators(Iterable<Map<String, A>> accs) {
      Map<String, A> out = new HashMap<>();
      for (Map<String, A> m : accs) {
        for (Map.Entry<String, A> e : m.entrySet()) {
          A prev = out.get(e.getKey());
          out.put(e.getKey(), prev == null ? e.getValue()
              : fn.mergeAccumulators(java.util.List.of(prev, e.getValue())));
        }
      }
      return out;
    }

    @Override
    public Map<String, O> extractOutput(Map<String, A> acc) {
      Map<String, O> out = new HashMap<>();
      acc.forEach((k, a) -> out.put(k, fn.extractOutput(a)));
      return out;
    }

    @Override
    public Coder<Map<String, A>> getAccumulatorCoder(
        org.apache.beam.sdk.coders.CoderRegistry registry, Coder<KV<String, V>> inputCoder) {
      return MapCoder.of(StringUtf8Coder.of(), accumulatorCoder);
    }
  }
}
