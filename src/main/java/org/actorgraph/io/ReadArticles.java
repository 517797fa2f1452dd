package org.actorgraph.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.List;
import org.actorgraph.model.Article;
import org.actorgraph.model.ArticleCoder;
import org.actorgraph.model.Reject;
import org.apache.beam.sdk.coders.SerializableCoder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Matches the input globs ({@link InputFiles}: every entry, dangling links included), opens
 * each file once (gzip and bzip2 by extension) and parses it into articles and rejects. Articles are then spread evenly over workers: one large JSON Lines file
 * would otherwise be analysed by a single worker.
 */
public final class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<Article>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};

  private final List<String> globs;
  private final long maxArticleBytes;
  private final int groups;

  private ReadArticles(List<String> globs, long maxArticleBytes, int groups) {
    this.globs = globs;
    this.maxArticleBytes = maxArticleBytes;
    this.groups = groups;
  }

  /** Reads {@code globs}; articles are spread over {@code groups} groups for the analysis. */
  public static ReadArticles from(List<String> globs, long maxArticleBytes, int groups) {
    return new ReadArticles(globs, maxArticleBytes, groups);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    List<String> absolute = InputFiles.absolute(globs);
    String base = InputFiles.commonBase(absolute);
    LocalDate runDate = LocalDate.now(ZoneOffset.UTC);
    PCollectionTuple parsed =
        input
            .apply("Globs", Create.of(absolute))
            .apply("MatchFiles", ParDo.of(new MatchFn(base)))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(InputFiles.Entry.class)))
            // a file two globs match is read once; the grouping also spreads files over workers
            .apply("GroupByPath", GroupByKey.create())
            .apply("OncePerPath", ParDo.of(new OnceFn()))
            .setCoder(SerializableCoder.of(InputFiles.Entry.class))
            .apply(
                "ParseFiles",
                ParDo.of(new ParseFileFn(maxArticleBytes, runDate))
                    .withOutputTags(ARTICLES, TupleTagList.of(REJECTS)));
    PCollection<Article> read = parsed.get(ARTICLES).setCoder(ArticleCoder.of());
    read.apply("CountDuplicateIds", new CountDuplicateIds());
    PCollection<Article> articles = read.apply("Rebalance", new Rebalance(groups));
    PCollection<Reject> rejects = parsed.get(REJECTS).setCoder(SerializableCoder.of(Reject.class));
    return PCollectionTuple.of(ARTICLES, articles).and(REJECTS, rejects);
  }

  /** Matches one glob; every entry, readable or not, keyed by its path. */
  static final class MatchFn extends DoFn<String, KV<String, InputFiles.Entry>> {
    private final String base;

    MatchFn(String base) {
      this.base = base;
    }

    @ProcessElement
    public void process(@Element String glob, OutputReceiver<KV<String, InputFiles.Entry>> out) throws IOException {
      InputFiles.match(glob, base, e -> out.output(KV.of(e.path, e)));
    }
  }

  /** One entry per path; counts what was matched. */
  static final class OnceFn extends DoFn<KV<String, Iterable<InputFiles.Entry>>, InputFiles.Entry> {
    private final Counter files = Metrics.counter(ReadArticles.class, "files");
    private final Counter twice = Metrics.counter(ReadArticles.class, "files_matched_twice");

    @ProcessElement
    public void process(@Element KV<String, Iterable<InputFiles.Entry>> kv, OutputReceiver<InputFiles.Entry> out) {
      java.util.Iterator<InputFiles.Entry> it = kv.getValue().iterator();
      files.inc();
      out.output(it.next());
      while (it.hasNext()) {
        it.next();
        twice.inc();
      }
    }
  }

  /**
   * Counts JSON {@code id}s that more than one article carries (the extra copies): reprints
   * and feeds that reuse ids. Doc ids are unique by construction and counted the same way.
   */
  static final class CountDuplicateIds extends PTransform<PCollection<Article>, PCollection<Long>> {
    @Override
    public PCollection<Long> expand(PCollection<Article> articles) {
      PCollection<KV<String, Long>> ids = articles
          .apply("Ids", ParDo.of(new DoFn<Article, String>() {
            @ProcessElement
            public void process(@Element Article a, OutputReceiver<String> out) {
              out.output("doc\u0000" + a.docId());
              if (a.articleId() != null) {
                out.output("id\u0000" + a.articleId());
              }
            }
          }))
          .apply("CountIds", Count.perElement());
      return ids.apply("Duplicates", ParDo.of(new DoFn<KV<String, Long>, Long>() {
        private final Counter articleIds = Metrics.counter(ReadArticles.class, "duplicate_article_ids");
        private final Counter docIds = Metrics.counter(ReadArticles.class, "duplicate_doc_ids");

        @ProcessElement
        public void process(@Element KV<String, Long> kv, OutputReceiver<Long> out) {
          if (kv.getValue() > 1) {
            (kv.getKey().startsWith("id\u0000") ? articleIds : docIds).inc(kv.getValue() - 1);
          }
        }
      }));
    }
  }

  /**
   * Spreads articles over a fixed number of groups by a hash of their id: even work for every
   * worker whatever the file sizes, and few bundles on the DirectRunner, whose cost is per
   * bundle (a random key per article would make one bundle per article).
   */
  static final class Rebalance extends PTransform<PCollection<Article>, PCollection<Article>> {
    private final int groups;

    Rebalance(int groups) {
      this.groups = groups;
    }

    @Override
    public PCollection<Article> expand(PCollection<Article> articles) {
      return articles
          .apply("KeyByGroup", WithKeys.of((Article a) -> Math.floorMod(a.docId().hashCode(), groups))
              .withKeyType(TypeDescriptors.integers()))
          .setCoder(KvCoder.of(VarIntCoder.of(), ArticleCoder.of()))
          .apply("GroupArticles", GroupByKey.create())
          .apply("Ungroup", ParDo.of(new UngroupFn()))
          .setCoder(ArticleCoder.of());
    }
  }

  static final class UngroupFn extends DoFn<KV<Integer, Iterable<Article>>, Article> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Article>> group, OutputReceiver<Article> out) {
      for (Article a : group.getValue()) {
        out.output(a);
      }
    }
  }

  /** Parses one file; counts what became of files and lines (the manifest reconciles them). */
  static final class ParseFileFn extends DoFn<InputFiles.Entry, Article> {
    private final Counter filesRead = Metrics.counter(ReadArticles.class, "files_read");
    private final Counter fileRejects = Metrics.counter(ReadArticles.class, "file_rejects");
    private final Counter linesRead = Metrics.counter(ReadArticles.class, "lines_read");
    private final Counter lineRejects = Metrics.counter(ReadArticles.class, "line_rejects");
    private final Counter articles = Metrics.counter(ReadArticles.class, "articles");
    private final Counter rejects = Metrics.counter(ReadArticles.class, "rejects");
    private final Counter dateWarnings = Metrics.counter(ReadArticles.class, "date_warnings");
    private final Counter bytes = Metrics.counter(ReadArticles.class, "article_bytes");
    private final long maxArticleBytes;
    private final LocalDate runDate;
    private transient ArticleParser parser;

    ParseFileFn(long maxArticleBytes, LocalDate runDate) {
      this.maxArticleBytes = maxArticleBytes;
      this.runDate = runDate;
    }

    @Setup
    public void setup() {
      parser = new ArticleParser(maxArticleBytes, runDate);
    }

    @ProcessElement
    public void process(@Element InputFiles.Entry file, MultiOutputReceiver out) {
      ArticleParser.Sink sink =
          new ArticleParser.Sink() {
            @Override
            public void article(Article a) {
              articles.inc();
              bytes.inc(a.text().length());
              if (a.dateWarning() != null) {
                dateWarnings.inc();
              }
              out.get(ARTICLES).output(a);
            }

            @Override
            public void reject(Reject r) {
              rejects.inc();
              (r.line() == null ? fileRejects : lineRejects).inc();
              Metrics.counter(ReadArticles.class, "rejects_" + r.reason().label()).inc();
              out.get(REJECTS).output(r);
            }
          };
      if (file.problem != null) {
        sink.reject(new Reject(file.path, null, Reject.Reason.UNREADABLE, file.problem));
        return;
      }
      ArticleParser.Outcome outcome;
      try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(file.path, false)))) {
        outcome = parser.parse(file.path, file.name, in, sink);
      } catch (IOException e) {
        // cannot open it: a reject, not a failed job (a failure to close after parsing changes nothing)
        sink.reject(new Reject(file.path, null, Reject.Reason.UNREADABLE,
            "cannot be opened: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        return;
      }
      if (!outcome.fileRejected) {
        filesRead.inc();
        linesRead.inc(outcome.records);
      }
    }
  }
}
