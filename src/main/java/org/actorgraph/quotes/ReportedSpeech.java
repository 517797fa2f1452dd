package org.actorgraph.quotes;

import java.util.List;
import org.actorgraph.nlp.AnnotatedText.Sentence;

/**
 * Statement pass: reported speech, sentence by sentence and token by token; at each token that is
 * not quoted and not a claimed cue, the report rules are tried in order.
 */
final class ReportedSpeech implements StatementPass {

  /** The report rules, in the order they are tried at a token. */
  static final List<ReportRule> RULES =
      List.of(new AccordingTo(), new SaidThat(), new ObjectStatements(), new ClauseThenCue());

  @Override
  public String name() {
    return "reported-speech";
  }

  @Override
  public void run(Doc d) {
    for (Sentence s : d.sents) {
      if (s.paragraph == d.headlineParagraph || d.isCaption(s.paragraph)) {
        continue;
      }
      tokens:
      for (int ti = 0; ti < s.size(); ti++) {
        int at = s.tokenBegin[ti];
        if (d.quoted[at] || d.claims.cueClaimed(at)) {
          continue;
        }
        for (ReportRule rule : RULES) {
          ReportRule.Outcome o = rule.at(d, s, ti);
          if (o == ReportRule.Outcome.NO_MATCH) {
            continue;
          }
          if (o == ReportRule.Outcome.NEXT_SENTENCE) {
            break tokens;
          }
          if (o == ReportRule.Outcome.AFTER_STATEMENT) {
            // go on after the statement just made (the last one claimed): a second speech verb
            // after its clause ("…, insisting that …", "called the handling “careless,” but
            // said …") may start another
            ti = Math.max(ti, s.tokenAt(d.claims.last().end) - 1);
          }
          break;
        }
      }
    }
  }

  /** A speech verb that reports (not one used only beside quotation marks), tagged as a verb. */
  static boolean reportCue(Doc d, Sentence s, int ti) {
    SpeechVerbs.Verb v = d.verbs.lookup(s.tokens[ti]);
    return v != null && v.use == SpeechVerbs.Use.REPORT && Tags.isVerbTag(s.pos[ti])
        && !Grammar.adjectivalParticiple(s, ti);
  }
}
