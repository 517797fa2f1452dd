package org.actorgraph.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.Test;

public class ActorKeyTest {
  @Test
  public void roundTripsThroughItsCoderWhateverTheIdsHold() throws Exception {
    for (ActorKey k : List.of(ActorKey.of("per:ruiz.a", "doc 1"), ActorKey.of("a\u0000b", "c"),
        ActorKey.of("a", "\u0000b c"), ActorKey.of("org:x", null), ActorKey.of("é", ""))) {
      byte[] bytes = CoderUtils.encodeToByteArray(ActorKey.CODER, k);
      assertThat(CoderUtils.decodeFromByteArray(ActorKey.CODER, bytes)).isEqualTo(k);
    }
    // a separator inside an id no longer makes two keys one
    assertThat(ActorKey.of("a\u0000b", "c")).isNotEqualTo(ActorKey.of("a", "b\u0000c"));
  }

  @Test
  public void hashIsStatedSoShardsAgreeAcrossJvms() {
    assertThat(ActorKey.of("nato", "d1").hashCode()).isEqualTo(31 * "nato".hashCode() + "d1".hashCode());
    assertThat(ActorKey.of("nato", null).hashCode()).isEqualTo(31 * "nato".hashCode());
  }

  @Test
  public void ordersByActorThenPartNoPartFirst() {
    TreeSet<ActorKey> keys = new TreeSet<>(List.of(ActorKey.of("b", "1"), ActorKey.of("a", "2"),
        ActorKey.of("a", null), ActorKey.of("a", "10")));
    assertThat(keys).containsExactly(ActorKey.of("a", null), ActorKey.of("a", "10"),
        ActorKey.of("a", "2"), ActorKey.of("b", "1"));
  }
}
