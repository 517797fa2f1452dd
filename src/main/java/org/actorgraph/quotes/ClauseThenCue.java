package org.actorgraph.quotes;

import java.util.Locale;
import org.actorgraph.model.Statement.Kind;
import org.actorgraph.nlp.AnnotatedText.Sentence;

/** Report rule: CLAUSE, SPEAKER said. / CLAUSE, said SPEAKER. */
final class ClauseThenCue implements ReportRule {
  /** The rule name in statements.rule. */
  static final String RULE = "clause-then-cue";

  @Override
  public Outcome at(Doc d, Sentence s, int ti) {
    // the clause before the cue is the whole sentence
    return ReportedSpeech.reportCue(d, s, ti) && reportedBefore(d, s, ti)
        ? Outcome.NEXT_SENTENCE : Outcome.NO_MATCH;
  }

  /** CLAUSE, SPEAKER said. / CLAUSE, said SPEAKER. */
  static boolean reportedBefore(Doc d, Sentence s, int ti) {
    int comma = -1;
    Speaker sp = null;
    // CLAUSE , SPEAKER said .
    SubjectFinder.Np np = SubjectFinder.before(s, ti, d.blocked(s));
    Speaker before = np == null ? null : NpSpeaker.fromNp(d, s, np, false);
    if (before != null) {
      // the phrase's first token, not the name's: "…, Ms. Gedrich said"
      int k = Math.min(np.begin, s.tokenAt(before.begin)) - 1;
      if (k > 0 && s.tokens[k].equals(",")) {
        comma = k;
        sp = before;
      }
    }
    // CLAUSE , said SPEAKER .
    if (sp == null && ti > 0 && s.tokens[ti - 1].equals(",")) {
      Speaker after = NpSpeaker.speakerAfter(d, s, ti + 1);
      if (after != null) {
        comma = ti - 1;
        sp = after;
      }
    }
    if (sp == null || comma < 2) {
      return false;
    }
    boolean displaced = false;
    int b = s.tokenBegin[0];
    int e = s.tokenEnd[comma - 1];
    // what follows the speaker must close the sentence, or be the rest of the content:
    // "The plan, he said, will fail."
    int tail = Math.max(ti + 1, s.tokenAt(sp.end));
    int t2 = tail;
    while (t2 < s.size() && Words.TIME_WORDS.contains(s.tokens[t2].toLowerCase(Locale.ROOT))) {
      t2++;
    }
    int lw = Tags.lastWord(s);
    if (t2 < s.size() && s.tokens[t2].equals(",") && lw - t2 >= 3 && Tags.hasVerb(s, t2 + 1, lw + 1)
        && !d.quoted[s.tokenBegin[t2 + 1]]) {
      e = s.tokenEnd[lw];
      displaced = true;
    } else {
      for (int k = tail; k < s.size(); k++) {
        if (Tags.isWordTag(s.pos[k]) && !Words.TIME_WORDS.contains(s.tokens[k].toLowerCase(Locale.ROOT))) {
          if (k > tail + 6) {
            return false;
          }
        }
      }
    }
    boolean ok = displaced ? Tags.hasVerb(s, 0, lw + 1) : comma >= 3 && Text.wordCount(d.t, b, e) >= 3 && Tags.hasVerb(s, 0, comma);
    if (!ok || d.quotedShare(b, e) > 0.5) {
      return false;
    }
    Cue cue = new Cue(s.index, ti, ti + 1, s.tokenBegin[ti], s.tokenEnd[ti], sp, true);
    d.claims.claimCue(cue.begin, RULE);
    Kind kind = d.quotedShare(b, e) > 0 ? Kind.PARTIAL : Kind.INDIRECT;
    d.statement(kind, b, e, s.index, cue, sp, sp.confidence - Confidence.CLAUSE_THEN_CUE_DROP, RULE);
    return true;
  }
}
