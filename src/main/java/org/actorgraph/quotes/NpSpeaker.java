package org.actorgraph.quotes;

import java.util.Locale;
import org.actorgraph.actors.Titles;
import org.actorgraph.model.Mention;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.actorgraph.model.EntityType;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A speaker for a noun phrase: a name, a pronoun, a role noun phrase ("a spokesman for X", "the
 * president").
 */
final class NpSpeaker {
  private NpSpeaker() {}

  /** The subject before a verb: a name, a pronoun or a role noun phrase ({@link SubjectFinder}). */
  static @Nullable Speaker speakerBefore(Doc d, Sentence s, int verb) {
    SubjectFinder.Np np = SubjectFinder.before(s, verb, d.blocked(s));
    return np == null ? null : fromNp(d, s, np, false);
  }

  /** The noun phrase after an inverted verb: "said Putin", "said a spokeswoman for the campaign". */
  static @Nullable Speaker speakerAfter(Doc d, Sentence s, int from) {
    SubjectFinder.Np np = SubjectFinder.after(s, from, d.blocked(s));
    return np == null ? null : fromNp(d, s, np, true);
  }

  /**
   * A speaker for a noun phrase: the name at its head, a pronoun, or a role noun phrase. The
   * subject of a relative clause ("Tom Becker, who said") spans the antecedent and the pronoun:
   * the pronoun is the verb's subject, the antecedent who it is.
   */
  static @Nullable Speaker fromNp(Doc d, Sentence s, SubjectFinder.Np np, boolean after) {
    Speaker sp = fromNpHead(d, s, np, after);
    if (sp == null || np.relative < 0) {
      return sp;
    }
    int end = s.tokenEnd[np.relative];
    return new Speaker(sp.begin, end, d.t.substring(sp.begin, end), sp.actorId, sp.name, sp.confidence,
        sp.sieve);
  }

  static @Nullable Speaker fromNpHead(Doc d, Sentence s, SubjectFinder.Np np, boolean after) {
    int h = np.head;
    String low = s.tokens[h].toLowerCase(Locale.ROOT);
    if (s.pos[h].equals("PRON")) {
      if (low.equals("he") || low.equals("she") || low.equals("they") || low.equals("it")) {
        return PronounSpeaker.pronoun(d, s.tokenBegin[h], s.tokenEnd[h], low);
      }
      if (low.equals("i") || low.equals("we") || low.equals("you")) {
        // first and second person outside quotation marks: the writer or an interview's
        // speakers (transcripts, op-eds); no actor to resolve to
        return new Speaker(s.tokenBegin[h], s.tokenEnd[h], s.tokens[h], null, null, Confidence.FIRST_PERSON,
            "first-person");
      }
      return null;
    }
    Mention m = d.mentionCovering(s.tokenBegin[h]);
    if (m != null) {
      if (after) {
        Speaker sp = possessiveRole(d, s, m);
        return sp != null ? sp
            : fromMention(d, m, Math.min(m.begin, s.tokenBegin[np.begin]), m.end, Confidence.NAME);
      }
      return fromMention(d, m, m.begin, m.end, Confidence.NAME);
    }
    return roleNp(d, s, np.begin, h, np.end);
  }

  /** "Putin's spokesman" / "a spokesman for the Kremlin": speaks for the named actor. */
  static @Nullable Speaker possessiveRole(Doc d, Sentence s, Mention m) {
    int after = s.tokenAt(m.end);
    if (after + 1 < s.size() && (s.tokens[after].equals("'s") || s.tokens[after].equals("’s"))
        && Words.SPOKES.contains(s.tokens[after + 1].toLowerCase(Locale.ROOT))) {
      return fromMention(d, m, m.begin, s.tokenEnd[after + 1], Confidence.ROLE_FOR_ACTOR)
          .as("role-noun");
    }
    return null;
  }

  static Speaker fromMention(Doc d, Mention m, int begin, int end, double conf) {
    return new Speaker(begin, end, d.t.substring(begin, end), m.actorId, m.actorName,
        m.actorId == null ? conf - Confidence.NO_ACTOR_DROP : conf, "name");
  }

  /** "the president", "a spokesman for X", "X's spokesman", "officials": tokens [b, e), head h. */
  static Speaker roleNp(Doc d, Sentence s, int b, int head, int e) {
    String headWord = s.tokens[head].toLowerCase(Locale.ROOT);
    int begin = s.tokenBegin[b];
    int end = s.tokenEnd[e - 1];
    // X's spokesman / X spokesman: a mention inside the phrase, before its head
    // (a place names where the role is, not whom it speaks for: "the Vermont senator"; but "the
    // Kremlin spokesman" speaks for the Kremlin)
    int roleFrom = b;
    for (int k = head - 1; k >= b; k--) {
      Mention m = d.mentionCovering(s.tokenBegin[k]);
      if (m != null && m.type == EntityType.LOCATION && !Words.SPOKES.contains(headWord)) {
        roleFrom = Math.max(roleFrom, k + 1);
        continue;
      }
      if (m != null && m.actorId != null) {
        return new Speaker(begin, end, d.t.substring(begin, end), m.actorId, m.actorName,
            Confidence.ROLE_FOR_ACTOR, "role-noun");
      }
    }
    // "a spokesman for the Kremlin" (the name follows)
    if (Words.SPOKES.contains(headWord) && head + 2 < s.size()
        && (s.tokens[head + 1].equalsIgnoreCase("for") || s.tokens[head + 1].equalsIgnoreCase("of"))) {
      for (int k = head + 2; k < Math.min(s.size(), head + 5); k++) {
        Mention m = d.mentionCovering(s.tokenBegin[k]);
        if (m != null && m.actorId != null) {
          int en = Math.max(end, m.end);
          return new Speaker(begin, en, d.t.substring(begin, en), m.actorId, m.actorName,
            Confidence.ROLE_FOR_ACTOR, "role-noun");
        }
      }
    }
    // "the president": the last actor given that title ("the vice president" is not "president")
    int det = b;
    while (det < head && !s.pos[det].equals("DET")) {
      det++;
    }
    boolean definite = det < head && s.tokens[det].equalsIgnoreCase("the");
    if (definite) {
      String role = Titles.join(s.tokens, Math.max(det + 1, roleFrom), head + 1).toLowerCase(Locale.ROOT);
      for (int i = d.mentions.size() - 1; i >= 0; i--) {
        Mention m = d.mentions.get(i);
        if (m.begin >= begin || m.title == null || m.actorId == null) {
          continue;
        }
        if (m.title.equals(role) || m.title.endsWith(" " + role) && !role.contains(" ")
            && !m.title.startsWith("vice ") && !m.title.startsWith("deputy ")
            && !m.title.startsWith("former ")) {
          return new Speaker(begin, end, d.t.substring(begin, end), m.actorId, m.actorName,
              Confidence.ROLE_BY_TITLE, "role-noun");
        }
      }
    }
    return new Speaker(begin, end, d.t.substring(begin, end), null, null, Confidence.ROLE,
        "role-noun");
  }
}
