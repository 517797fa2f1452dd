package org.actorgraph.quotes;

import java.util.Locale;
import org.actorgraph.nlp.AnnotatedText.Sentence;

/**
 * Statement pass: reported speech, sentence by sentence and token by token, trying the report
 * rules in order.
 */
final class ReportedSpeech {
  private ReportedSpeech() {}

  static void reportedSpeech(Doc d) {
    for (Sentence s : d.sents) {
      if (s.paragraph == d.headlineParagraph || d.isCaption(s.paragraph)) {
        continue;
      }
      for (int ti = 0; ti < s.size(); ti++) {
        int at = s.tokenBegin[ti];
        if (d.quoted[at] || d.claims.cueClaimed(at)) {
          continue;
        }
        String low = s.tokens[ti].toLowerCase(Locale.ROOT);
        if (low.equals("according") && ti + 1 < s.size() && s.tokens[ti + 1].equalsIgnoreCase("to")) {
          if (AccordingTo.accordingTo(d, s, ti)) {
            break;
          }
          continue;
        }
        SpeechVerbs.Verb v = d.verbs.lookup(s.tokens[ti]);
        boolean object = Words.OBJECT_VERBS.contains(low) && s.pos[ti].equals("VERB");
        if ((v == null || v.use != SpeechVerbs.Use.REPORT || !Tags.isVerbTag(s.pos[ti])) && !object
            || Grammar.adjectivalParticiple(s, ti)) {
          continue;
        }
        if (v != null && v.use == SpeechVerbs.Use.REPORT && SaidThat.reportedAfter(d, s, ti)
            || object && ObjectStatements.objectStatement(d, s, ti)) {
          // go on after the statement: a second speech verb after the clause ("…, insisting that
          // …", "Becker called the handling “careless,” but said …") may start another
          ti = Math.max(ti, s.tokenAt(d.claims.last().end) - 1);
          continue;
        }
        if (v != null && v.use == SpeechVerbs.Use.REPORT && ClauseThenCue.reportedBefore(d, s, ti)) {
          break; // the clause before the cue is the whole sentence
        }
      }
    }
  }
}
