package org.actorgraph.quotes;

import java.util.Locale;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The cue of a quotation: the nearest cue in its sentences, else the next sentence, a signature
 * line, the sentence before (a colon, a lent cue); then the report around it.
 */
final class CueFinder {
  private CueFinder() {}

  /** Rule names in statements.rule, one for each way a quotation's cue is found. */
  static final String SAME_SENTENCE = "quote-same-sentence";
  static final String OUTER_REPORT = "quote-outer-report";
  static final String NEXT_SENTENCE = "quote-next-sentence";
  static final String SIGNATURE = "quote-signature";
  static final String CUE_BEFORE = "quote-cue-before";
  static final String COLON_BEFORE = "quote-colon-before";
  static final String LENT_CUE = "quote-lent-cue";

  // How a cue in the quotation's own sentences is chosen: the nearest by characters to the
  // quotation, with these adjustments (all in one place, as tuned on the PolNeAR train part).
  /** “…,” he said after the quotation names the speaker better than a colon before it. */
  static final int COLON_BEFORE_PENALTY = 8;
  /** "called it “careless,” but said …": a cue after "and"/"but" opens a new clause. */
  static final int NEW_CLAUSE_PENALTY = 60;
  /** "X, who calls him a “spender,” said …": a quotation inside a phrase is the earlier verb's. */
  static final int EMBEDDED_DIVISOR = 10;

  /** The next-sentence search ran into a quotation or too many words: no cue at all. */
  private static final Cue STOP = new Cue(-1, -1, -1, -1, -1, null, false);

  /**
   * The cue of the quotation [first, last] (sentences si to lastSi), tried in order: the nearest
   * in its own sentences (or the report around that one), the next sentence, a signature
   * paragraph, the end of the sentence before. Null when none is found.
   */
  static @Nullable Cue cueForQuote(
      Doc d, int si, int lastSi, QuoteSpans.Span first, QuoteSpans.Span last) {
    Cue best = sameSentence(d, si, lastSi, first, last);
    if (best != null) {
      Cue outer = outerReport(d, d.sents.get(si), best, first, last);
      return outer != null ? outer.as(OUTER_REPORT) : best.as(SAME_SENTENCE);
    }
    boolean ownSentence = Text.wordCount(d.t, d.sents.get(si).begin, first.open) == 0;
    Cue next = nextSentence(d, lastSi, first, last, ownSentence);
    if (next == STOP) {
      return null;
    }
    if (next != null) {
      return next;
    }
    Cue sig = signature(d, lastSi, first, ownSentence);
    if (sig != null) {
      return sig;
    }
    // "He said:" / "Cruz continued:" / "X said in a statement." closing the sentence before
    if (si > 0) {
      Sentence prev = d.sents.get(si - 1);
      if (prev.paragraph == first.paragraph || d.t.charAt(prev.end - 1) == ':') {
        String lastTok = prev.tokens[prev.size() - 1];
        if (lastTok.equals(":") || lastTok.equals(",")) {
          Cue c = cueBefore(d, prev, first, last);
          if (c == null && lastTok.equals(":")) {
            c = colonBefore(d, prev, first);
          }
          return c;
        }
        if (lastTok.equals(".")) {
          return lentCue(d, prev, first, last, ownSentence);
        }
      }
    }
    return null;
  }

  /** The nearest free cue in the quotation's own sentences, by adjusted distance. */
  private static @Nullable Cue sameSentence(
      Doc d, int si, int lastSi, QuoteSpans.Span first, QuoteSpans.Span last) {
    Cue best = null;
    int bestDist = Integer.MAX_VALUE;
    boolean embedded = QuoteShape.embeddedQuote(d, si, first);
    for (int k = si; k <= lastSi; k++) {
      Sentence s = d.sents.get(k);
      for (int ti = 0; ti < s.size(); ti++) {
        if (d.quoted[s.tokenBegin[ti]] || d.claims.cueClaimed(s.tokenBegin[ti])) {
          continue;
        }
        Cue c = Cues.cueAt(d, s, ti, first, last);
        if (c == null) {
          continue;
        }
        int dist = Math.min(Math.abs(c.begin - last.close), Math.abs(first.open - c.end));
        if (s.tokens[ti].equals(":")) {
          dist += COLON_BEFORE_PENALTY;
        }
        if (c.begin >= last.close && ti > 0 && Words.COORD.contains(s.tokens[ti - 1].toLowerCase(Locale.ROOT))) {
          dist += NEW_CLAUSE_PENALTY;
        }
        if (c.begin >= first.open && c.end <= last.close) {
          dist = 0; // between two parts of one quote: "…," he said, "…"
        }
        if (embedded && k == si && c.end <= first.open) {
          dist /= EMBEDDED_DIVISOR;
        }
        if (dist < bestDist) {
          best = c;
          bestDist = dist;
        }
      }
    }
    return best;
  }

