package org.actorgraph.analysis;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.actors.ActorRegistry;
import org.actorgraph.io.Tables;
import org.actorgraph.model.AnalyzedArticle;
import org.actorgraph.model.Article;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Reject;
import org.actorgraph.model.Statement;
import org.actorgraph.progress.ProgressReporter;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Annotates each article, resolves its actors and extracts its statements, emitting the rows of
 * the {@code documents}, {@code mentions} and {@code statements} tables. An article the analysis
 * fails on becomes a reject, so one bad article never stops the job.
 */
public final class AnalyzeArticles extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<Row> DOCUMENTS = new TupleTag<Row>() {};
  public static final TupleTag<Row> MENTIONS = new TupleTag<Row>() {};
  public static final TupleTag<Row> STATEMENTS = new TupleTag<Row>() {};
  public static final TupleTag<Reject> FAILURES = new TupleTag<Reject>() {};
  /** Each document's mentions as one list: what co-mentions are counted from. */
  public static final TupleTag<List<Row>> MENTIONS_BY_DOCUMENT = new TupleTag<List<Row>>() {};

  private final @Nullable String actorsFile;

  private AnalyzeArticles(@Nullable String actorsFile) {
    this.actorsFile = actorsFile;
  }

  /** Uses the default registry plus, if given, a user's registry file. */
  public static AnalyzeArticles withRegistry(@Nullable String actorsFile) {
    return new AnalyzeArticles(actorsFile);
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple out =
        articles.apply(
            "Analyze",
            ParDo.of(new AnalyzeFn(actorsFile))
                .withOutputTags(
                    DOCUMENTS,
                    TupleTagList.of(MENTIONS).and(STATEMENTS).and(FAILURES).and(MENTIONS_BY_DOCUMENT)));
    out.get(DOCUMENTS).setRowSchema(Tables.DOCUMENTS_SCHEMA);
    out.get(MENTIONS).setRowSchema(Tables.MENTIONS_SCHEMA);
    out.get(STATEMENTS).setRowSchema(Tables.STATEMENTS_SCHEMA);
    out.get(FAILURES).setCoder(SerializableCoder.of(Reject.class));
    out.get(MENTIONS_BY_DOCUMENT).setCoder(ListCoder.of(SchemaCoder.of(Tables.MENTIONS_SCHEMA)));
    return out;
  }

  /** One analyzer per DoFn instance: the OpenNLP tools are not thread-safe, the models are shared. */
  static final class AnalyzeFn extends DoFn<Article, Row> {
    private final Counter documents = Metrics.counter(AnalyzeArticles.class, "documents");
    private final Counter sentences = Metrics.counter(AnalyzeArticles.class, "sentences");
    private final Counter mentions = Metrics.counter(AnalyzeArticles.class, "mentions");
    private final Counter statements = Metrics.counter(AnalyzeArticles.class, "statements");
    private final Counter attributed = Metrics.counter(AnalyzeArticles.class, "statements_attributed");
    private final Counter failures = Metrics.counter(AnalyzeArticles.class, "analysis_failures");
    private final Counter split = Metrics.counter(AnalyzeArticles.class, "sentences_split");
    private final Counter capped = Metrics.counter(AnalyzeArticles.class, "articles_over_token_budget");
    private final Distribution chars = Metrics.distribution(AnalyzeArticles.class, "article_chars");
    private final @Nullable String actorsFile;
    private transient ArticleAnalyzer analyzer;

    AnalyzeFn(@Nullable String actorsFile) {
      this.actorsFile = actorsFile;
    }

    @Setup
    public void setup() {
      analyzer = new ArticleAnalyzer(ActorRegistry.withUserFile(actorsFile));
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      AnalyzedArticle a;
      try {
        a = analyzer.analyze(article);
      } catch (RuntimeException | StackOverflowError e) {
        failures.inc();
        out.get(FAILURES)
            .output(new Reject(article.sourcePath(), article.line(), Reject.Reason.ANALYSIS_FAILED,
                failureDetail(article, e)));
        return;
      }
      split.inc(a.splitSentences);
      if (!a.analyzedWhole) {
        capped.inc();
      }
      documents.inc();
      ProgressReporter.LOCAL.incrementAndGet();
      sentences.inc(a.nSentences);
      mentions.inc(a.mentions.size());
      statements.inc(a.statements.size());
      chars.update(article.text().length());
      CodePoints cp = CodePoints.of(article.text());
      out.get(DOCUMENTS).output(Rows.document(a, cp));
      List<Row> mentionRows = new ArrayList<>(a.mentions.size());
      for (Mention m : a.mentions) {
        Row row = Rows.mention(article, m, cp);
        mentionRows.add(row);
        out.get(MENTIONS).output(row);
      }
      out.get(MENTIONS_BY_DOCUMENT).output(mentionRows);
      int n = 0;
      for (Statement s : a.statements) {
        if (s.actorId != null) {
          attributed.inc();
        }
        out.get(STATEMENTS).output(Rows.statement(a, s, n++, cp));
      }
    }
  }

  /**
   * What a reader of {@code rejects} needs: that this is a bug of the job, not of the input, and
   * where it happened (the first frame of the job's own code), without a stack trace.
   */
  static String failureDetail(Article article, Throwable e) {
    String where = "";
    for (StackTraceElement f : e.getStackTrace()) {
      if (f.getClassName().startsWith("org.actorgraph.")) {
        String cls = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
        where = " in " + cls + "." + f.getMethodName() + " (line " + f.getLineNumber() + ")";
        break;
      }
    }
    return "internal error" + where + " (" + e.getClass().getSimpleName() + ") on an article of "
        + article.text().length() + " chars: a bug of actorgraph, not of the input; the article is skipped";
  }
}
