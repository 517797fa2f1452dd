package org.actorgraph.quotes;

import java.util.Locale;
import org.actorgraph.model.Statement.Kind;
import org.actorgraph.nlp.AnnotatedText.Sentence;

/** Report rule: SPEAKER said (that) CLAUSE. */
final class SaidThat implements ReportRule {
  /** The rule name in statements.rule. */
  static final String RULE = "said-that";

  @Override
  public Outcome at(Doc d, Sentence s, int ti) {
    return ReportedSpeech.reportCue(d, s, ti) && reportedAfter(d, s, ti)
        ? Outcome.AFTER_STATEMENT : Outcome.NO_MATCH;
  }

  /** SPEAKER said (that) CLAUSE. */
  static boolean reportedAfter(Doc d, Sentence s, int ti) {
    // "Alvarez voted against the plan and said she …": the subject of a coordinated verb too
    // "…, saying the plan …": a participle takes the main clause's subject
    boolean passive = Grammar.passive(s, ti);
    Speaker sp;
    if (passive) {
      // "Some aides are said to be pressing …", "it was reported by the Ledger that …": the
      // subject is what is said; the speaker is the agent after "by", or nobody
      sp = ti + 2 < s.size() && s.tokens[ti + 1].equalsIgnoreCase("by") ? NpSpeaker.speakerAfter(d, s, ti + 2) : null;
    } else {
      boolean participle = s.tokens[ti].toLowerCase(Locale.ROOT).endsWith("ing");
      if (participle && !Tags.hasWordBefore(s, ti) && !(ti + 1 < s.size() && s.tokens[ti + 1].equalsIgnoreCase("that")
          && Tags.hasVerb(s, ti + 2, Grammar.nextComma(s, ti + 2)))) {
        return false; // "Recalling that moment, Axelrod said …": only "Promising that …, Bolton said" reports
      }
      sp = participle ? VerbSubject.verbSpeaker(d, s, ti, d.verbs.lookup(s.tokens[ti])) : VerbSubject.subjectOf(d, s, ti);
      if (sp == null) {
        return false;
      }
      int spTok = s.tokenAt(sp.begin);
      if (ti + 1 < s.size() && s.tokens[ti + 1].equals(",") && spTok >= 3 && s.tokens[spTok - 1].equals(",")) {
        return false; // "No name change, he said, would alter that": the clause is around the cue
      }
    }
    int from = ti + 1;
    if (passive && sp != null) {
      from = Math.max(from, s.tokenAt(sp.end));
    }
    int[] clause = Clauses.clauseAfter(d, s, from);
    if (clause == null || d.quotedShare(clause[0], clause[1]) > 0.5) {
      return false;
    }
    Cue cue = new Cue(s.index, ti, ti + 1, s.tokenBegin[ti], s.tokenEnd[ti], sp, true);
    d.claims.claimCue(cue.begin, RULE);
    Kind kind = d.quotedShare(clause[0], clause[1]) > 0 ? Kind.PARTIAL : Kind.INDIRECT;
    d.statement(kind, clause[0], clause[1], s.index, cue, sp, sp == null ? Confidence.SAID_THAT_NO_SPEAKER
        : sp.confidence - Confidence.SAID_THAT_DROP, RULE);
    return true;
  }
}
