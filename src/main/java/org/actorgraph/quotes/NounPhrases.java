package org.actorgraph.quotes;

import java.util.Locale;
import java.util.Set;
import org.actorgraph.quotes.SubjectFinder.Np;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The noun-phrase chunker under {@link SubjectFinder}: DET? (ADJ|NUM|NOUN|PROPN|possessor)*
 * (NOUN|PROPN) with attachments and coordination, pronouns, poll shares ("Two in three") and
 * partitives ("one of the aides"). Pure functions over one sentence; {@code blocked[i]} marks
 * tokens that cannot be part of a phrase (inside quotation marks).
 */
final class NounPhrases {
  private NounPhrases() {}

  /**
   * The noun phrase whose last token is {@code k}: a pronoun, or nouns with their determiner,
   * adjectives, numbers and possessors, then "of"/"for"/"at"/… attachments and "and"
   * coordination further left. Null when token {@code k} cannot end a noun phrase.
   */
  static @Nullable Np npEndingAt(Sentence s, int k, boolean[] blocked) {
    Np core = coreEndingAt(s, k, blocked);
    if (core == null || core.begin == core.end - 1 && s.pos[core.head].equals("PRON")) {
      return core;
    }
    int b = core.begin;
    int head = core.head;
    int coreBegin = b;
    int coreHead = head;
    for (int hop = 0; hop < 2; hop++) {
      if (b >= 3 && !blocked[b - 1] && !blocked[b - 2] && (SubjectFinder.ATTACH.contains(Text.lower(s, b - 1))
          || Text.lower(s, b - 1).equals("to")) && s.pos[b - 2].equals("ADJ") && Tags.isNounish(s.pos[b - 3])) {
        // "a source familiar with the talks", "an official close to the mayor"
        Np left = coreEndingAt(s, b - 3, blocked);
        if (left != null) {
          b = left.begin;
          head = left.head;
          continue;
        }
      }
      if (b >= 2 && !blocked[b - 1] && SubjectFinder.ATTACH.contains(Text.lower(s, b - 1))) {
        Np left = coreEndingAt(s, b - 2, blocked);
        if (left != null && !s.pos[left.head].equals("PRON")) {
          b = left.begin;
          head = left.head;
          continue;
        }
      }
      break;
    }
    if (b != coreBegin && !SubjectFinder.clauseStart(s, b, blocked)) {
      // "reject the backing of a retired judge who said": an object, not one phrase
      b = coreBegin;
      head = coreHead;
    }
    // coordination: "Trump and Cruz said": the whole phrase, headed by its first conjunct
    if (b >= 2 && !blocked[b - 1] && Text.lower(s, b - 1).equals("and")) {
      Np left = coreEndingAt(s, b - 2, blocked);
      if (left != null && (Tags.isNounish(s.pos[left.head]) || SubjectFinder.PERSONAL.contains(Text.lower(s, left.head)))) {
        b = left.begin;
        head = left.head;
      }
    }
    return new Np(b, core.end, head);
  }

  /** DET? (ADJ|NUM|NOUN|PROPN|possessor)* (NOUN|PROPN) ending at {@code k}, or a pronoun. */
  static @Nullable Np coreEndingAt(Sentence s, int k, boolean[] blocked) {
    if (k < 0 || blocked[k]) {
      return null;
    }
    String low = Text.lower(s, k);
    String p = s.pos[k];
    if (SubjectFinder.QUANTIFIERS.contains(low) && (k + 1 >= s.size() || !Tags.isNounish(s.pos[k + 1]))) {
      return new Np(k, k + 1, k); // "Some chanted", "Several said", "others say"
    }
    if (p.equals("PRON")) {
      return SubjectFinder.PERSONAL.contains(low) ? new Np(k, k + 1, k) : null;
    }
    Np counted = countedGroup(s, k, blocked);
    if (counted != null) {
      return counted;
    }
    boolean adjHead = p.equals("ADJ") && k > 0 && (Text.lower(s, k - 1).equals("the")
        || s.tokens[k - 1].equals("-")); // "the former", "the 46-year-old"
    if ((p.equals("ADJ") || p.equals("X")) && Character.isUpperCase(s.tokens[k].charAt(0))
        && s.tokens[k].length() > 3 && !s.tokens[k].equals(s.tokens[k].toUpperCase(Locale.ROOT))) {
      p = "PROPN"; // an unknown name the tagger took for an adjective: "Okonkwo/ADJ added"
    }
    if (!Tags.isNounish(p) && !adjHead && !(p.equals("NUM") && k > 0 && Text.lower(s, k - 1).equals("the"))) {
      return null;
    }
    int b = k;
    while (b > 0 && !blocked[b - 1]) {
      String prev = s.tokens[b - 1];
      String pl = prev.toLowerCase(Locale.ROOT);
      String pp = s.pos[b - 1];
      if (pp.equals("DET") || SubjectFinder.POSSESSIVE.contains(pl)) {
        if (pl.equals("that") || pl.equals("which") || pl.equals("what")) {
          break;
        }
        b--;
        break;
      }
      if (Tags.isNounish(pp) || pp.equals("ADJ") || pp.equals("NUM") || pl.equals("'s")
          || pl.equals("’s") || pl.equals("'") || pl.equals("’") || prev.equals("-")
          || prev.equals(".") && b - 2 >= 0 && Tags.isNounish(s.pos[b - 2])
          || pp.equals("VERB") && (pl.endsWith("ed") || pl.endsWith("ing")) && b - 2 >= 0
              && (s.pos[b - 2].equals("DET") || s.pos[b - 2].equals("ADJ"))) {
        b--;
      } else {
        break;
      }
    }
    return new Np(b, k + 1, k);
  }

