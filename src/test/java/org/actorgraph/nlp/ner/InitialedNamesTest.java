package org.actorgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class InitialedNamesTest {

  private static String[] tok(String s) {
    return s.split(" ");
  }

  private static Span per(int b, int e) {
    return new Span(b, e, "PER");
  }

  @Test
  void givenNameCutBeforeTheInitialRunsOnToTheSurname() {
    String[] t = tok("said Rosa T. Quillan , a lawyer");
    assertThat(InitialedNames.extend(t, new Span[] {per(1, 2)})).containsExactly(per(1, 4));
  }

  @Test
  void initialTokenisedApartFromItsPeriod() {
    String[] t = tok("said Rosa T . Quillan , a lawyer");
    assertThat(InitialedNames.extend(t, new Span[] {per(1, 2)})).containsExactly(per(1, 5));
    assertThat(InitialedNames.extend(t, new Span[] {per(1, 3)})).containsExactly(per(1, 5));
  }

  @Test
  void surnameTaggedAloneIsTakenIn() {
    String[] t = tok("said Rosa T. Quillan , a lawyer");
    assertThat(InitialedNames.extend(t, new Span[] {per(1, 2), per(3, 4)})).containsExactly(per(1, 4));
  }

  @Test
  void otherShapesAndTypesAreLeftAlone() {
    // no surname after the initial; an organisation; a whole name already
    assertThat(InitialedNames.extend(tok("met Rosa T. on Monday"), new Span[] {per(1, 2)}))
        .containsExactly(per(1, 2));
    Span org = new Span(0, 1, "ORG");
    assertThat(InitialedNames.extend(tok("Acme B. Holdings said"), new Span[] {org})).containsExactly(org);
    assertThat(InitialedNames.extend(tok("Rosa T. Quillan said"), new Span[] {per(0, 3)}))
        .containsExactly(per(0, 3));
    assertThat(InitialedNames.extend(tok("said Rosa T. NASA"), new Span[] {per(1, 2)}))
        .containsExactly(per(1, 2));
  }
}
