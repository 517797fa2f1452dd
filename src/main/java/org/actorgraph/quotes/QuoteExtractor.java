package org.actorgraph.quotes;

import java.util.List;
import org.actorgraph.actors.DocumentActors;
import org.actorgraph.model.Statement;
import org.actorgraph.nlp.AnnotatedText;

/**
 * Finds who said what in one article: direct quotations (by their marks, across paragraphs),
 * partial quotations inside a sentence, and reported speech ("X said (that) ...", "according to X,
 * ..."), each with its cue and its speaker resolved to an actor.
 *
 * <p>Rules over tokens and part-of-speech tags, with the speech-verb lexicon as data. Plain Java;
 * one instance per thread (it is stateless apart from the lexicon, but cheap).
 */
public final class QuoteExtractor {

  private final SpeechVerbs verbs;

  public QuoteExtractor() {
    this(SpeechVerbs.defaults());
  }

  public QuoteExtractor(SpeechVerbs verbs) {
    this.verbs = verbs;
  }

  public List<Statement> extract(AnnotatedText at, DocumentActors actors) {
    Doc d = new Doc(at, actors, verbs);
    ColonLeads.colonLeads(d);
    DirectQuotations.directQuotes(d);
    ReportedSpeech.reportedSpeech(d);
    return d.claims.inTextOrder();
  }
}
