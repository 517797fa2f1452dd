package org.actorgraph.quotes;

import java.util.Locale;
import org.actorgraph.model.Mention;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.actorgraph.model.EntityType;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Speaker sieve for quotations with no cue: the speaker of the speech just before, the subject of
 * the previous paragraph, the person the sentence is about.
 */
final class CarriedSpeaker {
  private CarriedSpeaker() {}

  /**
   * A quotation with no cue of its own right after reported speech ("Trump said he would win.
   * “We're going to …”"): the speaker of the last speech verb of the preceding sentences of its
   * paragraph, or of the previous paragraph's last sentence, when no other person is named since.
   */
  static @Nullable Speaker speakerOfPrecedingSpeech(Doc d, int si, QuoteSpans.Span q) {
    for (int k = si - 1; k >= Math.max(0, si - 3); k--) {
      Sentence s = d.sents.get(k);
      if (s.paragraph < q.paragraph - 1 || s.paragraph == d.headlineParagraph) {
        return null;
      }
      for (int ti = s.size() - 1; ti >= 0; ti--) {
        if (d.quoted[s.tokenBegin[ti]]) {
          continue;
        }
        SpeechVerbs.Verb v = d.verbs.lookup(s.tokens[ti]);
        if (v == null || !Tags.isVerbTag(s.pos[ti])) {
          continue;
        }
        Speaker sp = VerbSubject.verbSpeaker(d, s, ti, v);
        if (sp == null || sp.actorId == null || d.personNamedBetween(sp.end, q.open)) {
          return null;
        }
        return new Speaker(sp.begin, sp.end, sp.surface, sp.actorId, sp.name, Confidence.PRECEDING_SPEECH,
            "preceding-speech");
      }
      if (s.paragraph != q.paragraph) {
        return null;
      }
    }
    return null;
  }

  /**
   * A quotation standing alone as a paragraph after a paragraph about a person ("Trump
   * speculated that the men could be terrorists. ¶ “Syrians are now …”"): that paragraph's
   * last sentence has the person as the subject of its main verb. A weak guess, marked so.
   */
  static @Nullable Speaker subjectOfPrecedingParagraph(Doc d, int si, QuoteSpans.Span q) {
    if (si < 1) {
      return null;
    }
    Sentence s = d.sents.get(si - 1);
    if (s.paragraph != q.paragraph - 1 || s.paragraph == d.headlineParagraph || d.quotedShare(s.begin, s.end) > 0.3) {
      return null;
    }
    return weakPerson(d, VerbSubject.clauseSubject(d, s, s.size()), "preceding-paragraph");
  }

  /**
   * A quotation inside a sentence with no speech verb ("Moore thanked him for “stepping up”"):
   * the person the sentence is about, when its main clause has one as subject. A weak guess.
   */
  static @Nullable Speaker personSubject(Doc d, Sentence s, QuoteSpans.Span q) {
    int limit = s.tokenAt(q.open);
    if (limit <= 1) {
      return null;
    }
    return weakPerson(d, VerbSubject.clauseSubject(d, s, limit), "sentence-subject");
  }

  /** The speaker as a weak guess ({@link Confidence#WEAK_GUESS}) when it is a person or a role for one. */
  static @Nullable Speaker weakPerson(Doc d, @Nullable Speaker sp, String sieve) {
    if (sp == null || !personLike(d, sp)) {
      return null;
    }
    return new Speaker(sp.begin, sp.end, sp.surface, sp.actorId, sp.name, Confidence.WEAK_GUESS, sieve);
  }

  /** A named person, or a role phrase for one ("the GOP presidential candidate", "the senator"). */
  static boolean personLike(Doc d, Speaker sp) {
    Mention m = d.mentionCovering(sp.begin);
    if (m != null) {
      return m.type == EntityType.PERSON;
    }
    String[] w = sp.surface.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
    String head = w.length == 0 ? "" : w[w.length - 1];
    return Words.TITLES.contains(head) || Words.SPOKES.contains(head) || Words.PERSON_NOUNS.contains(head);
  }
}
