package org.actorgraph.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The inner structure of personal names that the tokenizer does not see: hyphenated surnames
 * ("Ana Ruiz-Molina", "el-Sisi") are one name token, and particles before a surname ("van der
 * Berg", "de la Cruz") belong to it.
 */
final class NameStructure {
  private NameStructure() {}

  private static boolean isHyphen(String t) {
    return t.equals("-") || t.equals("‐") || t.equals("‑");
  }

  /**
   * Tokens {@code [tb, te)} with "X - Y" written without spaces ("Ruiz-Molina") joined into one
   * token; {@code begin}/{@code end} are the tokens' character offsets.
   */
  static String[] joinHyphens(String[] tokens, int[] begin, int[] end, int tb, int te) {
    List<String> out = new ArrayList<>(te - tb);
    StringBuilder cur = new StringBuilder(tokens[tb]);
    for (int i = tb + 1; i < te; i++) {
      String prev = tokens[i - 1];
      boolean glued = end[i - 1] == begin[i]
          && (endsWithHyphen(prev) || startsWithHyphen(tokens[i]));
      if (glued) {
        cur.append(tokens[i]); // "Ruiz-" + "Molina", "Ruiz" + "-" + "Molina"
      } else {
        out.add(cur.toString());
        cur = new StringBuilder(tokens[i]);
      }
    }
    out.add(cur.toString());
    return out.toArray(new String[0]);
  }

  static boolean startsWithHyphen(String t) {
    return !t.isEmpty() && isHyphen(t.substring(0, 1));
  }

  static boolean endsWithHyphen(String t) {
    return !t.isEmpty() && isHyphen(t.substring(t.length() - 1));
  }

  /** The halves of a hyphenated token ("Ruiz", "Molina"); empty when it has no hyphen. */
  static List<String> hyphenParts(String token) {
    if (token.indexOf('-') < 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String p : token.split("-")) {
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** A name's first token moved back over particles the tagger left out ("Van der" + "Berg"). */
  static int particlesBefore(String[] tokens, int tb, Set<String> particles) {
    int i = tb;
    while (i > 0 && particles.contains(tokens[i - 1].toLowerCase(java.util.Locale.ROOT))) {
      i--;
    }
    // a particle only belongs to the name when it starts the sentence or is written in lowercase
    // after a capitalised word ("Jan van der"), not after lowercase text ("in de facto")
    if (i < tb && i > 0 && !Character.isUpperCase(tokens[i - 1].charAt(0))
        && Character.isLowerCase(tokens[i].charAt(0))) {
      return tb;
    }
    return i;
  }

  /**
   * "Won-soon", "Jae-in": one hyphen between two short syllables, the second in lowercase (Korean
   * given names); not "Chan-o-cha" (a Thai surname) nor "Salat-Baroux".
   */
  static boolean isHyphenatedGivenName(String token) {
    int h = token.indexOf('-');
    return h >= 2 && h <= 4 && token.indexOf('-', h + 1) < 0 && token.length() - h - 1 >= 2
        && token.length() - h - 1 <= 4 && Character.isUpperCase(token.charAt(0))
        && Character.isLowerCase(token.charAt(h + 1));
  }
}