  /**
   * “Why would they?” Becker said. — the sentence detector often ends the sentence at the
   * closing mark; the cue opens the next sentence (or the one after "Mrs."). STOP when a
   * quotation or more than 12 words come first.
   */
  private static @Nullable Cue nextSentence(
      Doc d, int lastSi, QuoteSpans.Span first, QuoteSpans.Span last, boolean ownSentence) {
    Sentence lastS = d.sents.get(lastSi);
    for (int k = lastSi + 1; ownSentence && k < Math.min(d.sents.size(), lastSi + 3); k++) {
      Sentence s = d.sents.get(k);
      if (s.paragraph != lastS.paragraph) {
        break;
      }
      for (int ti = 0; ti < s.size(); ti++) {
        if (d.quoted[s.tokenBegin[ti]]) {
          return STOP;
        }
        if (Text.wordCount(d.t, last.close, s.tokenBegin[ti]) > 12) {
          return STOP; // “…?” Tom Becker, the chairman of the county board, said
        }
        if (!d.claims.cueClaimed(s.tokenBegin[ti]) && d.verbs.lookup(s.tokens[ti]) != null) {
          Cue c = Cues.cueAt(d, s, ti, first, last);
          if (c != null && c.speaker != null) {
            return c.as(NEXT_SENTENCE);
          }
        }
      }
    }
    return null;
  }

  /** “…” ¶ — Hillary Clinton: a signature paragraph after the quotation. */
  private static @Nullable Cue signature(Doc d, int lastSi, QuoteSpans.Span first, boolean ownSentence) {
    Sentence lastS = d.sents.get(lastSi);
    if (ownSentence && lastSi + 1 < d.sents.size()) {
      Sentence sig = d.sents.get(lastSi + 1);
      if (sig.paragraph == lastS.paragraph + 1 && sig.size() >= 2 && Words.DASHES.contains(sig.tokens[0])
          && Text.wordCount(d.t, sig.begin, sig.end) <= 8 && d.fillsParagraph(first)) {
        Speaker sp = NpSpeaker.speakerAfter(d, sig, 1);
        if (sp != null) {
          return new Cue(sig.index, 0, 1, sig.tokenBegin[0], sig.tokenEnd[0], sp, false).as(SIGNATURE);
        }
      }
    }
    return null;
  }

  /** "He said:" / "He said," closing the sentence before: a cue there. */
  private static @Nullable Cue cueBefore(Doc d, Sentence prev, QuoteSpans.Span first, QuoteSpans.Span last) {
    for (int ti = prev.size() - 2; ti >= 0; ti--) {
      Cue c = Cues.cueAt(d, prev, ti, first, last);
      if (c != null && !d.claims.cueClaimed(c.begin)) {
        return c.as(CUE_BEFORE);
      }
    }
    return null;
  }

  /**
   * "Cruz called them on it:" / "Cruz continued:": the colon is the cue, the subject of the last
   * verb before it the speaker.
   */
  private static @Nullable Cue colonBefore(Doc d, Sentence prev, QuoteSpans.Span first) {
    String lastTok = prev.tokens[prev.size() - 1];
    if (lastTok.equals(":") && Text.onlySpaceBetween(d.t, prev.tokenEnd[prev.size() - 1], first.open)) {
      for (int ti = prev.size() - 2; ti >= 0; ti--) {
        if (d.quoted[prev.tokenBegin[ti]]) {
          break;
        }
        if (Tags.isVerbTag(prev.pos[ti]) && !prev.pos[ti].equals("AUX")
            && !(ti > 0 && prev.pos[ti - 1].equals("DET"))) { // "the following statement:"
          Speaker sp = NpSpeaker.speakerBefore(d, prev, ti);
          if (sp != null) {
            int ci = prev.size() - 1;
            return new Cue(prev.index, ci, ci + 1, prev.tokenBegin[ci], prev.tokenEnd[ci], sp, false)
                .as(COLON_BEFORE);
          }
          break;
        }
      }
    }
    return null;
  }

