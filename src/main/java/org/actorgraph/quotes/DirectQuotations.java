package org.actorgraph.quotes;

import java.util.List;
import org.actorgraph.model.Statement;
import org.actorgraph.model.Statement.Kind;
import org.actorgraph.nlp.AnnotatedText.Sentence;

/**
 * Statement pass: quotations by their marks (direct, partial, across paragraphs), each with its
 * cue and speaker, or the speaker carried over from the previous statement.
 */
final class DirectQuotations implements StatementPass {
  /** Rule names in statements.rule; a quotation with a cue takes the cue finder's rule. */
  static final String NO_CUE = "quote-no-cue";
  static final String CONTINUED = "quote-continued";

  @Override
  public String name() {
    return "quotations";
  }

  @Override
  public void run(Doc d) {
    directQuotes(d);
  }

  static void directQuotes(Doc d) {
    Statement previous = null;
    int i = 0;
    while (i < d.quotes.size()) {
      // a multi-paragraph quote is one statement
      int j = i + 1;
      while (j < d.quotes.size()
          && (d.quotes.get(j).continuation && !ownCueAfter(d, d.quotes.get(j))
              || QuoteShape.splitByCue(d, d.quotes.get(j - 1), d.quotes.get(j))
              && !QuoteShape.looksLikeTitle(d, d.quotes.get(j), d.quotes.get(j), null))) {
        j++;
      }
      List<QuoteSpans.Span> parts = d.quotes.subList(i, j);
      QuoteSpans.Span first = d.quotes.get(i);
      QuoteSpans.Span last = d.quotes.get(j - 1);
      i = j;
      if (first.paragraph == d.headlineParagraph || d.isCaption(first.paragraph)) {
        continue;
      }
      int si = d.at.sentenceAt(first.begin);
      if (si < 0) {
        continue;
      }
      Sentence s = d.sents.get(si);
      int lastSi = Math.max(si, d.at.sentenceAt(Math.max(last.begin, last.end - 1)));
      Cue cue = CueFinder.cueForQuote(d, si, lastSi, first, last);
      boolean direct = QuoteShape.looksDirect(d, first, last, s);
      int words = Text.wordCount(d.t, first.begin, last.end);
      if (QuoteShape.looksLikeTitle(d, first, last, s) && (cue == null || words <= 5)) {
        continue; // “Make America Great Again”, “Good Morning America”
      }
      if (cue == null) {
        if (!direct || words < 4 || QuoteShape.titleCase(d, first.begin, last.end)) {
          continue; // scare quotes, titles, nicknames, “Orange Is the New Black.”
        }
        if (d.claims.covered(first.open, last.end)) {
          continue; // the second partial quote of a reported clause already taken whole
        }
        // a quote filling its paragraph continues the previous speaker's quote
        // (or a quote in the same paragraph as the previous statement, after it)
        Speaker carried = null;
        int prevPara = previous == null ? -1 : d.paragraphOf(previous.begin);
        if (previous != null && previous.speakerBegin >= 0
            && (d.fillsParagraph(first) && prevPara == first.paragraph - 1
                || prevPara == first.paragraph
                || prevPara == first.paragraph - 1 && !d.personNamedBetween(previous.end, first.open))) {
          if (continuesStatement(d, previous, first)) {
            // “A,” said X, the author of … ¶ “B.”: one statement, as multi-part quotes are
            StringBuilder text = new StringBuilder(previous.text);
            for (QuoteSpans.Span q : parts) {
              text.append(Statement.PART_SEPARATOR).append(d.t, q.begin, q.end);
            }
            previous = Statements.extended(previous, last.end, text.toString(), CONTINUED);
            d.claims.replaceLast(previous);
            continue;
          }
          carried = new Speaker(previous.speakerBegin, previous.speakerEnd,
              previous.speakerSurface, previous.actorId, previous.speakerName, Confidence.CARRIED,
              "carried");
        }
        if (carried == null) {
          carried = CarriedSpeaker.speakerOfPrecedingSpeech(d, si, first);
        }
        if (carried == null && d.fillsParagraph(first)) {
          carried = CarriedSpeaker.subjectOfPrecedingParagraph(d, si, first);
        }
        if (carried == null && !d.fillsParagraph(first)) {
          carried = CarriedSpeaker.personSubject(d, s, first);
        }
        d.parts = parts;
        previous = d.statement(direct ? Kind.DIRECT : Kind.PARTIAL, first.begin, last.end, si,
            null, carried, carried == null ? Confidence.QUOTE_NO_CUE
                : Math.min(Confidence.CARRIED, carried.confidence), NO_CUE);
        d.parts = null;
        continue;
      }
      if (QuoteShape.namedWork(d, s, first) && QuoteShape.titleCase(d, first.begin, last.end)) {
        continue; // "in his 2012 book, “An American Son.”": a title, whatever cue is near
      }
      if (cue.speaker == null && d.claims.covered(first.open, last.end)) {
        continue; // the second quotation of a reported clause already taken whole, not "to say"'s
      }
      d.claims.claimQuoteCue(cue, cue.rule);
      Kind kind = direct ? Kind.DIRECT : Kind.PARTIAL;
      int begin = first.begin;
      int end = last.end;
      if (cue.report && cue.sentence == si && cue.tokEnd <= s.tokenAt(first.open)
          && (!direct || QuoteShape.speechVerbBetween(d, s, cue.tokEnd, s.tokenAt(first.open)))) {
        // "He said the plan was "a disaster" and would fail": the reported clause is the content,
        // also when another speech verb stands between ("He said the bill that some call “…”")
        int[] clause = Clauses.clauseAfter(d, s, cue.tokEnd);
        if (clause != null && clause[0] <= first.open && clause[1] >= last.end) {
          begin = clause[0];
          end = clause[1];
          if (begin < first.open) {
            kind = Kind.PARTIAL;
          }
        }
      }
      d.parts = begin == first.begin && end == last.end ? parts : null;
      previous = d.statement(kind, begin, end, si, cue, cue.speaker,
          cue.speaker == null ? Confidence.QUOTE_NO_SPEAKER : cue.speaker.confidence, cue.rule);
      d.parts = null;
    }
  }

