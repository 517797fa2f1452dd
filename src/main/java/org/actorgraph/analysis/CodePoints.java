package org.actorgraph.analysis;

/**
 * Java offsets (UTF-16 code units) as Unicode code points, the unit the tables use: what
 * Python's {@code text[begin:end]}, DuckDB's {@code substring} and pandas index by. They differ
 * only after a character outside the Basic Multilingual Plane (an emoji, some CJK): a combining
 * accent is one code point in every one of them.
 */
final class CodePoints {
  /** Null when the text has no surrogate pair: offsets are the same in both units. */
  private final int[] toCodePoint;

  private CodePoints(int[] toCodePoint) {
    this.toCodePoint = toCodePoint;
  }

  static CodePoints of(String text) {
    int i = 0;
    while (i < text.length() && !Character.isSurrogate(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return new CodePoints(null);
    }
    int[] map = new int[text.length() + 1];
    int cp = 0;
    for (int k = 0; k < text.length(); k++) {
      map[k] = cp;
      if (!(Character.isHighSurrogate(text.charAt(k)) && k + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(k + 1)))) {
        cp++;
      } else {
        map[k + 1] = cp; // an offset inside a pair (never made) maps to the pair's start
        k++;
        cp++;
      }
    }
    map[text.length()] = cp;
    return new CodePoints(map);
  }

  /** The code point offset of UTF-16 offset {@code i}. */
  int at(int i) {
    return toCodePoint == null ? i : toCodePoint[i];
  }

  /** The text's length in code points. */
  int length(String text) {
    return toCodePoint == null ? text.length() : toCodePoint[text.length()];
  }
}