  /**
   * "Becker said in a statement. “There is no video …”": a cue with nothing to report ends the
   * sentence before the quotation opening its paragraph's next sentence.
   */
  private static @Nullable Cue lentCue(
      Doc d, Sentence prev, QuoteSpans.Span first, QuoteSpans.Span last, boolean ownSentence) {
    String lastTok = prev.tokens[prev.size() - 1];
    if (lastTok.equals(".") && prev.paragraph == first.paragraph && ownSentence
        && Text.onlySpaceBetween(d.t, prev.end, first.open) && d.quotedShare(prev.begin, prev.end) == 0
        && !(d.precededByQuote(prev.begin) && prev.index > 0 && d.sents.get(prev.index - 1).paragraph == prev.paragraph)) {
      for (int ti = prev.size() - 2; ti >= 1; ti--) {
        boolean speech = d.verbs.lookup(prev.tokens[ti]) != null;
        if (d.quoted[prev.tokenBegin[ti]] || Tags.isVerbTag(prev.pos[ti]) && !speech) {
          break;
        }
        if (speech) {
          Cue c = Cues.cueAt(d, prev, ti, first, last);
          if (c != null && c.speaker != null && !d.claims.cueClaimed(c.begin) && Clauses.clauseAfter(d, prev, ti + 1) == null
              && !Tags.hasVerb(prev, ti + 1, prev.size())) {
            // "Trump is no conservative, he said. “He's a liberal!”": the cue stays free to
            // report the clause before it too
            return new Cue(c.sentence, c.tokBegin, c.tokEnd, c.begin, c.end, c.speaker, c.report, true,
                LENT_CUE);
          }
          break;
        }
      }
    }
    return null;
  }

  /**
   * The speech verb whose reported clause holds both the quotation and the nearer cue found for
   * it: in "He said the platform, which some have argued for, must be “bold.”" the quotation is
   * what he said, not what some argued. Null when there is none.
   */
  static @Nullable Cue outerReport(Doc d, Sentence s, Cue inner, QuoteSpans.Span first, QuoteSpans.Span last) {
    if (inner.sentence != s.index || inner.end > first.open) {
      return null;
    }
    if (inner.speaker != null && inner.speaker.actorId != null && s.tokenAt(first.open) - inner.tokEnd <= 3
        && !Tags.hasVerb(s, inner.tokEnd, s.tokenAt(first.open))) {
      return null; // "… only to have her ask, “…?”", "Clinton called him “…”": a nested speaker's own words
    }
    for (int ti = 0; ti < s.size() && s.tokenEnd[ti] <= inner.begin; ti++) {
      if (d.quoted[s.tokenBegin[ti]] || d.claims.cueClaimed(s.tokenBegin[ti])) {
        continue;
      }
      SpeechVerbs.Verb v = d.verbs.lookup(s.tokens[ti]);
      if (v == null || v.use != SpeechVerbs.Use.REPORT || !Tags.isVerbTag(s.pos[ti]) || Grammar.passive(s, ti)) {
        continue;
      }
      if (ti > 0 && s.tokens[ti - 1].equalsIgnoreCase("to")) {
        continue; // "before Sanders took the stage to acknowledge his victory, his campaign …"
      }
      Cue c = Cues.cueAt(d, s, ti, first, last);
      if (c == null || c.speaker == null || c.speaker.end > inner.begin) {
        continue;
      }
      int spTok = s.tokenAt(c.speaker.begin);
      if (ti + 1 < s.size() && s.tokens[ti + 1].equals(",") && spTok > 0 && s.tokens[spTok - 1].equals(",")) {
        continue; // "CNN, Cruz said, called it “…”": the cue is an insertion, the clause around it
      }
      int[] clause = Clauses.clauseAfter(d, s, ti + 1);
      if (clause != null && clause[0] <= inner.begin && clause[1] >= last.end && !Tags.startsWithVerb(s, clause[0])) {
        return c;
      }
    }
    return null;
  }
}
