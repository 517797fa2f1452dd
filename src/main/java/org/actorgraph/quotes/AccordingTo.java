package org.actorgraph.quotes;

import org.actorgraph.model.Statement.Kind;
import org.actorgraph.nlp.AnnotatedText.Sentence;

/** Report rule: According to SPEAKER, CLAUSE. / CLAUSE, according to SPEAKER. */
final class AccordingTo implements ReportRule {
  /** The rule name in statements.rule. */
  static final String RULE = "according-to";

  @Override
  public Outcome at(Doc d, Sentence s, int ti) {
    if (!s.tokens[ti].equalsIgnoreCase("according") || ti + 1 >= s.size()
        || !s.tokens[ti + 1].equalsIgnoreCase("to")) {
      return Outcome.NO_MATCH;
    }
    return accordingTo(d, s, ti) ? Outcome.NEXT_SENTENCE : Outcome.NEXT_TOKEN;
  }

  /** According to SPEAKER, CLAUSE. / CLAUSE, according to SPEAKER. */
  static boolean accordingTo(Doc d, Sentence s, int ti) {
    Speaker sp = NpSpeaker.speakerAfter(d, s, ti + 2);
    if (sp == null) {
      return false;
    }
    int b;
    int e;
    int spEnd = s.tokenAt(sp.end);
    if (ti == 0 || (ti == 1 && !Tags.isWordTag(s.pos[0]))) {
      int comma = Grammar.nextComma(s, spEnd);
      if (comma >= s.size() - 2) {
        return false;
      }
      b = s.tokenBegin[comma + 1];
      e = s.tokenEnd[Tags.lastWord(s)];
    } else if (s.tokens[ti - 1].equals(",") && ti - 1 >= 3) {
      b = s.tokenBegin[0];
      e = s.tokenEnd[ti - 2];
    } else if (ti >= 4 && !Tags.hasVerb(s, spEnd, s.size()) && Tags.hasVerb(s, 0, ti)) {
      // "Alvarez leads by 88 votes according to a tally kept by the party."
      b = s.tokenBegin[0];
      e = s.tokenEnd[ti - 1];
    } else if (s.tokens[ti - 1].equals(",") && spEnd < s.size() && s.tokens[spEnd].equals(",")
        && Tags.lastWord(s) - spEnd >= 3 && Tags.hasVerb(s, spEnd + 1, Tags.lastWord(s) + 1)) {
      // "Ticket sales, according to the organisers, have doubled": the sentence around the insertion
      b = s.tokenBegin[0];
      e = s.tokenEnd[Tags.lastWord(s)];
    } else {
      return false;
    }
    if (e <= b || Text.wordCount(d.t, b, e) < 3 || d.quotedShare(b, e) > 0.5) {
      return false;
    }
    Cue cue = new Cue(s.index, ti, ti + 2, s.tokenBegin[ti], s.tokenEnd[ti + 1], sp, true);
    d.claims.claimCue(cue.begin, RULE);
    Kind kind = d.quotedShare(b, e) > 0 ? Kind.PARTIAL : Kind.INDIRECT;
    d.statement(kind, b, e, s.index, cue, sp, sp.confidence - Confidence.ACCORDING_TO_DROP, RULE);
    return true;
  }
}
