package org.actorgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.actorgraph.actors.ActorRegistry;
import org.actorgraph.actors.DocumentActors;
import org.actorgraph.actors.Titles;
import org.actorgraph.analysis.ArticleAnalyzer;
import org.actorgraph.model.Article;
import org.actorgraph.nlp.AnnotatedText;
import org.actorgraph.nlp.Models;
import org.actorgraph.nlp.TextAnnotator;
import org.actorgraph.nlp.ner.NameFinderModels;
import org.actorgraph.quotes.QuoteExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One JMH benchmark per stage, each on the same fixed text (the wire and Wikinews articles of
 * {@code testdata/actors-gold}, 31 articles), with its inputs prepared by the stages before it,
 * so that a regression in one stage shows by itself. Time per corpus pass (all 31 articles).
 *
 * <pre>make jmh   # or: make jmh JMH_ARGS='-f 1 -wi 1 -i 3 Names'</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnnotatorBenchmarks {
  private List<String> texts;
  private List<String> paragraphs;
  private List<String> sentences;
  private List<String[]> tokens;
  private List<AnnotatedText> annotated;
  private List<DocumentActors> actors;

  private SentenceDetectorME sentenceDetector;
  private TokenizerME tokenizer;
  private POSTaggerME tagger;
  private NameFinderME names;
  private ActorRegistry registry;
  private Titles titles;
  private QuoteExtractor quotes;
  private TextAnnotator annotator;
  private ArticleAnalyzer analyzer;

  @Setup(Level.Trial)
  public void setup() throws IOException {
    texts = fixedTexts();
    sentenceDetector = new SentenceDetectorME(Models.sentences());
    tokenizer = new TokenizerME(Models.tokens());
    tagger = new POSTaggerME(Models.pos());
    names = new NameFinderME(NameFinderModels.english());
    registry = ActorRegistry.defaults();
    titles = Titles.defaults();
    quotes = new QuoteExtractor();
    annotator = new TextAnnotator();
    analyzer = ArticleAnalyzer.withDefaults();

    paragraphs = new ArrayList<>();
    sentences = new ArrayList<>();
    tokens = new ArrayList<>();
    annotated = new ArrayList<>();
    actors = new ArrayList<>();
    int i = 0;
    for (String t : texts) {
      for (String p : t.split("\n")) {
        if (!p.isBlank()) {
          paragraphs.add(p);
        }
      }
      AnnotatedText at = annotator.annotate(t);
      annotated.add(at);
      for (AnnotatedText.Sentence s : at.sentences()) {
        sentences.add(t.substring(s.begin, s.end));
        tokens.add(s.tokens);
      }
      actors.add(DocumentActors.resolve(at, "doc" + i++, registry, titles));
    }
  }

  /** The testdata articles with their {@code date} header removed, in file-name order. */
  static List<String> fixedTexts() throws IOException {
    Path dir = Paths.get(System.getProperty("actorgraph.testdata", "testdata/actors-gold"));
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Files.readString(f, StandardCharsets.UTF_8).replaceFirst("\\A\\s*date \\d{4}-\\d{2}-\\d{2}\\s*", ""));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no .txt files in " + dir + " (run from the project root)");
    }
    return out;
  }

  @Benchmark
  public void sentences(Blackhole bh) {
    for (String p : paragraphs) {
      bh.consume(sentenceDetector.sentPosDetect(p));
    }
  }

  @Benchmark
  public void tokens(Blackhole bh) {
    for (String s : sentences) {
      bh.consume(tokenizer.tokenizePos(s));
    }
  }

  @Benchmark
  public void pos(Blackhole bh) {
    for (String[] t : tokens) {
      bh.consume(tagger.tag(t));
    }
  }

  @Benchmark
  public void names(Blackhole bh) {
    for (AnnotatedText at : annotated) {
      for (AnnotatedText.Sentence s : at.sentences()) {
        Span[] found = names.find(s.tokens);
        bh.consume(found);
      }
      names.clearAdaptiveData();
    }
  }

  @Benchmark
  public void resolution(Blackhole bh) {
    for (int i = 0; i < annotated.size(); i++) {
      bh.consume(DocumentActors.resolve(annotated.get(i), "doc" + i, registry, titles));
    }
  }

  @Benchmark
  public void quotations(Blackhole bh) {
    for (int i = 0; i < annotated.size(); i++) {
      bh.consume(quotes.extract(annotated.get(i), actors.get(i)));
    }
  }

  /** The whole annotator (paragraphs, sentences, tokens, POS, names, document consistency). */
  @Benchmark
  public void annotate(Blackhole bh) {
    for (String t : texts) {
      bh.consume(annotator.annotate(t));
    }
  }

  /** Everything the job does per article: what the limit loop measures. */
  @Benchmark
  public void analyze(Blackhole bh) {
    int i = 0;
    for (String t : texts) {
      bh.consume(analyzer.analyze(Article.of("doc" + i++, t)));
    }
  }
}
