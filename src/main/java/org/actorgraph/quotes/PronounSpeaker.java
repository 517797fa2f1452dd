package org.actorgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Statement;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.actorgraph.model.EntityType;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Speaker sieve: he / she / they / it resolved to the most recent salient actor. */
final class PronounSpeaker {
  private PronounSpeaker() {}

  /**
   * He / she: the most recent salient person: going back sentence by sentence, the speaker of a
   * statement cued there, else the first person named there outside quotations (the subject, as a
   * rule), skipping people whose gender (from Mr / Mrs / Ms, or from an earlier close resolution)
   * does not agree. They / it: the last organisation nearby ("The company said … It added").
   */
  static Speaker pronoun(Doc d, int begin, int end, String low) {
    return pronoun(d, d.claims.statements(), begin, end, low);
  }

  /** As above, with the statements that count as earlier speech given. */
  static Speaker pronoun(Doc d, List<Statement> known, int begin, int end, String low) {
    String surface = d.t.substring(begin, end);
    if (low.equals("he") || low.equals("she")) {
      char want = low.equals("he") ? 'm' : 'f';
      int si = d.at.sentenceAt(begin);
      int para = d.at.paragraphAt(begin);
      for (int k = si; k >= 0 && k >= si - 8; k--) {
        Sentence s = d.sents.get(k);
        if (s.paragraph < para - 3) {
          break;
        }
        List<Mention> cands = new ArrayList<>();
        // during the passes only the statements made so far are known; PronounsInTextOrder
        // resolves every pronoun again once all exist
        for (Statement st : known) {
          if (st.cueBegin >= s.begin && st.cueBegin < s.end && st.cueBegin < begin) {
            if (st.actorId == null && properName(st.speakerSurface) && cands.isEmpty()) {
              // the closest speaker is a named person we have no actor for ("Lopez said … he"):
              // leave the pronoun unresolved rather than give it to someone further back
              return new Speaker(begin, end, surface, null, null, Confidence.PRONOUN_UNRESOLVED, "pronoun");
            }
            Mention m = st.actorId == null ? null : personMention(d, st.actorId);
            if (m != null) {
              cands.add(m);
            }
          }
        }
        // people in subject position ("Alvarez said he …" after "an interview with Becker,") first
        List<Mention> others = new ArrayList<>();
        for (Mention m : d.mentions) {
          if (m.begin >= s.begin && m.end <= s.end && m.begin < begin && !d.quoted[m.begin]
              && m.type == EntityType.PERSON && m.actorId == null && cands.isEmpty() && beforeVerb(s, m)) {
            // as above, a subject with no actor
            return new Speaker(begin, end, surface, null, null, Confidence.PRONOUN_UNRESOLVED, "pronoun");
          }
          if (m.begin >= s.begin && m.end <= s.end && m.begin < begin && !d.quoted[m.begin]
              && m.type == EntityType.PERSON && m.actorId != null) {
            (beforeVerb(s, m) ? cands : others).add(m);
          }
        }
        cands.addAll(others);
        for (Mention m : cands) {
          char g = gender(d, m.actorId);
          if (g == 0 || g == want) {
            if (g == 0 && k >= si - 1) {
              d.gender.put(m.actorId, want);
            }
            return new Speaker(begin, end, surface, m.actorId, m.actorName, Confidence.PRONOUN, "pronoun");
          }
        }
      }
      return new Speaker(begin, end, surface, null, null, Confidence.PRONOUN_UNRESOLVED, "pronoun");
    }
    int para = d.at.paragraphAt(begin);
    for (int i = d.mentions.size() - 1; i >= 0; i--) {
      Mention m = d.mentions.get(i);
      if (m.begin >= begin || d.quoted[m.begin]) {
        continue;
      }
      if (m.paragraph < para - 1) {
        break;
      }
      if (m.type == EntityType.ORGANIZATION && m.actorId != null) {
        return new Speaker(begin, end, surface, m.actorId, m.actorName, Confidence.PRONOUN, "pronoun");
      }
    }
    return new Speaker(begin, end, surface, null, null, Confidence.PRONOUN_UNRESOLVED, "pronoun");
  }

  /** A capitalised speaker that is neither a pronoun nor a determiner phrase ("Lopez", not "The aide"). */
  static boolean properName(@Nullable String surface) {
    if (surface == null || surface.isEmpty() || !Character.isUpperCase(surface.charAt(0))) {
      return false;
    }
    String first = surface.split("\\s+")[0].toLowerCase(Locale.ROOT);
    return !Words.PRONOUNS.contains(first) && !Words.DETERMINERS.contains(first);
  }

  /** True when the mention is followed by a verb (past adverbs and auxiliaries): a subject. */
  static boolean beforeVerb(Sentence s, Mention m) {
    int k = s.tokenAt(m.end);
    while (k < s.size() && (s.pos[k].equals("ADV") || s.pos[k].equals("AUX"))) {
      k++;
    }
    return k < s.size() && s.pos[k].equals("VERB");
  }

  static @Nullable Mention personMention(Doc d, String actorId) {
    for (Mention m : d.mentions) {
      if (actorId.equals(m.actorId)) {
        return m.type == EntityType.PERSON ? m : null;
      }
    }
    return null;
  }

  /** 'm', 'f' or 0: from a Mr / Mrs / Ms title of any mention of the actor, else earlier pronouns. */
  static char gender(Doc d, String actorId) {
    for (Mention m : d.mentions) {
      if (actorId.equals(m.actorId) && m.title != null) {
        String t = m.title;
        if (t.equals("mr") || t.startsWith("mr ")) {
          return 'm';
        }
        if (t.equals("mrs") || t.equals("ms") || t.equals("miss") || t.startsWith("mrs ") || t.startsWith("ms ")) {
          return 'f';
        }
      }
    }
    Character g = d.gender.get(actorId);
    return g == null ? 0 : g;
  }
}
