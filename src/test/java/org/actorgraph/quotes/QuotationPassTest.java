package org.actorgraph.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The quotation pass and the cue finder's rules, on hand-tagged sentences (no models). */
class QuotationPassTest {

  private static List<String> quotations(String text) {
    return Tagged.shown(Tagged.extract(ReportRulesTest.LEAD + text, new DirectQuotations()));
  }

  @Test
  void cueInTheSameSentence() {
    assertThat(quotations("“/PUNCT We/PRON will/AUX win/VERB this/DET race/NOUN ,/PUNCT ”/PUNCT"
        + " Becker/PROPN@per:becker said/VERB ./PUNCT"))
        .containsExactly("direct [We will win this race,] cue=said speaker=Becker/per:becker quote-same-sentence/name");
  }

  @Test
  void cueOpeningTheNextSentence() {
    assertThat(quotations("“/PUNCT Why/ADV would/AUX they/PRON stop/VERB now/ADV ?/PUNCT ”/PUNCT\n"
        + "Becker/PROPN@per:becker asked/VERB ./PUNCT"))
        .containsExactly("direct [Why would they stop now?] cue=asked speaker=Becker/per:becker quote-next-sentence/name");
  }

  @Test
  void aColonAfterTheCueVerbBefore() {
    assertThat(quotations("Becker/PROPN@per:becker said/VERB :/PUNCT\n"
        + "“/PUNCT We/PRON will/AUX win/VERB this/DET race/NOUN ./PUNCT ”/PUNCT"))
        .containsExactly("direct [We will win this race.] cue=said speaker=Becker/per:becker quote-cue-before/name");
  }

  @Test
  void aQuotationJoinedAcrossItsCue() {
    assertThat(quotations("“/PUNCT We/PRON will/AUX win/VERB ,/PUNCT ”/PUNCT Becker/PROPN@per:becker"
        + " said/VERB ,/PUNCT “/PUNCT and/CCONJ we/PRON will/AUX govern/VERB ./PUNCT ”/PUNCT"))
        .containsExactly("direct [We will win, … and we will govern.] cue=said speaker=Becker/per:becker quote-same-sentence/name");
  }

  @Test
  void aShortTitleWithoutCueIsNoStatement() {
    assertThat(quotations("She/PRON watched/VERB “/PUNCT Good/ADJ Morning/NOUN America/PROPN ”/PUNCT"
        + " daily/ADV ./PUNCT")).isEmpty();
  }

  @Test
  void aCuelessQuotationAfterAQuoteAndItsCueContinuesIt() {
    assertThat(quotations("“/PUNCT We/PRON will/AUX win/VERB ./PUNCT ”/PUNCT Becker/PROPN@per:becker"
        + " said/VERB ./PUNCT\n\n"
        + "“/PUNCT The/DET voters/NOUN are/AUX with/ADP us/PRON ./PUNCT ”/PUNCT"))
        .containsExactly("direct [We will win. … The voters are with us.] cue=said speaker=Becker/per:becker"
            + " quote-continued/name");
  }
}
