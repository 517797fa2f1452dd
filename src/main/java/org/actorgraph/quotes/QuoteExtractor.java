package org.actorgraph.quotes;

import java.util.List;
import org.actorgraph.actors.DocumentActors;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Statement;
import org.actorgraph.nlp.AnnotatedText;

/**
 * Finds who said what in one article: direct quotations (by their marks, across paragraphs),
 * partial quotations inside a sentence, and reported speech ("X said (that) ...", "according to X,
 * ..."), each with its cue and its speaker resolved to an actor.
 *
 * <p>Rules over tokens and part-of-speech tags, with the lexicons as data; the passes, their order
 * and the rule names each statement records are listed in docs/attribution.md. Plain Java; one
 * instance per thread (it is stateless apart from the lexicon, but cheap).
 */
public final class QuoteExtractor {

  /**
   * The statement passes, in order. A pass does not take a cue an earlier one claimed, and a
   * quotation inside an earlier statement is not repeated alone.
   */
  static final List<StatementPass> PASSES =
      List.of(new ColonLeads(), new DirectQuotations(), new ReportedSpeech());

  /** Speaker sieves run after all statement passes, over the statements in text order. */
  static final List<SpeakerPass> SPEAKER_PASSES = List.of(new PronounsInTextOrder());

  private final SpeechVerbs verbs;
  private final List<StatementPass> passes;

  public QuoteExtractor() {
    this(SpeechVerbs.defaults());
  }

  public QuoteExtractor(SpeechVerbs verbs) {
    this(verbs, PASSES);
  }

  /** With other passes or another order, for tests and ablations. */
  QuoteExtractor(SpeechVerbs verbs, List<StatementPass> passes) {
    this.verbs = verbs;
    this.passes = List.copyOf(passes);
  }

  public List<Statement> extract(AnnotatedText at, DocumentActors actors) {
    return extract(at, actors.mentions());
  }

  /** The statements of an annotated text whose name mentions are resolved already, in text order. */
  public List<Statement> extract(AnnotatedText at, List<Mention> mentions) {
    Doc d = new Doc(at, mentions, verbs);
    for (StatementPass p : passes) {
      p.run(d);
    }
    List<Statement> out = d.claims.inTextOrder();
    for (SpeakerPass p : SPEAKER_PASSES) {
      out = p.run(d, out);
    }
    return out;
  }
}
