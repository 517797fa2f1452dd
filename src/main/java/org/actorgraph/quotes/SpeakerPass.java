package org.actorgraph.quotes;

import java.util.List;
import org.actorgraph.model.Statement;

/**
 * A speaker sieve run after every statement pass, over all the article's statements in text
 * order: it sees speakers that passes later in {@link QuoteExtractor#PASSES} found earlier in the
 * text. {@link QuoteExtractor#SPEAKER_PASSES} gives the order.
 */
interface SpeakerPass {
  String name();

  /** The statements, in text order, with the speakers this sieve decides filled or replaced. */
  List<Statement> run(Doc d, List<Statement> inTextOrder);
}
