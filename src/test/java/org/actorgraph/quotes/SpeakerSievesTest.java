package org.actorgraph.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The speaker sieves, seen through the statements they give a speaker to (no models). */
class SpeakerSievesTest {

  private static List<String> all(String text) {
    return Tagged.shown(Tagged.extract(ReportRulesTest.LEAD + text));
  }

  @Test
  void pronounResolvedToThePersonBefore() {
    assertThat(all("Tom/PROPN@per:becker Becker/PROPN@per:becker arrived/VERB late/ADV ./PUNCT\n"
        + "He/PRON said/VERB that/SCONJ the/DET plan/NOUN would/AUX fail/VERB ./PUNCT"))
        .containsExactly("indirect [the plan would fail] cue=said speaker=He/per:becker said-that/pronoun");
  }

  @Test
  void pronounWithNobodyBeforeHasNoActor() {
    assertThat(all("She/PRON said/VERB that/SCONJ the/DET plan/NOUN would/AUX fail/VERB ./PUNCT"))
        .containsExactly("indirect [the plan would fail] cue=said speaker=She/null said-that/pronoun");
  }

  @Test
  void roleNounSpeaksForTheNameAfterIt() {
    assertThat(all("A/DET spokesman/NOUN for/ADP the/DET Kremlin/PROPN@org:kremlin said/VERB"
        + " that/SCONJ the/DET talks/NOUN would/AUX resume/VERB ./PUNCT"))
        .containsExactly("indirect [the talks would resume] cue=said"
            + " speaker=A spokesman for the Kremlin/org:kremlin said-that/role-noun");
  }

  @Test
  void firstPersonOutsideQuotationMarksHasNoActor() {
    assertThat(all("We/PRON said/VERB that/SCONJ the/DET talks/NOUN would/AUX resume/VERB ./PUNCT"))
        .containsExactly("indirect [the talks would resume] cue=said speaker=We/null said-that/first-person");
  }

  @Test
  void labelOfAColonLead() {
    assertThat(all("Becker/PROPN@per:becker :/PUNCT Voters/NOUN deserve/VERB a/DET real/ADJ"
        + " choice/NOUN ./PUNCT"))
        .containsExactly("indirect [Voters deserve a real choice.] cue=: speaker=Becker/per:becker colon-lead/label");
  }

  @Test
  void sectionLabelIsNoSpeaker() {
    assertThat(all("EXCLUSIVE/PROPN :/PUNCT Voters/NOUN deserve/VERB a/DET real/ADJ choice/NOUN"
        + " now/ADV ./PUNCT")).isEmpty();
  }

  @Test
  void speakerOfTheReportedSpeechJustBefore() {
    assertThat(all("Becker/PROPN@per:becker said/VERB that/SCONJ he/PRON would/AUX run/VERB ./PUNCT\n"
        + "“/PUNCT We/PRON are/AUX going/VERB to/PART win/VERB big/ADV ./PUNCT ”/PUNCT"))
        .containsExactly(
            "indirect [he would run] cue=said speaker=Becker/per:becker said-that/name",
            "direct [We are going to win big.] cue=null speaker=Becker/per:becker quote-no-cue/preceding-speech");
  }

  @Test
  void pronounSeesReportedSpeechFoundByALaterPass() {
    // the quotation pass runs before the reported-speech pass; resolved again in text order,
    // "he" is the speaker of the statement just before, not the first subject of its sentence
    assertThat(all("Lopez/PROPN@per:lopez left/VERB early/ADV ./PUNCT\n"
        + "Lopez/PROPN@per:lopez voted/VERB no/DET ,/PUNCT but/CCONJ the/DET plan/NOUN will/AUX pass/VERB ,/PUNCT"
        + " said/VERB Becker/PROPN@per:becker ./PUNCT\n"
        + "“/PUNCT It/PRON will/AUX work/VERB ,/PUNCT ”/PUNCT he/PRON said/VERB ./PUNCT"))
        .contains("direct [It will work,] cue=said speaker=he/per:becker quote-same-sentence/pronoun");
  }
}
