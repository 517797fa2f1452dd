package org.actorgraph.quotes;

/**
 * One pass of the extractor over a whole article: it finds statements of one family, claims
 * their cues in {@link Doc#claims} and adds them there. {@link QuoteExtractor#PASSES} gives the
 * order; a later pass sees what the earlier ones claimed.
 */
interface StatementPass {
  /** A name for logs and ablations; the statements carry finer rule names. */
  String name();

  void run(Doc d);
}
