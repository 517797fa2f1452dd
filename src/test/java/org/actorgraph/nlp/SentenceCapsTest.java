package org.actorgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Overlong sentences and paragraphs are cut at a safe point, else at the cap, and nothing is lost. */
class SentenceCapsTest {

  private static String[] words(int n, String filler) {
    String[] w = new String[n];
    Arrays.fill(w, filler);
    return w;
  }

  @Test
  void aShortSentenceIsLeftWhole() {
    assertThat(SentenceCaps.splitPoints(words(150, "votes"), 150)).containsExactly(0);
  }

  @Test
  void aLongSentenceIsCutAfterTheLastCommaBeforeTheCap() {
    String[] w = words(25, "votes");
    w[7] = ",";
    w[15] = ";";
    assertThat(SentenceCaps.splitPoints(w, 20)).containsExactly(0, 16);
  }

  @Test
  void withoutPunctuationItIsCutBeforeAConjunction() {
    String[] w = words(25, "votes");
    w[14] = "But";
    assertThat(SentenceCaps.splitPoints(w, 20)).containsExactly(0, 14);
  }

  @Test
  void aCommaTooEarlyInTheRunIsNotUsedAndTheCutIsHard() {
    String[] w = words(45, "votes");
    w[3] = ","; // in the first half of the run: pieces of 4 tokens would be as bad as none
    assertThat(SentenceCaps.splitPoints(w, 20)).containsExactly(0, 20, 40);
  }

  @Test
  void everyRunIsWithinTheCap() {
    String[] w = words(1000, "votes");
    for (int i = 0; i < w.length; i += 37) {
      w[i] = "and";
    }
    int[] starts = SentenceCaps.splitPoints(w, 150);
    for (int k = 0; k < starts.length; k++) {
      int end = k + 1 < starts.length ? starts[k + 1] : w.length;
      assertThat(end - starts[k]).isBetween(1, 150);
    }
  }

  @Test
  void charPiecesCutAtWhiteSpaceOrHardAndNeverInsideASurrogatePair() {
    String text = "aaaa bbbb cccc dddd";
    assertThat(texts(text, SentenceCaps.charPieces(text, 0, text.length(), 10)))
        .containsExactly("aaaa bbbb ", "cccc dddd");
    String emoji = "x".repeat(9) + "\uD83D\uDE00" + "y".repeat(5); // the emoji straddles the cap
    assertThat(texts(emoji, SentenceCaps.charPieces(emoji, 0, emoji.length(), 10)))
        .containsExactly("x".repeat(9), "\uD83D\uDE00" + "y".repeat(5));
  }

  @Test
  void paragraphsAreCutAfterASentenceEndWhenThereIsOne() {
    String text = "One two. Three four five six";
    assertThat(texts(text, SentenceCaps.paragraphPieces(text, 0, text.length(), 16)))
        .containsExactly("One two. ", "Three four five ", "six");
  }

  @Test
  void aTextWithoutPunctuationBecomesBoundedSentencesWhoseTokensPointIntoIt() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append(i % 3 == 0 ? "council " : "budget ");
    }
    String text = sb.toString();
    AnnotatedText at = new TextAnnotator().annotate(text);
    assertThat(at.sentences()).hasSizeGreaterThan(2000 / SentenceCaps.MAX_TOKENS);
    assertThat(at.splitSentences()).isPositive();
    assertThat(at.analyzedEnd()).isEqualTo(text.length());
    int tokens = 0;
    for (AnnotatedText.Sentence s : at.sentences()) {
      assertThat(s.size()).isLessThanOrEqualTo(SentenceCaps.MAX_TOKENS);
      for (int i = 0; i < s.size(); i++) {
        assertThat(text.substring(s.tokenBegin[i], s.tokenEnd[i])).isEqualTo(s.tokens[i]);
      }
      tokens += s.size();
    }
    assertThat(tokens).isEqualTo(2000);
  }

  @Test
  void tokensPastTheArticleBudgetAreNotAnnotated() {
    String text = "word ".repeat(TextAnnotator.MAX_ARTICLE_TOKENS + 500);
    AnnotatedText at = new TextAnnotator().annotate(text);
    int tokens = at.sentences().stream().mapToInt(AnnotatedText.Sentence::size).sum();
    assertThat(tokens).isLessThanOrEqualTo(TextAnnotator.MAX_ARTICLE_TOKENS);
    assertThat(at.analyzedEnd()).isLessThan(text.length());
  }

  private static List<String> texts(String text, List<int[]> pieces) {
    List<String> out = new ArrayList<>();
    for (int[] p : pieces) {
      out.add(text.substring(p[0], p[1]));
    }
    return out;
  }
}
