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

  static @Nullable Cue cueForQuote(
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
          dist += 8; // “…,” he said after the quotation names the speaker better than a colon before it
        }
        if (c.begin >= last.close && ti > 0 && Words.COORD.contains(s.tokens[ti - 1].toLowerCase(Locale.ROOT))) {
          dist += 60; // "called it “careless,” but said …": a new clause, not the quotation's cue
        }
        if (c.begin >= first.open && c.end <= last.close) {
          dist = 0; // between two parts of one quote: "…," he said, "…"
        }
        if (embedded && k == si && c.end <= first.open) {
          dist /= 10; // "X, who calls him a “spender,” said …": the quote is the earlier verb's
        }
        if (dist < bestDist) {
          best = c;
          bestDist = dist;
        }
      }
    }
    if (best != null) {
      Cue outer = outerReport(d, d.sents.get(si), best, first, last);
      return outer != null ? outer.as("quote-outer-report") : best.as("quote-same-sentence");
    }
    // “Why would they?” Becker said. — the sentence detector often ends the sentence
    // at the closing mark; the cue opens the next sentence (or the one after "Mrs.")
    Sentence lastS = d.sents.get(lastSi);
    Sentence firstS = d.sents.get(si);
    boolean ownSentence = Text.wordCount(d.t, firstS.begin, first.open) == 0;
    for (int k = lastSi + 1; ownSentence && k < Math.min(d.sents.size(), lastSi + 3); k++) {
      Sentence s = d.sents.get(k);
      if (s.paragraph != lastS.paragraph) {
        break;
      }
      for (int ti = 0; ti < s.size(); ti++) {
        if (d.quoted[s.tokenBegin[ti]]) {
          return null;
        }
        if (Text.wordCount(d.t, last.close, s.tokenBegin[ti]) > 12) {
          return null; // “…?” Tom Becker, the chairman of the county board, said
        }
        if (!d.claims.cueClaimed(s.tokenBegin[ti]) && d.verbs.lookup(s.tokens[ti]) != null) {
          Cue c = Cues.cueAt(d, s, ti, first, last);
          if (c != null && c.speaker != null) {
            return c.as("quote-next-sentence");
          }
        }
      }
    }
    // “…” ¶ — Hillary Clinton: a signature paragraph after the quotation
    if (ownSentence && lastSi + 1 < d.sents.size()) {
      Sentence sig = d.sents.get(lastSi + 1);
      if (sig.paragraph == lastS.paragraph + 1 && sig.size() >= 2 && Words.DASHES.contains(sig.tokens[0])
          && Text.wordCount(d.t, sig.begin, sig.end) <= 8 && d.fillsParagraph(first)) {
        Speaker sp = NpSpeaker.speakerAfter(d, sig, 1);
        if (sp != null) {
          return new Cue(sig.index, 0, 1, sig.tokenBegin[0], sig.tokenEnd[0], sp, false).as("quote-signature");
        }
      }
    }
    // "He said:" closing the previous sentence of the paragraph
    if (si > 0) {
      Sentence prev = d.sents.get(si - 1);
      if (prev.paragraph == first.paragraph || d.t.charAt(prev.end - 1) == ':') {
        String lastTok = prev.tokens[prev.size() - 1];
        if (lastTok.equals(":") || lastTok.equals(",")) {
          for (int ti = prev.size() - 2; ti >= 0; ti--) {
            Cue c = Cues.cueAt(d, prev, ti, first, last);
            if (c != null && !d.claims.cueClaimed(c.begin)) {
              return c.as("quote-cue-before");
            }
          }
          // "Cruz called them on it:" / "Cruz continued:": the colon is the cue, the subject of
          // the last verb before it the speaker
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
                      .as("quote-colon-before");
                }
                break;
              }
            }
          }
        }
        // "Becker said in a statement. “There is no video …”": a cue with nothing to report
        // ends the sentence before the quotation opening its paragraph's next sentence
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
                    "quote-lent-cue");
              }
              break;
            }
          }
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
