package org.actorgraph.quotes;

/**
 * Every confidence the rules give, in one table. A speaker's confidence comes from the sieve
 * that found it; a statement's is its speaker's less a step for the pass (reported speech is
 * less certain than a quotation with its cue), or a fixed value when there is no speaker.
 * Clamped to [{@link #MIN}, {@link #MAX}]. Tuned by hand on the PolNeAR train part; the figures
 * rank statements, they are not calibrated probabilities.
 */
final class Confidence {
  private Confidence() {}

  // speakers, by sieve
  /** A name mention as the subject or after an inverted verb. */
  static final double NAME = 0.9;
  /** Taken off a name mention that resolves to no actor. */
  static final double NO_ACTOR_DROP = 0.3;
  /** A name opening the sentence when the tagger left no verb with a subject. */
  static final double OPENING_NAME = 0.6;
  /** The name mention in a "Label:" line; the label itself when it names nobody. */
  static final double LABEL_NAME = 0.8;
  static final double LABEL = 0.5;
  /** "Putin's spokesman", "a spokeswoman for the Kremlin", "the Kremlin spokesman". */
  static final double ROLE_FOR_ACTOR = 0.75;
  /** "the president": the last actor with that title. */
  static final double ROLE_BY_TITLE = 0.65;
  /** A role phrase with no actor found for it. */
  static final double ROLE = 0.5;
  static final double PRONOUN = 0.7;
  static final double PRONOUN_UNRESOLVED = 0.4;
  static final double FIRST_PERSON = 0.4;
  /** A cue-less quotation: the previous statement's speaker. */
  static final double CARRIED = 0.6;
  /** … the speaker of the speech just before. */
  static final double PRECEDING_SPEECH = 0.55;
  /** … the person the previous paragraph or the sentence is about. */
  static final double WEAK_GUESS = 0.35;

  // statements, by pass: the speaker's confidence less a step, or a value without a speaker
  static final double COLON_LEAD_DROP = 0.2;
  static final double OBJECT_DROP = 0.2;
  static final double SAID_THAT_DROP = 0.1;
  static final double CLAUSE_THEN_CUE_DROP = 0.1;
  static final double ACCORDING_TO_DROP = 0.15;
  static final double SAID_THAT_NO_SPEAKER = 0.3;
  /** A quotation with a cue but no speaker. */
  static final double QUOTE_NO_SPEAKER = 0.4;
  /** A quotation with neither cue nor speaker; with a carried speaker, at most CARRIED. */
  static final double QUOTE_NO_CUE = 0.3;

  static final double MIN = 0.05;
  static final double MAX = 0.99;
}
