package org.actorgraph.analysis;

import org.actorgraph.model.Statement;

/**
 * The {@code statements.context} column: the sentences that hold the quotation, its cue and its
 * speaker, so that a reader sees what was said in its setting without the source file.
 *
 * <p>Bounded: a context over {@link #MAX_CHARS} keeps its start and its end (where speaker and
 * cue usually sit), cut at word boundaries and joined by {@link #ELISION}.
 */
final class StatementContext {
  static final int MAX_CHARS = 1000;
  static final String ELISION = " … ";

  private StatementContext() {}

  /**
   * @param sentenceBegin start offset of each sentence, ascending
   * @param sentenceEnd end offset of each sentence
   */
  static String of(String text, int[] sentenceBegin, int[] sentenceEnd, Statement s) {
    int from = s.begin;
    int to = s.end;
    if (s.cueBegin >= 0) {
      from = Math.min(from, s.cueBegin);
      to = Math.max(to, s.cueEnd);
    }
    if (s.speakerBegin >= 0) {
      from = Math.min(from, s.speakerBegin);
      to = Math.max(to, s.speakerEnd);
    }
    for (int i = 0; i < sentenceBegin.length; i++) {
      if (sentenceBegin[i] <= from && from < sentenceEnd[i]) {
        from = sentenceBegin[i];
      }
      if (sentenceBegin[i] < to && to <= sentenceEnd[i]) {
        to = sentenceEnd[i];
      }
    }
    return bounded(collapse(text.substring(from, to)));
  }

  /** Line breaks and runs of white space as one space: a context is one line in a table cell. */
  static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  static String bounded(String s) {
    if (s.length() <= MAX_CHARS) {
      return s;
    }
    int half = (MAX_CHARS - ELISION.length()) / 2;
    int head = s.lastIndexOf(' ', half);
    int tail = s.indexOf(' ', s.length() - half);
    String start = s.substring(0, head > 0 ? head : half);
    String end = s.substring(tail > 0 ? tail + 1 : s.length() - half);
    return start + ELISION + end;
  }
}
