package org.actorgraph.io;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.model.Article;
import org.actorgraph.model.Reject;

/** Keeps what the parser emits, in order, for the parser's tests. */
final class CollectingSink implements ArticleParser.Sink {
  final List<Article> articles = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();

  @Override
  public void article(Article a) {
    articles.add(a);
  }

  @Override
  public void reject(Reject r) {
    rejects.add(r);
  }
}
