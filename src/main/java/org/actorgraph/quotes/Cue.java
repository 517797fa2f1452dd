package org.actorgraph.quotes;

import org.checkerframework.checker.nullness.qual.Nullable;

/** A cue: speech verb, "according to", a colon or a dash, with the speaker it introduces. */
final class Cue {
  final int sentence;
  final int tokBegin;
  final int tokEnd;
  final int begin;
  final int end;
  final @Nullable Speaker speaker;
  final boolean report;
  /** A cue lent to a quotation after its sentence, still free to report its own clause. */
  final boolean lent;

  Cue(int sentence, int tokBegin, int tokEnd, int begin, int end, @Nullable Speaker speaker,
      boolean report) {
    this(sentence, tokBegin, tokEnd, begin, end, speaker, report, false);
  }

  Cue(int sentence, int tokBegin, int tokEnd, int begin, int end, @Nullable Speaker speaker,
      boolean report, boolean lent) {
    this.sentence = sentence;
    this.tokBegin = tokBegin;
    this.tokEnd = tokEnd;
    this.begin = begin;
    this.end = end;
    this.speaker = speaker;
    this.report = report;
    this.lent = lent;
  }
}
