package org.actorgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {

  private static String[] tokens(String sentence) {
    return sentence.split(" ");
  }

  @Test
  void votesTypesAndTagsLaterMentions() {
    List<String[]> sentences = List.of(
        tokens("Franz Fischler proposed a ban on Tuesday ."),
        tokens("Fischler said Britain had agreed ."),
        tokens("Britain rejected it ."),
        tokens("In Britain , Fischler 's plan was criticised ."),
        tokens("the britain of fischler ."));
    List<Span[]> found = List.of(
        new Span[] {new Span(0, 2, "PER")},
        new Span[] {new Span(2, 3, "LOC")},
        new Span[] {new Span(0, 1, "ORG")}, // outvoted: Britain is LOC twice
        new Span[] {new Span(1, 2, "LOC")},
        new Span[0]);

    List<List<Span>> harmonised = DocumentConsistency.harmonise(sentences, found);

    assertThat(harmonised.get(0)).containsExactly(new Span(0, 2, "PER"));
    // the bare surname becomes PER
    assertThat(harmonised.get(1)).containsExactly(new Span(0, 1, "PER"), new Span(2, 3, "LOC"));
    assertThat(harmonised.get(2)).containsExactly(new Span(0, 1, "LOC"));
    assertThat(harmonised.get(3)).containsExactly(new Span(1, 2, "LOC"), new Span(3, 4, "PER"));
    // lower-case words are not names
    assertThat(harmonised.get(4)).isEmpty();
  }

  @Test
  void tiesKeepEachSpansOwnType() {
    List<String[]> sentences = List.of(tokens("Jordan won ."), tokens("Jordan lost ."));
    List<Span[]> found = List.of(
        new Span[] {new Span(0, 1, "PER")}, new Span[] {new Span(0, 1, "LOC")});

    List<List<Span>> harmonised = DocumentConsistency.harmonise(sentences, found);

    assertThat(harmonised.get(0)).containsExactly(new Span(0, 1, "PER"));
    assertThat(harmonised.get(1)).containsExactly(new Span(0, 1, "LOC"));
  }
}
