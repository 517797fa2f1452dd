package org.actorgraph.analysis;

import java.util.List;
import org.actorgraph.actors.ActorRegistry;
import org.actorgraph.actors.DocumentActors;
import org.actorgraph.actors.Titles;
import org.actorgraph.model.AnalyzedArticle;
import org.actorgraph.model.Article;
import org.actorgraph.model.Statement;
import org.actorgraph.nlp.AnnotatedText;
import org.actorgraph.nlp.TextAnnotator;
import org.actorgraph.quotes.QuoteExtractor;

/**
 * The language work for one article, with no Beam types: annotate, resolve actors, extract
 * statements. The pipeline, the evaluations and the benchmark's plain loop all call this.
 *
 * <p>Not thread-safe: one per thread (the OpenNLP tools inside keep state).
 */
public final class ArticleAnalyzer {
  private final TextAnnotator annotator;
  private final ActorRegistry registry;
  private final Titles titles;
  private final QuoteExtractor quotes;

  public ArticleAnalyzer(ActorRegistry registry) {
    this(new TextAnnotator(), registry);
  }

  public ArticleAnalyzer(TextAnnotator annotator, ActorRegistry registry) {
    this.annotator = annotator;
    this.registry = registry;
    this.titles = Titles.defaults();
    this.quotes = new QuoteExtractor();
  }

  /** An analyzer with the default registry. */
  public static ArticleAnalyzer withDefaults() {
    return new ArticleAnalyzer(ActorRegistry.defaults());
  }

  public AnalyzedArticle analyze(Article article) {
    AnnotatedText at = annotator.annotate(article.text());
    DocumentActors actors = DocumentActors.resolve(at, article.docId(), registry, titles);
    List<Statement> statements = quotes.extract(at, actors);
    List<AnnotatedText.Sentence> sentences = at.sentences();
    int[] begin = new int[sentences.size()];
    int[] end = new int[sentences.size()];
    for (int i = 0; i < begin.length; i++) {
      begin[i] = sentences.get(i).begin;
      end[i] = sentences.get(i).end;
    }
    return new AnalyzedArticle(
        article, begin, end, at.paragraphs().size(), actors.mentions(), statements,
        at.splitSentences(), at.analyzedEnd() == article.text().length());
  }
}
