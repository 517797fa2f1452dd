package org.actorgraph.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.junit.jupiter.api.Test;

/** The subject finder on hand-tagged sentences ("word/UPOS ..."), no models needed. */
class SubjectFinderTest {

  /** Builds a sentence from "token/POS" pairs separated by spaces. */
  private static Sentence tagged(String s) {
    String[] parts = s.trim().split(" +");
    String[] tok = new String[parts.length];
    String[] pos = new String[parts.length];
    int[] b = new int[parts.length];
    int[] e = new int[parts.length];
    int at = 0;
    for (int i = 0; i < parts.length; i++) {
      int slash = parts[i].lastIndexOf('/');
      tok[i] = parts[i].substring(0, slash);
      pos[i] = parts[i].substring(slash + 1);
      b[i] = at;
      e[i] = at + tok[i].length();
      at = e[i] + 1;
    }
    return new Sentence(0, 0, 0, at, tok, b, e, pos);
  }

  private static int index(Sentence s, String word) {
    for (int i = 0; i < s.size(); i++) {
      if (s.tokens[i].equals(word)) {
        return i;
      }
    }
    throw new IllegalArgumentException(word);
  }

  private static String before(String text, String verb) {
    Sentence s = tagged(text);
    SubjectFinder.Np np = SubjectFinder.before(s, index(s, verb), new boolean[s.size()]);
    return np == null ? null : phrase(s, np) + " | " + s.tokens[np.head];
  }

  private static String after(String text, String verb) {
    Sentence s = tagged(text);
    SubjectFinder.Np np = SubjectFinder.after(s, index(s, verb) + 1, new boolean[s.size()]);
    return np == null ? null : phrase(s, np) + " | " + s.tokens[np.head];
  }

  private static String phrase(Sentence s, SubjectFinder.Np np) {
    StringBuilder b = new StringBuilder();
    for (int i = np.begin; i < np.end; i++) {
      b.append(i > np.begin ? " " : "").append(s.tokens[i]);
    }
    return b.toString();
  }

  @Test
  void plainSubjectWithAdverbAndTime() {
    assertThat(before("The/DET city/NOUN 's/PART mayor/NOUN on/ADP Tuesday/PROPN also/ADV said/VERB that/SCONJ", "said"))
        .isEqualTo("The city 's mayor | mayor");
  }

  @Test
  void relativeClause() {
    assertThat(before("Retired/ADJ Gen./PROPN John/PROPN Allen/PROPN ,/PUNCT who/PRON led/VERB forces/NOUN in/ADP"
        + " Iraq/PROPN ,/PUNCT Syria/PROPN and/CCONJ Libya/PROPN ,/PUNCT said/VERB", "said"))
        .isEqualTo("Retired Gen. John Allen | Allen");
    assertThat(before("a/DET man/NOUN who/PRON said/VERB", "said")).isEqualTo("a man | man");
  }

  @Test
  void appositiveAndParticiple() {
    assertThat(before("In/ADP Ohio/PROPN ,/PUNCT Smith/PROPN ,/PUNCT a/DET doctor/NOUN ,/PUNCT said/VERB", "said"))
        .isEqualTo("Smith | Smith");
    assertThat(before("Smith/PROPN ,/PUNCT speaking/VERB at/ADP a/DET rally/NOUN in/ADP Des/PROPN Moines/PROPN"
        + " ,/PUNCT Iowa/PROPN ,/PUNCT said/VERB", "said"))
        .isEqualTo("Smith | Smith");
  }

  @Test
  void attachmentsAndCoordination() {
    assertThat(before("One/NUM person/NOUN with/ADP knowledge/NOUN of/ADP the/DET plan/NOUN said/VERB", "said"))
        .isEqualTo("One person with knowledge of the plan | person");
    assertThat(before("Trump/PROPN and/CCONJ Cruz/PROPN said/VERB", "said")).isEqualTo("Trump and Cruz | Trump");
    // an object with an attachment is not one phrase with it: "reject the backing of a judge who said"
    assertThat(before("repudiate/VERB the/DET support/NOUN of/ADP a/DET general/NOUN who/PRON said/VERB", "said"))
        .isEqualTo("a general | general");
  }

  @Test
  void pronounsParenthesesAndInfinitives() {
    assertThat(before("he/PRON has/AUX repeatedly/ADV said/VERB", "said")).isEqualTo("he | he");
    assertThat(before("Cruz/PROPN (/PUNCT R-Texas/PROPN )/PUNCT said/VERB", "said")).isEqualTo("Cruz | Cruz");
    assertThat(before("the/DET guidelines/NOUN to/PART tell/VERB him/PRON", "tell")).isNull();
    assertThat(before("Sanders/PROPN wants/VERB to/PART tell/VERB voters/NOUN", "tell")).isEqualTo("Sanders | Sanders");
  }

  @Test
  void invertedSpeakerWithAppositive() {
    assertThat(after(",/PUNCT said/VERB Nadia/PROPN Brooks/PROPN ,/PUNCT a/DET spokeswoman/NOUN for/ADP"
        + " the/DET orchestra/NOUN ./PUNCT", "said"))
        .isEqualTo("Nadia Brooks , a spokeswoman for the orchestra | Brooks");
    assertThat(after(",/PUNCT said/VERB Trump/PROPN on/ADP Tuesday/PROPN", "said")).isEqualTo("Trump | Trump");
    assertThat(after(",/PUNCT said/VERB one/NUM person/NOUN with/ADP knowledge/NOUN of/ADP the/DET talks/NOUN", "said"))
        .isEqualTo("one person with knowledge of the talks | person");
  }
  @Test
  void pollSharesAsSubjects() {
    assertThat(before("Two/NUM in/ADP three/NUM said/VERB they/PRON", "said")).isEqualTo("Two in three | three");
    assertThat(before("About/ADV 42%/NUM say/VERB they/PRON", "say")).isEqualTo("About 42% | 42%");
    assertThat(before("Thirty/NOUN -/PUNCT one/NUM percent/NOUN of/ADP those/PRON surveyed/VERB say/VERB",
        "say")).isEqualTo("Thirty - one percent of those surveyed | percent");
    assertThat(before("Those/PRON over/ADV 60/NUM say/VERB they/PRON", "say")).isEqualTo("Those over 60 | 60");
    // a bare year is no subject
    assertThat(before("In/ADP 2016/NUM said/VERB", "said")).isNull();
  }

  @Test
  void anOpeningPhraseWithAPostModifierEndsAtItsLastNoun() {
    assertThat(before("Another/DET aide/NOUN familiar/ADJ with/ADP Lowe/NOUN ’s/PUNCT thinking/VERB"
        + " said/VERB ,/PUNCT", "said")).isEqualTo("Another aide familiar with Lowe ’s thinking | aide");
    // a mis-tagged verb leaves "and" before the cue: the phrase stops at the noun
    assertThat(before("Okonkwo/PROPN fell/NOUN and/CCONJ claimed/VERB innocence/NOUN", "claimed"))
        .isEqualTo("Okonkwo fell | Okonkwo");
    assertThat(before("Some/DET chanted/VERB", "chanted")).isEqualTo("Some | Some");
  }
}
