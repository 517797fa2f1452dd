package org.actorgraph.quotes;

import java.util.Locale;
import org.actorgraph.nlp.AnnotatedText.Sentence;

/**
 * Token patterns around a word that the rules share: passives, participles used as adjectives,
 * possessives, subordinate clauses.
 */
final class Grammar {
  private Grammar() {}

  static boolean hasComma(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.tokens[k].equals(",")) {
        return true;
      }
    }
    return false;
  }

  static int nextComma(Sentence s, int from) {
    int k = from;
    while (k < s.size() && !s.tokens[k].equals(",")) {
      k++;
    }
    return k;
  }

  /** "are said to", "was reported": a participle after a form of "be". */
  static boolean passive(Sentence s, int ti) {
    String w = s.tokens[ti].toLowerCase(Locale.ROOT);
    if (!w.endsWith("ed") && !w.equals("said") && !w.equals("told")) {
      return false;
    }
    int k = ti - 1;
    while (k >= 0 && s.pos[k].equals("ADV")) {
      k--;
    }
    return k >= 0 && Words.BE.contains(s.tokens[k].toLowerCase(Locale.ROOT));
  }

  /** A subject opening a subordinate clause: "When I asked him …, he said". */
  static boolean subordinate(Sentence s, int subject) {
    return subject > 0 && Words.SUBORDINATORS.contains(s.tokens[subject - 1].toLowerCase(Locale.ROOT));
  }

  /** A phrase opening at {@code k} that is not the main clause: a preposition, a subordinator, a participle. */
  static boolean openingPhrase(Sentence s, int k) {
    String p = s.pos[k];
    String low = s.tokens[k].toLowerCase(Locale.ROOT);
    return p.equals("ADP") || p.equals("SCONJ") || Words.SUBORDINATORS.contains(low)
        || p.equals("VERB") && (low.endsWith("ing") || low.endsWith("ed"));
  }

  /** "the pledged delegates", "88 pledged votes", "a reported bomber": a participle as adjective. */
  static boolean adjectivalParticiple(Sentence s, int ti) {
    if (ti == 0 || ti + 1 >= s.size() || !s.tokens[ti].endsWith("ed")) {
      return false;
    }
    String prev = s.pos[ti - 1];
    String next = s.pos[ti + 1];
    return (prev.equals("DET") || prev.equals("NUM") || prev.equals("ADJ") || possessive(s.tokens[ti - 1]))
        && (next.equals("NOUN") || next.equals("ADJ"));
  }

  /**
   * "Clinton’s remarks", "AP’s report", "his claims": a noun after a possessive, whatever the tagger
   * says. Not "he’s said" or "she’s saying", where ’s is "has" or "is".
   */
  static boolean possessed(Sentence s, int ti) {
    if (ti == 0) {
      return false;
    }
    String prev = s.tokens[ti - 1].toLowerCase(Locale.ROOT);
    String low = s.tokens[ti].toLowerCase(Locale.ROOT);
    if (SubjectFinder.POSSESSIVE.contains(prev) && !prev.equals("her")) {
      return true; // not "her": "heard her say"
    }
    return (prev.equals("'s") || prev.equals("’s")) && ti >= 2 && s.pos[ti - 2].equals("PROPN")
        && !low.endsWith("ed") && !low.endsWith("ing") && !low.equals("said") && !low.equals("told");
  }

  /** "Rubio’s proposed credit", "his repeated calls": the participle modifies the noun after it. */
  static boolean possessive(String tok) {
    String low = tok.toLowerCase(Locale.ROOT);
    return SubjectFinder.POSSESSIVE.contains(low) || low.equals("'s") || low.equals("’s") || low.equals("'")
        || low.equals("’");
  }

  /**
   * A speech verb the tagger got wrong: a past form given a closed-class tag ("Trump
   * tweeted/ADP": a word ending in -ed is never a preposition or a pronoun), or a form tagged as
   * a noun between its subject and what it introduces ("Becker asks/NOUN at the school, “…”",
   * "the ad argues/NOUN that …", "to state/NOUN, “…”").
   */
  static boolean mistaggedVerb(Doc d, Sentence s, int ti) {
    String p = s.pos[ti];
    if (s.tokens[ti].endsWith("ed") && (Tags.isClosedClass(p) || p.equals("PUNCT"))) {
      return true;
    }
    if (!p.equals("NOUN") && !p.equals("PROPN") || ti == 0 || ti + 1 >= s.size()
        || Character.isUpperCase(s.tokens[ti].charAt(0))) {
      return false;
    }
    String prev = s.pos[ti - 1];
    boolean subject = s.tokens[ti - 1].equalsIgnoreCase("to") || prev.equals("PRON") || prev.equals("PROPN")
        || prev.equals("NOUN") && d.mentionCovering(s.tokenBegin[ti - 1]) != null;
    if (!subject) {
      return false;
    }
    int b = ti - 1;
    while (b > 0 && ti - b < 5 && (Tags.isNounish(s.pos[b - 1]) || s.pos[b - 1].equals("DET")) && !d.quoted[s.tokenBegin[b - 1]]) {
      b--;
    }
    if (b >= 1 && d.quoted[s.tokenBegin[b - 1]]) {
      return true; // “…,” Lowe points/NOUN out. / “…,” Tom Becker shot/NOUN back.
    }
    // what follows: "that", a comma or colon, a quotation, or a short phrase then a comma
    for (int k = ti + 1; k < Math.min(s.size(), ti + 6); k++) {
      String w = s.tokens[k];
      if (d.quoted[s.tokenBegin[k]] || w.equals(",") || w.equals(":") || k == ti + 1 && w.equalsIgnoreCase("that")) {
        return true;
      }
      if (k == ti + 1 && !s.pos[k].equals("ADP") && !s.pos[k].equals("ADV")) {
        return false;
      }
    }
    return false;
  }
}
