package org.actorgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bounds the work per sentence. The taggers' beam search costs more than linear time in the
 * sentence's length and fails outright on very long sequences, and the tokenizer is slow on
 * one endless "word": a text without sentence punctuation would otherwise be one sentence of
 * 100,000 tokens. Overlong sentences are cut into pieces, at a safe point where there is one.
 */
final class SentenceCaps {
  /** Longer sentences are split: news sentences rarely pass 80 tokens. */
  static final int MAX_TOKENS = 150;
  /** Longer spans are cut (at white space if any) before tokenizing. */
  static final int MAX_CHARS = 2000;
  /**
   * Longer paragraphs are cut (after a sentence end if any, else at white space): the sentence
   * detector and the per-paragraph rules read a paragraph whole, for each sentence or quote in it.
   */
  static final int MAX_PARAGRAPH_CHARS = 10_000;

  private static final Set<String> CONJUNCTIONS =
      Set.copyOf(Lexicon.lines(SentenceCaps.class, "/org/actorgraph/nlp/split_conjunctions.txt"));

  private SentenceCaps() {}

  /**
   * Splits {@code [begin, end)} of {@code text} into spans of at most {@code maxChars} chars,
   * each cut after the last white space before the cap, else at the cap (never inside a
   * surrogate pair). Returns begin/end pairs.
   */
  static List<int[]> charPieces(String text, int begin, int end, int maxChars) {
    return pieces(text, begin, end, maxChars, false);
  }

  /** As {@link #charPieces}, but a cut after ". ", "? " or "! " is preferred to any white space. */
  static List<int[]> paragraphPieces(String text, int begin, int end, int maxChars) {
    return pieces(text, begin, end, maxChars, true);
  }

  private static List<int[]> pieces(String text, int begin, int end, int maxChars, boolean sentences) {
    List<int[]> out = new ArrayList<>();
    int b = begin;
    while (end - b > maxChars) {
      int cut = b + maxChars;
      int ws = sentences ? sentenceEndBefore(text, b + maxChars / 2, cut) : -1;
      if (ws < 0) {
        ws = cut;
        while (ws > b + maxChars / 2 && !Character.isWhitespace(text.charAt(ws - 1))) {
          ws--;
        }
      }
      if (ws > b + maxChars / 2) {
        cut = ws;
      } else if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--;
      }
      out.add(new int[] {b, cut});
      b = cut;
      while (b < end && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
    }
    if (end > b) {
      out.add(new int[] {b, end});
    }
    return out;
  }

  /** The last offset in (from, to] right after sentence punctuation and a white space, or -1. */
  private static int sentenceEndBefore(String text, int from, int to) {
    for (int i = to; i > from && i >= 2; i--) {
      char p = text.charAt(i - 2);
      if (Character.isWhitespace(text.charAt(i - 1)) && (p == '.' || p == '?' || p == '!')) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Cuts a token sequence into runs of at most {@code maxTokens}: after the last comma,
   * semicolon, colon or dash in the second half of a run, else before the last conjunction
   * there, else at the cap. Returns the start index of each run (the first is 0).
   */
  static int[] splitPoints(String[] tokens, int maxTokens) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    int b = 0;
    while (tokens.length - b > maxTokens) {
      int cut = safeCut(tokens, b, b + maxTokens);
      starts.add(cut);
      b = cut;
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Where a run starting at {@code b} ends, at most {@code limit}. */
  private static int safeCut(String[] tokens, int b, int limit) {
    int half = b + (limit - b) / 2;
    for (int i = limit - 1; i >= half; i--) {
      if (isPause(tokens[i])) {
        return i + 1;
      }
    }
    for (int i = limit - 1; i > half; i--) {
      if (CONJUNCTIONS.contains(tokens[i].toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return limit;
  }

  private static boolean isPause(String token) {
    return token.equals(",") || token.equals(";") || token.equals(":") || token.equals("—")
        || token.equals("–") || token.equals("--");
  }
}