  static final Set<String> POLLED = Words.list("words/polled");

  /**
   * Poll shares that open a clause: "Two in three", "About 42%", "Those over 60", "those
   * surveyed" (with "Thirty-one percent of" attached by the caller). Null for anything else.
   */
  static @Nullable Np countedGroup(Sentence s, int k, boolean[] blocked) {
    String low = Text.lower(s, k);
    int b;
    if (POLLED.contains(low) && k > 0 && !blocked[k - 1] && Text.lower(s, k - 1).equals("those")) {
      return new Np(k - 1, k + 1, k); // npEndingAt checks where the whole phrase starts
    } else if (s.pos[k].equals("NUM") || low.equals("%")) {
      b = k;
      while (b > 0 && !blocked[b - 1]) {
        String w = Text.lower(s, b - 1);
        String pp = s.pos[b - 1];
        if (pp.equals("NUM") || w.equals("%") || w.equals("-")
            || (w.equals("in") || w.equals("of") || w.equals("out")) && b - 2 >= 0 && s.pos[b - 2].equals("NUM")
            || Set.of("about", "nearly", "almost", "roughly", "some", "just", "over", "under", "only",
                "those", "more", "than", "fewer", "less").contains(w)) {
          b--;
        } else {
          break;
        }
      }
      // a bare number is no subject ("in 2016 said"); a share or group is
      if (b == k && !low.endsWith("%")) {
        return null;
      }
    } else {
      return null;
    }
    return SubjectFinder.clauseStart(s, b, blocked) ? new Np(b, k + 1, k) : null;
  }

  static final Set<String> PARTITIVES = Words.list("words/partitives");

  /** The end (exclusive) of DET? (ADJ|NUM|NOUN|PROPN|'s)* from {@code k}. */
  static int coreEndFrom(Sentence s, int k, boolean[] blocked) {
    int e = k;
    if (e < s.size() && !blocked[e] && (s.pos[e].equals("DET") || SubjectFinder.POSSESSIVE.contains(Text.lower(s, e)))) {
      String l = Text.lower(s, e);
      if (l.equals("that") || l.equals("which") || l.equals("what")) {
        return k;
      }
      e++;
    }
    while (e < s.size() && !blocked[e]) {
      String p = s.pos[e];
      String l = Text.lower(s, e);
      if (Tags.isNounish(p) || p.equals("ADJ") || p.equals("NUM") || l.equals("'s") || l.equals("’s")
          || s.tokens[e].equals("-") && e > k || s.tokens[e].equals(".") && e > k && Tags.isNounish(s.pos[e - 1])
              && e + 1 < s.size() && Tags.isNounish(s.pos[e + 1])
          || lettersAndDigits(l) // "L2 president"
          || p.equals("VERB") && l.endsWith("ing") && e + 1 < s.size() && Tags.isNounish(s.pos[e + 1])) {
        if (SubjectFinder.TIME.contains(l) && e > k && !(e + 1 < s.size() && s.tokens[e + 1].equals("-"))) {
          break; // "said Smith on Tuesday"; but "the 46-year-old" is one phrase
        }
        e++;
      } else {
        break;
      }
    }
    return e;
  }

  /** The first noun of the chunk [b, e) that is followed by no noun: its head. */
  static int headOf(Sentence s, int b, int e) {
    for (int k = e - 1; k >= b; k--) {
      if (Tags.isNounish(s.pos[k])) {
        return k;
      }
    }
    return -1;
  }

  /** A code of letters and digits ("L2", "G7"): a name, whatever its tag. */
  static boolean lettersAndDigits(String w) {
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
      } else if (Character.isDigit(c) || Character.getType(c) == Character.LETTER_NUMBER
          || Character.getType(c) == Character.OTHER_NUMBER) {
        digit = true; // any number character, as \p{N}
      } else {
        return false;
      }
    }
    return letter && digit;
  }
}
