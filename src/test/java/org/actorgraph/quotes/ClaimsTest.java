package org.actorgraph.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.actorgraph.model.Statement;
import org.junit.jupiter.api.Test;

/** The record of what the passes claimed. */
class ClaimsTest {

  private static Statement st(int b, int e, int cue) {
    String t = "x".repeat(40);
    Cue c = cue < 0 ? null : new Cue(0, 0, 1, cue, cue + 1, null, true);
    return Statements.make(t, Statement.Kind.INDIRECT, b, e, 0, null, c, null, 0.5, "said-that");
  }

  @Test
  void aLentCueStaysFree() {
    Claims c = new Claims(40);
    c.claimCue(3, "said-that");
    assertThat(c.cueClaimed(3)).isTrue();
    assertThat(c.cueClaimedBy(3)).isEqualTo("said-that");
    c.claimQuoteCue(new Cue(0, 0, 1, 3, 4, null, false, true, "quote-lent-cue"), "quote-lent-cue");
    assertThat(c.cueClaimed(3)).isFalse();
    c.claimQuoteCue(new Cue(0, 0, 1, 5, 6, null, false), "quote-same-sentence");
    assertThat(c.cueClaimedBy(5)).isEqualTo("quote-same-sentence");
  }

  @Test
  void coveredDropAndTextOrder() {
    Claims c = new Claims(40);
    c.add(st(20, 30, 2));
    c.add(st(5, 10, -1));
    c.add(st(22, 25, -1));
    assertThat(c.covered(21, 29)).isTrue();
    assertThat(c.covered(4, 9)).isFalse();
    c.dropUncuedWithin(20, 30);
    assertThat(c.inTextOrder()).extracting(s -> s.begin).containsExactly(5, 20);
    assertThat(c.last().begin).isEqualTo(5);
    assertThat(c.inTextOrder().get(0).rule).isEqualTo("said-that/none");
  }

  @Test
  void extendedKeepsTheSieve() {
    Statement p = Statements.make("a".repeat(40), Statement.Kind.DIRECT, 0, 5, 0, List.of(), null,
        new Speaker(10, 14, "aaaa", "per:x", "X", 0.9, "pronoun"), 0.9, "quote-same-sentence");
    assertThat(p.rule).isEqualTo("quote-same-sentence/pronoun");
    assertThat(Statements.extended(p, 30, "longer", DirectQuotations.CONTINUED).rule)
        .isEqualTo("quote-continued/pronoun");
  }
}
