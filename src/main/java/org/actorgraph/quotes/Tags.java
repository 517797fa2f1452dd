package org.actorgraph.quotes;

import java.util.Set;
import org.actorgraph.nlp.AnnotatedText.Sentence;

/**
 * Predicates on the Universal Dependencies part-of-speech tags (UPOS) the tagger emits: VERB,
 * AUX, NOUN, PROPN, PUNCT, ... (the English UD model also joins a word and its clitic, as in
 * "AUX+PART"). There are no Penn Treebank tags (VB*, NN*) to test for.
 */
final class Tags {
  private Tags() {}

  /** Closed-class tags: a word ending in -ed given one of them is a mistagged verb. */
  private static final Set<String> CLOSED =
      Set.of("ADP", "CCONJ", "SCONJ", "PRON", "DET", "PART", "NUM", "SYM", "X", "INTJ");

  static boolean isVerbTag(String pos) {
    return pos.equals("VERB") || pos.equals("AUX");
  }

  static boolean isNounish(String pos) {
    return pos.equals("NOUN") || pos.equals("PROPN");
  }

  static boolean isClosedClass(String pos) {
    return CLOSED.contains(pos);
  }

  static boolean isWordTag(String pos) {
    return !pos.equals("PUNCT") && !pos.equals("SYM");
  }

  static boolean hasVerb(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.pos[k].equals("VERB") || s.pos[k].equals("AUX") || contractedBe(s, k)) {
        return true;
      }
    }
    return false;
  }

  /** "it’s", "he's": the clitic after a pronoun is a verb, whatever its tag. */
  static boolean contractedBe(Sentence s, int k) {
    String w = s.tokens[k];
    return k > 0 && (w.equals("’s") || w.equals("'s")) && s.pos[k - 1].equals("PRON");
  }

  static int lastWord(Sentence s) {
    int k = s.size() - 1;
    while (k >= 0 && !isWordTag(s.pos[k])) {
      k--;
    }
    return k;
  }

  /** True when a word other than an adverb stands before token {@code ti}. */
  static boolean hasWordBefore(Sentence s, int ti) {
    for (int k = 0; k < ti; k++) {
      if (isWordTag(s.pos[k]) && !s.pos[k].equals("ADV")) {
        return true;
      }
    }
    return false;
  }

  /** "everything the mayor says is true, …": a verb right after the cue, which has no clause then. */
  static boolean startsWithVerb(Sentence s, int offset) {
    int k = s.tokenAt(offset);
    return k >= 0 && (s.pos[k].equals("AUX") || s.pos[k].equals("VERB") && !s.tokens[k].endsWith("ing"));
  }
}