  /**
   * A paragraph continuing an open quotation that names its own speaker right after its first
   * closing mark (“… closed. ¶ “And the shops are empty,” he said with a sigh.): a new
   * statement, as the reader takes it.
   */
  static boolean ownCueAfter(Doc d, QuoteSpans.Span q) {
    if (!q.closed) {
      return false;
    }
    int si = d.at.sentenceAt(Math.max(q.begin, q.end - 1));
    if (si < 0) {
      return false;
    }
    Sentence s = d.sents.get(si);
    int k = s.tokenAt(q.close) + 1;
    for (int n = 0; k < s.size() && n < 4; k++, n++) {
      if (d.quoted[s.tokenBegin[k]]) {
        return false;
      }
      if (QuoteShape.speechVerb(d, s, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A cue-less quotation that goes on with the direct quotation just before it: that quotation
   * is the last statement and only its cue clause stands between them (at most 30 words, no
   * other quotation but short titles: “A,” said Becker, the author of “Open Roads.” ¶
   * “B.”). PolNeAR, like the reader, takes such a run as one statement.
   */
  static boolean continuesStatement(Doc d, Statement previous, QuoteSpans.Span first) {
    if (previous.kind != Kind.DIRECT || d.claims.last() != previous
        || previous.cueBegin < 0 || previous.end > first.open) {
      return false;
    }
    int from = Math.max(previous.end, previous.cueEnd);
    if (Text.wordCount(d.t, from, first.open) > 30) {
      return false;
    }
    for (QuoteSpans.Span q : d.quotes) {
      if (q.open >= from && q.close <= first.open && Text.wordCount(d.t, q.begin, q.end) > 5) {
        return false;
      }
    }
    // no sentence of its own in between ("… said. The talks went on. ¶ “B.”")
    for (Sentence s : d.sents) {
      if (s.begin > from && s.begin < first.open && !d.quoted[s.begin] && !d.afterAbbreviation(s)) {
        for (int k = 0; k < s.size(); k++) {
          if (s.tokenBegin[k] < first.open && !d.quoted[s.tokenBegin[k]] && Tags.isVerbTag(s.pos[k])) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
