package org.actorgraph.nlp;

import java.util.List;

/**
 * Splits English clitics off tokens ("Putin's" to "Putin" + "'s", "don't" to "do" + "n't"), as
 * the Penn Treebank and CoNLL-2003 do: the UD tokenizer keeps them joined, and names and speech
 * patterns are matched on the split form.
 */
final class Clitics {
  private Clitics() {}

  private static final String[] SUFFIXES = {"n't", "n’t", "'s", "’s", "'re", "’re", "'ll", "’ll",
    "'ve", "’ve", "'m", "’m", "'d", "’d"};

  /** Adds the offsets of the token [b, e) of {@code s}, split at a clitic, to {@code out}. */
  static void split(String s, int b, int e, List<int[]> out) {
    int len = e - b;
    if (len > 2) {
      for (String suf : SUFFIXES) {
        int sl = suf.length();
        if (len > sl && s.regionMatches(true, e - sl, suf, 0, sl)
            && Character.isLetter(s.charAt(e - sl - 1))) {
          out.add(new int[] {b, e - sl});
          out.add(new int[] {e - sl, e});
          return;
        }
      }
      // plural possessive: "leaders'" (but not a closing quote after a word inside quotes)
      char last = s.charAt(e - 1);
      if ((last == '\'' || last == '’') && s.charAt(e - 2) == 's'
          && (e == s.length() || !Character.isLetter(s.charAt(e)))) {
        out.add(new int[] {b, e - 1});
        out.add(new int[] {e - 1, e});
        return;
      }
    }
    out.add(new int[] {b, e});
  }
}
