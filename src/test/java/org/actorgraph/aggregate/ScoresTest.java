package org.actorgraph.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoresTest {
  @Test
  void pmiInBits() {
    // a and b each in 10 of 1000 units, together in 5: log2(5 * 1000 / 100) = log2(50)
    assertThat(ComputeComentions.pmi(5, 10, 10, 1000)).isCloseTo(Math.log(50) / Math.log(2), within(1e-12));
    // independent: P(ab) = P(a) P(b) gives 0
    assertThat(ComputeComentions.pmi(1, 10, 10, 100)).isCloseTo(0.0, within(1e-12));
    assertThat(ComputeComentions.pmi(0, 10, 10, 100)).isZero();
  }

  @Test
  void jaccard() {
    assertThat(ComputeComentions.jaccard(5, 10, 10)).isCloseTo(5.0 / 15, within(1e-12));
    assertThat(ComputeComentions.jaccard(3, 3, 3)).isEqualTo(1.0);
  }
}
