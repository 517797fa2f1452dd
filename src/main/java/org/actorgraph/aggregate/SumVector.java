package org.actorgraph.aggregate;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;

/** Element-wise sum of equal-length count vectors, e.g. [statements, mentions]. */
final class SumVector extends Combine.CombineFn<List<Long>, List<Long>, List<Long>> {
  static final Coder<List<Long>> CODER = ListCoder.of(VarLongCoder.of());

  @Override
  public List<Long> createAccumulator() {
    return new ArrayList<>();
  }

  @Override
  public List<Long> addInput(List<Long> acc, List<Long> in) {
    List<Long> out = new ArrayList<>(acc);
    for (int i = 0; i < in.size(); i++) {
      if (i < out.size()) {
        out.set(i, out.get(i) + in.get(i));
      } else {
        out.add(in.get(i));
      }
    }
    return out;
  }

  @Override
  public List<Long> mergeAccumulators(Iterable<List<Long>> accs) {
    List<Long> out = new ArrayList<>();
    for (List<Long> a : accs) {
      out = addInput(out, a);
    }
    return out;
  }

  @Override
  public List<Long> extractOutput(List<Long> acc) {
    return acc;
  }

  @Override
  public Coder<List<Long>> getAccumulatorCoder(CoderRegistry registry, Coder<List<Long>> inputCoder) {
    return CODER;
  }
}
