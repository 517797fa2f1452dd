package org.actorgraph.quotes;

import java.util.Set;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Finds the subject of a verb (or the noun phrase after an inverted verb) with rules over UD
 * part-of-speech tags: no parser model is served here, so this is a small noun-phrase chunker
 * (DET? ADJ* (NOUN|PROPN)+ with possessives, "of"/"for"/"at" attachments and coordination) and a
 * walk back over what sits between a subject and its verb: adverbs and auxiliaries, time
 * phrases, parentheses ("Cruz (R-Texas) said"), and comma-delimited insertions: relative clauses
 * ("X, who …, said"), appositives ("X, a doctor, said") and participial phrases ("X, speaking in
 * Ohio, said").
 *
 * <p>Pure functions over one sentence; {@code blocked[i]} marks tokens that cannot be part of a
 * subject (inside quotation marks).
 */
public final class SubjectFinder {
  private SubjectFinder() {}

  /** A noun phrase: tokens [begin, end), its head token, and the head of its first conjunct. */
  public static final class Np {
    public final int begin;
    public final int end;
    public final int head;
    /** The relative pronoun this phrase is the antecedent of ("Bush, who said"), or -1. */
    public final int relative;

    Np(int begin, int end, int head) {
      this(begin, end, head, -1);
    }

    Np(int begin, int end, int head, int relative) {
      this.begin = begin;
      this.end = end;
      this.head = head;
      this.relative = relative;
    }

    @Override
    public String toString() {
      return "Np[" + begin + "," + end + " head " + head + "]";
    }
  }

  static final Set<String> PERSONAL =
      Set.of("he", "she", "they", "we", "i", "it", "you");
  /** Punctuation inside a noun phrase: possessives and hyphens. */
  private static final Set<String> IN_PHRASE_PUNCT = Set.of("'s", "’s", "'", "’", "-");
  /** Quantifiers standing for people: "Some chanted", "Many say", "Others said". */
  static final Set<String> QUANTIFIERS = Words.list("words/quantifiers");
  /** Possessive determiners; the quote extractor reads them too. */
  static final Set<String> POSSESSIVE =
      Set.of("his", "her", "their", "its", "our", "my", "your");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whose");
  static final Set<String> ATTACH = Set.of("of", "for", "at", "from", "with", "in", "on");
  private static final Set<String> SKIP_WORDS = Words.union("words/skip_before_verb", "words/skip_before_subject");
  /** Adverbs that open a clause of their own rather than modify the verb after them. */
  private static final Set<String> WH_ADVERBS = Words.list("words/wh_adverbs");
  // the words before a time noun in a phrase skipped back over ("in the past few weeks",
  // "on Tuesday", "at the time"); constants, since skipBack runs for every cue
  private static final Set<String> TIME_MODIFIERS = Set.of("recent", "past", "few");
  private static final Set<String> TIME_DETERMINERS =
      Set.of("on", "last", "this", "late", "early", "the", "that");
  private static final Set<String> TIME_PREPOSITIONS = Set.of("at", "in", "during", "by");
  static final Set<String> TIME = Words.union("words/time_words", "words/time_nouns");
  private static final Set<String> CLAUSE_OPENERS = Words.list("words/clause_openers");

  /** The subject of the verb at token {@code verb}, or null. */
  public static @Nullable Np before(Sentence s, int verb, boolean[] blocked) {
    int k = skipBack(s, verb - 1, blocked);
    if (k >= 1 && blocked[k] && blocked[k - 1] && s.tokens[k - 1].equals(",")) {
      // "Becker, who calls the governor a “spender,” said": the insertion's comma is inside the
      // closing quotation; an inverted “…,” said X finds no subject before the quotation
      return beforeInsertion(s, k, blocked);
    }
    if (k < 0 || blocked[k]) {
      return null;
    }
    if (s.tokens[k].equals(",") && k >= 1 && s.tokens[k - 1].equals(")")) {
      // "Gov. John Kasich (R-OH), said": a stray comma after the party and state
      Np np = NounPhrases.npEndingAt(s, beforeParenthesis(s, k - 1, blocked), blocked);
      if (np != null && clauseStart(s, np.begin, blocked)) {
        return np;
      }
    }
    if (s.tokens[k].equals(",")) {
      Np np = beforeInsertion(s, k, blocked);
      if (np == null) {
        // "One pastor backing the mayor, Tom Becker of the chapel in Dover, said": the
        // appositive name before the comma
        Np name = NounPhrases.npEndingAt(s, k - 1, blocked);
        if (name != null && s.pos[name.head].equals("PROPN") && name.begin > 0
            && s.tokens[name.begin - 1].equals(",")) {
          return name;
        }
      }
      return np;
    }
    String low = Text.lower(s, k);
    if (low.equals("to")) {
      // "X wants to say", "X went on to say": the subject of the controlling verb; "the
      // guidelines to tell him": none
      int c = controllingVerb(s, k, blocked);
      return c >= 0 ? before(s, c, blocked) : null;
    }
    if (RELATIVE.contains(low) && s.pos[k].equals("PRON")) {
      // "the man who said": the antecedent
      int a = k - 1;
      if (a >= 0 && s.tokens[a].equals(",")) {
        a--;
      }
      Np np = a >= 0 && !blocked[a] ? NounPhrases.npEndingAt(s, a, blocked) : null;
      return np == null ? null : new Np(np.begin, np.end, np.head, k);
    }
    Np np = NounPhrases.npEndingAt(s, k, blocked);
    return np != null ? np : clauseOpening(s, k, blocked);
  }

  /**
   * The phrase from the start of the clause to {@code last}, when the chunker found no noun
   * phrase ending there ("Another aide familiar with the mayor's plans said"): at most 12 words,
   * with a noun, and no verb but a participle. Its head is its first noun.
   */
  private static @Nullable Np clauseOpening(Sentence s, int last, boolean[] blocked) {
    int b = last;
    while (b > 0 && !blocked[b - 1] && (!s.pos[b - 1].equals("PUNCT")
            || IN_PHRASE_PUNCT.contains(Text.lower(s, b - 1))) && !s.pos[b - 1].equals("SCONJ")
        && !s.pos[b - 1].equals("CCONJ") && !CLAUSE_OPENERS.contains(Text.lower(s, b - 1))) {
      b--;
    }
    if (last - b >= 12 || b > last) {
      return null;
    }
    // "George Zimmerman (left) shot and …": the phrase ends at its last noun, not at "and"
    int e = last;
    while (e > b && !Tags.isNounish(s.pos[e]) && !s.pos[e].equals("NUM") && !Text.lower(s, e).endsWith("ing")) {
      e--;
    }
    last = e;
    int head = -1;
    for (int i = b; i <= last; i++) {
      String p = s.pos[i];
      if ((p.equals("VERB") || p.equals("AUX")) && !Text.lower(s, i).endsWith("ing")
          || p.equals("PRON") && !POSSESSIVE.contains(Text.lower(s, i))) {
        return null;
      }
      if (head < 0 && Tags.isNounish(p)) {
        head = i;
      }
    }
    if (head < 0 || !(s.pos[b].equals("DET") || Tags.isNounish(s.pos[b]) || s.pos[b].equals("ADJ")
        || s.pos[b].equals("NUM") || POSSESSIVE.contains(Text.lower(s, b)))) {
      return null;
    }
    return new Np(b, last + 1, head);
  }

  /** The verb that governs the infinitive marker at {@code to} ("went on to say"), or -1. */
  public static int controllingVerb(Sentence s, int to, boolean[] blocked) {
    int c = to - 1;
    while (c >= 0 && !blocked[c] && (s.pos[c].equals("ADV") || Text.lower(s, c).equals("on"))) {
      c--;
    }
    if (c >= 1 && !blocked[c] && s.pos[c].equals("ADJ") && s.pos[c - 1].equals("AUX")) {
      return c - 1; // "X was quick to add", "X is expected to say"
    }
    return c >= 0 && !blocked[c] && s.pos[c].equals("VERB") ? c : -1;
  }

  /** Skips adverbs, auxiliaries, time phrases and parentheses back from {@code k}. */
  private static int skipBack(Sentence s, int k, boolean[] blocked) {
    while (k >= 0 && !blocked[k]) {
      String low = Text.lower(s, k);
      if (SKIP_WORDS.contains(low) || s.pos[k].equals("AUX") && !low.equals("'s")
          || (low.equals("'s") || low.equals("’s")) && k > 0 && PERSONAL.contains(Text.lower(s, k - 1))
          || s.pos[k].equals("ADV") && !WH_ADVERBS.contains(low)
          || s.pos[k].equals("ADJ") && low.endsWith("ly") && k > 0 // "has also broadly/ADJ called"
          || s.pos[k].equals("PART") && !low.endsWith("s") && !low.equals("to")) {
        k--;
      } else if (TIME.contains(low) && k > 0) {
        // "Trump on Tuesday said", "Clinton last week said"
        k--;
        if (k >= 0 && TIME_MODIFIERS.contains(Text.lower(s, k))) {
          k--; // "in recent days", "in the past few weeks"
        }
        if (k >= 0 && TIME_DETERMINERS.contains(Text.lower(s, k))) {
          k--;
        }
        // "Becker at the time said", "Smith in the morning said"
        if (k >= 0 && !blocked[k] && TIME_PREPOSITIONS.contains(Text.lower(s, k))) {
          k--;
        }
      } else if ((s.tokens[k].equals("—") || s.tokens[k].equals("--")) && k > 2) {
        // "Alvarez — named by the paper as … — told": over the insertion
        int m = k - 1;
        while (m >= 0 && m > k - 40 && !s.tokens[m].equals(s.tokens[k]) && !blocked[m]) {
          m--;
        }
        if (m <= 0 || !s.tokens[m].equals(s.tokens[k])) {
          return k;
        }
        k = m - 1;
      } else if (s.tokens[k].equals(")")) {
        int m = k - 1;
        while (m >= 0 && m > k - 12 && !s.tokens[m].equals("(") && !blocked[m]) {
          m--;
        }
        if (m < 0 || !s.tokens[m].equals("(")) {
          return k;
        }
        k = m - 1;
      } else {
        return k;
      }
    }
    return k;
  }

  /** "X, who …, said" / "X, a doctor, said" / "X, speaking in Ohio, said": {@code comma} closes it. */
  private static @Nullable Np beforeInsertion(Sentence s, int comma, boolean[] blocked) {
    int limit = Math.max(0, comma - 40);
    // a relative pronoun right after a comma opens a relative clause: its antecedent is the subject
    // quotations inside the insertion ("Becker, who calls the governor a “spender,” said") are
    // passed over; the subject itself must be outside them
    for (int m = comma - 1; m >= limit + 1; m--) {
      if (blocked[m]) {
        continue;
      }
      String low = Text.lower(s, m);
      if ((low.equals("who") || low.equals("whose")) && s.tokens[m - 1].equals(",") && m - 2 >= 0) {
        Np np = NounPhrases.npEndingAt(s, beforeParenthesis(s, m - 2, blocked), blocked);
        if (np != null) {
          return np;
        }
      }
    }
    // else the nearest comma with a noun phrase before it that starts a clause
    Np fallback = null;
    for (int m = comma - 1; m >= limit; m--) {
      if (blocked[m]) {
        continue;
      }
      if (!s.tokens[m].equals(",") && !s.tokens[m].equals("—") && !s.tokens[m].equals("--")) {
        continue;
      }
      if (m == 0) {
        return null;
      }
      if (m + 1 >= comma || !opensInsertion(s, m + 1)) {
        continue;
      }
      Np np = NounPhrases.npEndingAt(s, beforeParenthesis(s, m - 1, blocked), blocked);
      if (np != null && clauseStart(s, np.begin, blocked)) {
        if (np.begin >= 2 && s.tokens[np.begin - 1].equals(",") && s.pos[np.begin].equals("DET")
            && fallback == null) {
          // "Becker, a former governor, speaking on Monday, said": an appositive; its name is further left
          fallback = np;
          continue;
        }
        if (fallback != null && TIME.contains(Text.lower(s, np.head))) {
          return fallback; // "Last week, the harbour master, Tom Becker, said"
        }
        return np;
      }
    }
    return fallback;
  }

  /** The token before a short parenthesis closing at {@code k} ("Cummings (D-Md.)"), else k. */
  private static int beforeParenthesis(Sentence s, int k, boolean[] blocked) {
    if (k < 0 || blocked[k] || !s.tokens[k].equals(")")) {
      return k;
    }
    for (int m = k - 1; m >= 0 && m > k - 12 && !blocked[m]; m--) {
      if (s.tokens[m].equals("(")) {
        return m - 1;
      }
    }
    return k;
  }

  /** The first word of an appositive, relative clause, participial phrase or adverbial. */
  private static boolean opensInsertion(Sentence s, int k) {
    String p = s.pos[k];
    return p.equals("DET") || p.equals("ADJ") || p.equals("NOUN") || p.equals("PROPN")
        || p.equals("NUM") || p.equals("ADV") || p.equals("ADP") || p.equals("PRON")
        || p.equals("VERB") || p.equals("SCONJ") || p.equals("PUNCT") && s.tokens[k].equals("(");
  }

  static boolean clauseStart(Sentence s, int b, boolean[] blocked) {
    if (b == 0) {
      return true;
    }
    int k = b - 1;
    if (blocked[k]) {
      return true;
    }
    String p = s.pos[k];
    if (p.equals("PUNCT") || p.equals("SYM")) {
      return true;
    }
    return p.equals("SCONJ") || p.equals("CCONJ") || CLAUSE_OPENERS.contains(Text.lower(s, k));
  }

  /**
   * The noun phrase starting at {@code from} (after skipping commas, adverbs and time words): a
   * pronoun, or a chunk with its "of"/"for"/"at" attachments and an appositive after a comma
   * ("said Nadia Brooks, a spokeswoman for the orchestra"). Null if none starts there.
   */
  public static @Nullable Np after(Sentence s, int from, boolean[] blocked) {
    int k = from;
    while (k < s.size() && !blocked[k] && (s.tokens[k].equals(",")
        || SKIP_WORDS.contains(Text.lower(s, k)) || s.pos[k].equals("ADV") && Text.lower(s, k).endsWith("ly"))) {
      k++;
    }
    if (k >= s.size() || blocked[k]) {
      return null;
    }
    int quantifier = -1;
    if (NounPhrases.PARTITIVES.contains(Text.lower(s, k)) && k + 1 < s.size() && !blocked[k + 1]) {
      // "said one of those advisers", "said one Democrat familiar with the talks"
      quantifier = k;
      k += Text.lower(s, k + 1).equals("of") ? 2 : 1;
    } else if (s.pos[k].equals("PRON") && !POSSESSIVE.contains(Text.lower(s, k))) {
      return PERSONAL.contains(Text.lower(s, k)) ? new Np(k, k + 1, k) : null;
    }
    // "according to his online profile": a possessive opens the phrase
    int e = NounPhrases.coreEndFrom(s, k, blocked);
    if (e == k && k + 1 < s.size() && s.pos[k].equals("VERB") && s.pos[k + 1].equals("PROPN")
        && Character.isLowerCase(s.tokens[k].charAt(0)) && !Text.lower(s, k).endsWith("ed") && !Text.lower(s, k).endsWith("s")) {
      e = NounPhrases.coreEndFrom(s, k + 1, blocked); // "said pollster/VERB Frank Luntz": a title the tagger missed
    }
    if (e <= k) {
      return null;
    }
    int head = NounPhrases.headOf(s, k, e);
    if (head < 0) {
      return null;
    }
    int firstHead = head;
    for (int hop = 0; hop < 2; hop++) {
      if (e + 1 < s.size() && !blocked[e] && ATTACH.contains(Text.lower(s, e))
          && !TIME.contains(Text.lower(s, e + 1))) {
        int e2 = NounPhrases.coreEndFrom(s, e + 1, blocked);
        if (e2 > e + 1 && NounPhrases.headOf(s, e + 1, e2) >= 0) {
          e = e2;
          continue;
        }
      }
      break;
    }
    // appositive: ", a spokeswoman for the campaign" closing the sentence or the clause
    if (e + 2 < s.size() && s.tokens[e].equals(",") && !blocked[e + 1]
        && (s.pos[e + 1].equals("DET") || POSSESSIVE.contains(Text.lower(s, e + 1)) || s.pos[e + 1].equals("ADJ"))) {
      int e2 = NounPhrases.coreEndFrom(s, e + 1, blocked);
      if (e2 > e + 1 && NounPhrases.headOf(s, e + 1, e2) >= 0) {
        while (e2 + 1 < s.size() && ATTACH.contains(Text.lower(s, e2)) && !blocked[e2 + 1]) {
          int e3 = NounPhrases.coreEndFrom(s, e2 + 1, blocked);
          if (e3 <= e2 + 1) {
            break;
          }
          e2 = e3;
        }
        e = e2;
      }
    }
    return new Np(quantifier >= 0 ? quantifier : k, e, firstHead);
  }
}
