package org.actorgraph.model;

import java.util.List;

/** What the language work makes of one article: its names, actors and statements. */
public final class AnalyzedArticle {
  public final Article article;
  public final int nSentences;
  public final int nParagraphs;
  public final List<Mention> mentions;
  public final List<Statement> statements;
  /** Offsets of each sentence in the text: what a statement's context is cut from. */
  public final int[] sentenceBegin;
  public final int[] sentenceEnd;
  /** Overlong sentences the annotator cut into pieces. */
  public final int splitSentences;
  /** False when the article passed the annotator's token budget and its end was not analysed. */
  public final boolean analyzedWhole;

  public AnalyzedArticle(
      Article article, int[] sentenceBegin, int[] sentenceEnd, int nParagraphs,
      List<Mention> mentions, List<Statement> statements, int splitSentences, boolean analyzedWhole) {
    this.splitSentences = splitSentences;
    this.analyzedWhole = analyzedWhole;
    this.article = article;
    this.sentenceBegin = sentenceBegin;
    this.sentenceEnd = sentenceEnd;
    this.nSentences = sentenceBegin.length;
    this.nParagraphs = nParagraphs;
    this.mentions = mentions;
    this.statements = statements;
  }
}
