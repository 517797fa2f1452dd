package org.actorgraph.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reported-speech pass and its rules, on hand-tagged sentences (no models). */
class ReportRulesTest {

  /** A body paragraph first, so that the next one is not taken for a headline. */
  static final String LEAD = "The/DET talks/NOUN ended/VERB late/ADV ./PUNCT\n\n";

  private static List<String> reported(String sentence) {
    return Tagged.shown(Tagged.extract(LEAD + sentence, new ReportedSpeech()));
  }

  @Test
  void saidThatTakesTheClauseAfterTheCue() {
    assertThat(reported("Becker/PROPN@per:becker said/VERB that/SCONJ the/DET plan/NOUN would/AUX"
        + " fail/VERB ./PUNCT"))
        .containsExactly("indirect [the plan would fail] cue=said speaker=Becker/per:becker said-that/name");
  }

  @Test
  void saidThatSkipsTheAddresseeOfTold() {
    assertThat(reported("Becker/PROPN@per:becker told/VERB reporters/NOUN the/DET plan/NOUN"
        + " would/AUX fail/VERB ./PUNCT"))
        .containsExactly("indirect [the plan would fail] cue=told speaker=Becker/per:becker said-that/name");
  }

  @Test
  void clauseThenCue() {
    assertThat(reported("The/DET new/ADJ plan/NOUN will/AUX fail/VERB ,/PUNCT Becker/PROPN@per:becker"
        + " said/VERB ./PUNCT"))
        .containsExactly("indirect [The new plan will fail] cue=said speaker=Becker/per:becker clause-then-cue/name");
  }

  @Test
  void accordingToBeforeAndAfterTheClause() {
    assertThat(reported("According/VERB to/ADP Becker/PROPN@per:becker ,/PUNCT the/DET plan/NOUN"
        + " will/AUX fail/VERB soon/ADV ./PUNCT"))
        .containsExactly("indirect [the plan will fail soon] cue=According to speaker=Becker/per:becker according-to/name");
    assertThat(reported("The/DET plan/NOUN will/AUX fail/VERB soon/ADV ,/PUNCT according/VERB to/ADP"
        + " Becker/PROPN@per:becker ./PUNCT"))
        .containsExactly("indirect [The plan will fail soon] cue=according to speaker=Becker/per:becker according-to/name");
  }

  @Test
  void objectOfASpeechAct() {
    assertThat(reported("Becker/PROPN@per:becker criticized/VERB the/DET plan/NOUN for/ADP its/PRON"
        + " cost/NOUN ./PUNCT"))
        .containsExactly("indirect [the plan for its cost] cue=criticized speaker=Becker/per:becker object/name");
  }

  @Test
  void aVerbOnlyUsedBesideQuotationsReportsNothing() {
    assertThat(reported("Becker/PROPN@per:becker asked/VERB whether/SCONJ the/DET plan/NOUN"
        + " would/AUX fail/VERB ./PUNCT")).isEmpty();
  }

  @Test
  void theRuleOrderIsData() {
    assertThat(ReportedSpeech.RULES).extracting(r -> r.getClass().getSimpleName())
        .containsExactly("AccordingTo", "SaidThat", "ObjectStatements", "ClauseThenCue");
    assertThat(QuoteExtractor.PASSES).extracting(StatementPass::name)
        .containsExactly("colon-lead", "quotations", "reported-speech");
  }
}
