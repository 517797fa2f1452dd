package org.actorgraph.quotes;

import org.actorgraph.nlp.AnnotatedText.Sentence;

/**
 * A rule of the reported-speech pass, tried at one free token of a sentence. {@link
 * ReportedSpeech#RULES} gives the order; the first rule that does not answer {@code NO_MATCH}
 * decides what the pass does next.
 */
interface ReportRule {
  enum Outcome {
    /** Not this rule's cue, or no statement: the next rule is tried. */
    NO_MATCH,
    /** This rule's cue but no statement: go on with the next token, trying no other rule. */
    NEXT_TOKEN,
    /** A statement: go on after its end (a second cue there may start another). */
    AFTER_STATEMENT,
    /** A statement that takes the rest of the sentence: go on with the next sentence. */
    NEXT_SENTENCE
  }

  Outcome at(Doc d, Sentence s, int ti);
}
