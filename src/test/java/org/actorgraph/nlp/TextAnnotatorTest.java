package org.actorgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextAnnotatorTest {
  private static TextAnnotator annotator;

  @BeforeAll
  static void models() {
    annotator = new TextAnnotator();
  }

  @Test
  void paragraphsAreLinesWithTextAndOffsetsPointIntoTheText() {
    String text = "Headline here\n\n  First paragraph. Second sentence.\r\nLast one.\n";
    List<AnnotatedText.Paragraph> p = TextAnnotator.paragraphs(text);
    assertThat(p).hasSize(3);
    assertThat(text.substring(p.get(1).begin, p.get(1).end)).isEqualTo("First paragraph. Second sentence.");
    assertThat(text.substring(p.get(2).begin, p.get(2).end)).isEqualTo("Last one.");
  }

  @Test
  void sentencesTokensAndNames() {
    String text = "Russian President Vladimir Putin met Emmanuel Macron in Paris on Monday.\n"
        + "Macron's office said the talks were useful.";
    AnnotatedText at = annotator.annotate(text);
    assertThat(at.sentences()).hasSize(2);
    AnnotatedText.Sentence s = at.sentences().get(1);
    assertThat(s.paragraph).isEqualTo(1);
    // the clitic is split as in CoNLL: names are tagged without it
    assertThat(s.tokens).startsWith("Macron", "'s", "office");
    for (AnnotatedText.Sentence sentence : at.sentences()) {
      for (int i = 0; i < sentence.size(); i++) {
        assertThat(text.substring(sentence.tokenBegin[i], sentence.tokenEnd[i])).isEqualTo(sentence.tokens[i]);
      }
    }
    List<String> names = new ArrayList<>();
    for (AnnotatedText.Name n : at.names()) {
      names.add(text.substring(n.begin, n.end) + "/" + n.type);
    }
    assertThat(names).contains("Vladimir Putin/PERSON", "Emmanuel Macron/PERSON", "Paris/LOCATION", "Macron/PERSON");
  }

  @Test
  void noSentenceBreakAfterATitleOrAnInitial() {
    String text = "The plan was backed by Sen. Maria Alvarez and by Edward G. Becker on Feb. 4 in the capital."
        + " It passed.";
    AnnotatedText at = annotator.annotate(text);
    assertThat(at.sentences()).hasSize(2);
    assertThat(at.sentences().get(1).tokens).startsWith("It");
  }

  @Test
  void aPieceOpeningInLowerCaseContinuesTheSentence() {
    // state abbreviations end sentences too ("in Lexington, Ky. The …"), so they are not in the
    // list; what follows them decides
    String text = "“We will not back down,” Sen. Maria Alvarez, R-Ky., said. Sen. Tom Becker (Tex.)"
        + " said he would wait. Was it wise? nobody knows.";
    AnnotatedText at = annotator.annotate(text);
    assertThat(at.sentences()).hasSize(4);
    assertThat(at.sentences().get(0).tokens).endsWith("said", ".");
    assertThat(at.sentences().get(1).tokens).startsWith("Sen").endsWith("wait", ".");
    assertThat(at.sentences().get(3).tokens).startsWith("nobody");
  }

  @Test
  void clitics() {
    List<int[]> out = new ArrayList<>();
    String s = "Zelenskyy’s don't leaders' it";
    Clitics.split(s, 0, 11, out);
    Clitics.split(s, 12, 17, out);
    Clitics.split(s, 18, 26, out);
    Clitics.split(s, 27, 29, out);
    List<String> tokens = new ArrayList<>();
    for (int[] o : out) {
      tokens.add(s.substring(o[0], o[1]));
    }
    assertThat(tokens).containsExactly("Zelenskyy", "’s", "do", "n't", "leaders", "'", "it");
  }
}
