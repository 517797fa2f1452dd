package org.actorgraph.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;

/** The sharded combiners give what their plain Beam counterparts give. */
public class ShardedCombineTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Test
  public void sumsPerKeyLikeCombinePerKey() {
    List<KV<String, List<Long>>> in = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      in.add(KV.of("k" + (i % 37), List.of(1L, (long) i)));
    }
    PCollection<KV<String, List<Long>>> sums =
        p.apply(Create.of(in).withCoder(KvCoder.of(StringUtf8Coder.of(), SumVector.CODER)))
            .apply(ShardedCombine.perKey(new SumVector(), SumVector.CODER, SumVector.CODER, 7));
    List<KV<String, List<Long>>> want = new ArrayList<>();
    for (int k = 0; k < 37; k++) {
      long n = 0;
      long s = 0;
      for (int i = k; i < 500; i += 37) {
        n++;
        s += i;
      }
      want.add(KV.of("k" + k, List.of(n, s)));
    }
    PAssert.that(sums).containsInAnyOrder(want);
    p.run();
  }

  @Test
  public void lookupJoinsEachLeftElementWithItsValueOrNull() {
    PCollection<KV<String, Long>> right =
        p.apply("Right", Create.of(KV.of("a", 1L), KV.of("b", 2L))
            .withCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));
    PCollection<KV<String, KV<String, Long>>> joined =
        p.apply("Left", Create.of(KV.of("a", "x"), KV.of("a", "y"), KV.of("c", "z"))
                .withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
            .apply(ShardedLookup.<String, Long>in(right, 3));
    PAssert.that(joined).containsInAnyOrder(
        KV.of("a", KV.of("x", 1L)), KV.of("a", KV.of("y", 1L)), KV.of("c", KV.of("z", null)));
    p.run();
  }

  @Test
  public void shardsAreStable() {
    assertThat(ShardedCombine.shard("emmanuel-macron", 32)).isEqualTo(Math.floorMod("emmanuel-macron".hashCode(), 32));
    assertThat(ShardedCombine.shard("x", 1)).isZero();
  }
}
