package org.actorgraph.quotes;

import java.util.Locale;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Whether one token is a cue (speech verb, "according to", a colon before a quotation, a dash
 * after one), with its speaker.
 */
final class Cues {
  private Cues() {}

  /** The cue at token {@code ti}, with its speaker, or null if the token is no cue. */
  static @Nullable Cue cueAt(Doc d, Sentence s, int ti, QuoteSpans.Span first, QuoteSpans.Span last) {
    String tok = s.tokens[ti];
    String low = tok.toLowerCase(Locale.ROOT);
    SpeechVerbs.Verb v = d.verbs.lookup(tok);
    boolean hyphenated = s.tokenBegin[ti] > 0 && d.t.charAt(s.tokenBegin[ti] - 1) == '-'; // so-called
    if (v != null && (Tags.isVerbTag(s.pos[ti]) || Grammar.mistaggedVerb(d, s, ti)) && !hyphenated
        && !Grammar.adjectivalParticiple(s, ti) && !Grammar.possessed(s, ti)) {
      Speaker sp = VerbSubject.verbSpeaker(d, s, ti, v);
      return new Cue(s.index, ti, ti + 1, s.tokenBegin[ti], s.tokenEnd[ti], sp,
          v.use == SpeechVerbs.Use.REPORT);
    }
    if (low.equals("according") && ti + 1 < s.size() && s.tokens[ti + 1].equalsIgnoreCase("to")) {
      Speaker sp = NpSpeaker.speakerAfter(d, s, ti + 2);
      return new Cue(s.index, ti, ti + 2, s.tokenBegin[ti], s.tokenEnd[ti + 1], sp, true);
    }
    if (tok.equals(":") && s.tokenEnd[ti] <= first.open && Text.onlySpaceBetween(d.t, s.tokenEnd[ti], first.open)) {
      Speaker sp = colonSpeaker(d, s, ti);
      if (sp != null) {
        return new Cue(s.index, ti, ti + 1, s.tokenBegin[ti], s.tokenEnd[ti], sp, false);
      }
    }
    if (Words.DASHES.contains(tok) && s.tokenBegin[ti] >= last.close
        && Text.onlySpaceBetween(d.t, last.close, s.tokenBegin[ti])) {
      Speaker sp = NpSpeaker.speakerAfter(d, s, ti + 1);
      if (sp != null) {
        return new Cue(s.index, ti, ti + 1, s.tokenBegin[ti], s.tokenEnd[ti], sp, false);
      }
    }
    return null;
  }

  /**
   * The speaker of "…: “quote”". "Becker: “…”" is the phrase before the colon when it opens the
   * clause; in "Mr. Becker told a radio station: “…”" or "Alvarez issued a statement: “…”"
   * the phrase is an object and the speaker is the subject of the clause's verb. A speech verb
   * there is a better cue than the colon: null, so that it is taken.
   */
  static @Nullable Speaker colonSpeaker(Doc d, Sentence s, int colon) {
    boolean[] blocked = d.blocked(s);
    SubjectFinder.Np np = NounPhrases.npEndingAt(s, colon - 1, blocked);
    if (np != null && (np.begin == 0 || blocked[np.begin - 1] || !Tags.isWordTag(s.pos[np.begin - 1]))) {
      return NpSpeaker.fromNp(d, s, np, false);
    }
    for (int v = colon - 1; v >= 0 && !blocked[v]; v--) {
      if (!s.pos[v].equals("VERB")) {
        continue;
      }
      if (d.verbs.lookup(s.tokens[v]) != null) {
        return null;
      }
      SubjectFinder.Np subj = SubjectFinder.before(s, v, blocked);
      if (subj != null && subj.relative >= 0 && !s.tokens[subj.relative].equalsIgnoreCase("who")) {
        continue; // "answered with a line his rival might have used …:": the main verb's subject
      }
      return VerbSubject.subjectOf(d, s, v);
    }
    return NpSpeaker.speakerBefore(d, s, colon);
  }
}
