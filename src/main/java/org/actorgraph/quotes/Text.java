package org.actorgraph.quotes;

import java.util.Locale;
import org.actorgraph.nlp.AnnotatedText.Sentence;

/** Character-level helpers on the article text. */
final class Text {
  private Text() {}

  static boolean onlySpaceBetween(String t, int a, int b) {
    if (a > b) {
      return false;
    }
    for (int i = a; i < b; i++) {
      if (!Character.isWhitespace(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static int wordCount(String t, int b, int e) {
    int n = 0;
    boolean in = false;
    for (int i = b; i < e; i++) {
      boolean w = Character.isLetterOrDigit(t.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  static String lower(Sentence s, int k) {
    return s.tokens[k].toLowerCase(Locale.ROOT);
  }
}
