package org.actorgraph.aggregate;

import java.io.Serializable;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.SerializableFunction;

/**
 * A combiner for partial results that merge into each other: the accumulator is a fresh empty
 * value that each input is merged into (inputs are only read, never changed).
 */
final class MergeFn<T extends MergeFn.Mergeable<T>> extends Combine.CombineFn<T, T, T> {

  /** A partial result that absorbs another of its kind. */
  interface Mergeable<T> extends Serializable {
    /** Adds {@code other} into this and returns this. */
    T merge(T other);
  }

  private final SerializableFunction<Void, T> empty;

  private MergeFn(SerializableFunction<Void, T> empty) {
    this.empty = empty;
  }

  static <T extends Mergeable<T>> MergeFn<T> of(SerializableFunction<Void, T> empty) {
    return new MergeFn<>(empty);
  }

  @Override
  public T createAccumulator() {
    return empty.apply(null);
  }

  @Override
  public T addInput(T acc, T in) {
    return acc.merge(in);
  }

  @Override
  public T mergeAccumulators(Iterable<T> accs) {
    T out = createAccumulator();
    for (T a : accs) {
      out.merge(a);
    }
    return out;
  }

  @Override
  public T extractOutput(T acc) {
    return acc;
  }
}
