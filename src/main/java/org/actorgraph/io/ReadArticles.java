package org.actorgraph.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.List;
import org.actorgraph.model.Article;
import org.actorgraph.model.ArticleCoder;
import org.actorgraph.model.Reject;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Matches the input globs, opens each file (gzip and bzip2 by extension) and parses it into
 * articles and rejects. Articles are then spread evenly over workers: one large JSON Lines file
 * would otherwise be analysed by a single worker.
 */
public final class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<Article>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};

  private final List<String> globs;
  private final long maxArticleBytes;

  private ReadArticles(List<String> globs, long maxArticleBytes) {
    this.globs = globs;
    this.maxArticleBytes = maxArticleBytes;
  }

  public static ReadArticles from(List<String> globs, long maxArticleBytes) {
    return new ReadArticles(globs, maxArticleBytes);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    PCollectionTuple parsed =
        input
            .apply("Globs", Create.of(globs))
            .apply("MatchFiles", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
            .apply(
                "OpenFiles",
                FileIO.readMatches()
                    .withCompression(Compression.AUTO)
                    .withDirectoryTreatment(FileIO.ReadMatches.DirectoryTreatment.SKIP))
            .apply(
                "ParseFiles",
                ParDo.of(new ParseFileFn(maxArticleBytes))
                    .withOutputTags(ARTICLES, TupleTagList.of(REJECTS)));
    PCollection<Article> articles =
        parsed.get(ARTICLES).setCoder(ArticleCoder.of()).apply("Rebalance", Reshuffle.viaRandomKey());
    PCollection<Reject> rejects = parsed.get(REJECTS).setCoder(SerializableCoder.of(Reject.class));
    return PCollectionTuple.of(ARTICLES, articles).and(REJECTS, rejects);
  }

  /** Parses one file; counts files, articles and rejects. */
  static final class ParseFileFn extends DoFn<FileIO.ReadableFile, Article> {
    private final Counter files = Metrics.counter(ReadArticles.class, "files");
    private final Counter articles = Metrics.counter(ReadArticles.class, "articles");
    private final Counter rejects = Metrics.counter(ReadArticles.class, "rejects");
    private final Counter bytes = Metrics.counter(ReadArticles.class, "article_bytes");
    private final long maxArticleBytes;
    private transient ArticleParser parser;

    ParseFileFn(long maxArticleBytes) {
      this.maxArticleBytes = maxArticleBytes;
    }

    @Setup
    public void setup() {
      parser = new ArticleParser(maxArticleBytes);
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      files.inc();
      String path = file.getMetadata().resourceId().toString();
      boolean[] emitted = {false};
      ArticleParser.Sink sink =
          new ArticleParser.Sink() {
            @Override
            public void article(Article a) {
              emitted[0] = true;
              articles.inc();
              bytes.inc(a.text().length());
              out.get(ARTICLES).output(a);
            }

            @Override
            public void reject(Reject r) {
              emitted[0] = true;
              rejects.inc();
              Metrics.counter(ReadArticles.class, "rejects_" + r.reason().label()).inc();
              out.get(REJECTS).output(r);
            }
          };
      try (InputStream in = Channels.newInputStream(file.open())) {
        parser.parse(path, in, sink);
      } catch (IOException e) {
        // cannot open it (a failure to close after parsing changes nothing): a reject, not a failed job
        if (!emitted[0]) {
          sink.reject(new Reject(path, null, Reject.Reason.UNREADABLE, String.valueOf(e.getMessage())));
        }
      }
    }
  }
}
