package org.actorgraph.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Completes person names the tagger cut at a middle initial: "Paul H. Chipok" found as "Paul",
 * "Steven M. Ekovich" as "Steven M". An unusual surname after an initial gives the tagger little
 * to go on, yet GIVEN INITIAL. Surname is one of the most regular shapes in news (US style
 * writes it for every first mention of a private person), so a person span that ends at, or
 * just before, a single-letter initial followed by a capitalised word runs on to that word. The
 * later "Mr. Chipok" then meets the full name.
 */
public final class InitialedNames {
  private static final String PERSON = "PER";

  private InitialedNames() {}

  /** The sentence's spans with cut person names extended; other spans unchanged. */
  public static Span[] extend(String[] tokens, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      Span s = spans[i];
      int end = PERSON.equals(s.getType()) ? completedEnd(tokens, s) : s.getEnd();
      if (end == s.getEnd()) {
        out.add(s);
        continue;
      }
      // the surname may have been tagged on its own: it becomes part of this name
      while (i + 1 < spans.length && spans[i + 1].getStart() < end) {
        i++;
      }
      out.add(new Span(s.getStart(), end, s.getType(), s.getProb()));
    }
    return out.toArray(new Span[0]);
  }

  /** Where the name really ends: after "X." and a capitalised word, else where it ends now. */
  static int completedEnd(String[] tok, Span s) {
    int k = s.getEnd();
    // "Steven M" + "." : the span already holds the initial
    if (k - s.getStart() >= 2 && isLetter(tok[k - 1]) && k < tok.length && tok[k].equals(".")) {
      return surnameAt(tok, k + 1) ? k + 2 : s.getEnd();
    }
    // "Paul" + "H." or "H" "."
    if (k < tok.length && isInitial(tok[k]) && surnameAt(tok, k + 1)) {
      return k + 2;
    }
    if (k + 1 < tok.length && isLetter(tok[k]) && tok[k + 1].equals(".") && surnameAt(tok, k + 2)) {
      return k + 3;
    }
    return s.getEnd();
  }

  private static boolean isInitial(String t) {
    return t.length() == 2 && Character.isUpperCase(t.charAt(0)) && t.charAt(1) == '.';
  }

  private static boolean isLetter(String t) {
    return t.length() == 1 && Character.isUpperCase(t.charAt(0));
  }

  /** A capitalised word with a lower-case letter after its first ("Chipok", "O'Neill", "McCain"). */
  private static boolean surnameAt(String[] tok, int i) {
    if (i >= tok.length) {
      return false;
    }
    String t = tok[i];
    return t.length() >= 2 && Character.isUpperCase(t.charAt(0)) && t.chars().skip(1).anyMatch(Character::isLowerCase)
        && t.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’');
  }
}
