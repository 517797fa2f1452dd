package org.actorgraph.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.actorgraph.nlp.Lexicon;

/**
 * Titles and role nouns that precede names ("President", "Foreign Minister", "Mr."), from {@code
 * titles.txt}. Matched case-insensitively on token sequences, longest first.
 */
public final class Titles {
  private static final String RESOURCE = "/org/actorgraph/actors/titles.txt";

  private final Set<String> titles = new HashSet<>();
  private final int maxTokens;

  private Titles(List<String> lines) {
    int max = 1;
    for (String t : lines) {
      String key = NameKeys.lower(t.strip());
      titles.add(key);
      max = Math.max(max, key.split("\\s+").length);
    }
    this.maxTokens = max;
  }

  private static final class Default {
    static final Titles INSTANCE = new Titles(Lexicon.lines(Titles.class, RESOURCE));
  }

  /** Phrases from another resource in the same format (affiliations, member titles). */
  public static Titles of(String resource) {
    return new Titles(Lexicon.lines(Titles.class, resource));
  }

  public static Titles defaults() {
    return Default.INSTANCE;
  }

  /** Tokens in the title at {@code tokens[from..]}, longest match; 0 if none. */
  public int matchAt(String[] tokens, int from, int limit) {
    for (int n = Math.min(maxTokens, limit - from); n >= 1; n--) {
      if (contains(join(tokens, from, from + n))) {
        return n;
      }
    }
    return 0;
  }

  /** Tokens in a title ending just before {@code end} (exclusive), longest match; 0 if none. */
  public int matchEndingAt(String[] tokens, int end) {
    for (int n = Math.min(maxTokens, end); n >= 1; n--) {
      if (contains(join(tokens, end - n, end))) {
        return n;
      }
    }
    return 0;
  }

  public boolean contains(String phrase) {
    String p = NameKeys.lower(phrase);
    return titles.contains(p) || (p.endsWith(".") && titles.contains(p.substring(0, p.length() - 1)));
  }

  public static String join(String[] tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        b.append(' ');
      }
      b.append(tokens[i]);
    }
    return b.toString();
  }
}
