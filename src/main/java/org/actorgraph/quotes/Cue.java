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
  /** How the cue finder found it for a quotation (quote-same-sentence, ...); null elsewhere. */
  final @Nullable String rule;

  Cue(int sentence, int tokBegin, int tokEnd, int begin, int end, @Nullable Speaker speaker,
      boolean report) {
    this(sentence, tokBegin, tokEnd, begin, end, speaker, report, false, null);
  }

  Cue(int sentence, int tokBegin, int tokEnd, int begin, int end, @Nullable Speaker speaker,
      boolean report, boolean lent, @Nullable String rule) {
    this.sentence = sentence;
    this.tokBegin = tokBegin;
    this.tokEnd = tokEnd;
    this.begin = begin;
    this.end = end;
    this.speaker = speaker;
    this.report = report;
    this.lent = lent;
    this.rule = rule;
  }

  /** The same cue, marked with the cue finder's rule that found it. */
  Cue as(String foundBy) {
    return new Cue(sentence, tokBegin, tokEnd, begin, end, speaker, report, lent, foundBy);
  }
}
