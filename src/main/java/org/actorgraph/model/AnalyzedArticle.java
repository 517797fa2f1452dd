package org.actorgraph.model;

import java.util.List;

/** What the language work makes of one article: its names, actors and statements. */
public final class AnalyzedArticle {
  public final Article article;
  public final int nSentences;
  public final int nParagraphs;
  public final List<Mention> mentions;
  public final List<Statement> statements;

  public AnalyzedArticle(
      Article article, int nSentences, int nParagraphs, List<Mention> mentions,
      List<Statement> statements) {
    this.article = article;
    this.nSentences = nSentences;
    this.nParagraphs = nParagraphs;
    this.mentions = mentions;
    this.statements = statements;
  }
}
