package org.actorgraph.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names to keys that survive case, diacritics, punctuation and the usual transliteration
 * variants, so that Zelensky / Zelenskyy / Zelenskiy or Medvedev / Medwedew share a key.
 */
public final class NameKeys {
  private NameKeys() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Lowercase, no diacritics, apostrophes and periods removed, other punctuation to spaces. */
  public static String fold(String name) {
    // most names are ASCII: no marks to strip, nothing to transliterate (a hot path: 4 % of the analysis)
    boolean ascii = isAscii(name);
    String s = ascii ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '’' || c == '.' || c == '‘') {
        continue; // O'Malley = OMalley, U.S. = US
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(Character.toLowerCase(c));
      } else {
        space = true;
      }
    }
    String out = b.toString();
    if (ascii) {
      return out;
    }
    // letters with no decomposition
    return out.replace('ł', 'l').replace('ø', 'o').replace("ß", "ss").replace('đ', 'd')
        .replace("æ", "ae").replace('ı', 'i');
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * A phonetic-ish key for one name token: folded, then transliteration variants merged (y/i
   * endings, w/v, doubled letters, kh/h, ph/f, ck/k, sch/sh, tch/ch, j/y before vowels).
   */
  public static String variantKey(String token) {
    String s = fold(token).replace(" ", "");
    s = s.replace("sch", "sh").replace("tch", "ch").replace("kh", "h").replace("ph", "f")
        .replace("ck", "k").replace("dh", "d").replace("th", "t").replace('w', 'v')
        .replace('q', 'k').replace("ij", "y").replace("iy", "y").replace("yi", "y")
        .replace("ii", "i").replace("ie", "i");
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (b.length() > 0 && b.charAt(b.length() - 1) == c) {
        continue; // doubled letters: Zelenskyy -> zelenski, Gaddafi -> gadafi
      }
      b.append(c);
    }
    String k = b.toString();
    // y and i stand for the same vowel in transliterations (Zelensky / Zelenskiy / Zelenskyi,
    // Podolyak / Podoliak); a leading y is a consonant (Yermak) and stays
    if (k.length() > 1) {
      k = k.charAt(0) + k.substring(1).replace('y', 'i');
      k = k.replace("ii", "i");
    }
    return k;
  }

  /** A URL- and id-safe slug of a name: folded words joined by hyphens. */
  public static String slug(String name) {
    return fold(name).replace(' ', '-');
  }

  /** True for tokens that are initials: "J.", "J.D.", "JD" (all capitals, at most 3). */
  public static boolean isInitials(String token) {
    String t = token.replace(".", "");
    if (t.isEmpty() || t.length() > 3) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isUpperCase(t.charAt(i))) {
        return false;
      }
    }
    return token.contains(".") || t.length() <= 2;
  }

  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
