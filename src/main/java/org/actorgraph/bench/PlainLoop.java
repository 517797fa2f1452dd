package org.actorgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.actorgraph.analysis.ArticleAnalyzer;
import org.actorgraph.io.ArticleParser;
import org.actorgraph.model.AnalyzedArticle;
import org.actorgraph.model.Article;
import org.actorgraph.model.Reject;

/**
 * The limit: the job's own language work ({@link ArticleAnalyzer}) in a plain single-threaded
 * loop, no Beam. Articles are parsed into memory first (not timed); the clock runs from the
 * first {@code analyze} call, with the models already loaded, so it is the best a single core
 * can do on this code. One pass over the largest size reports every smaller size on the way
 * (the first N articles), since the corpora are prefixes of each other.
 *
 * <pre>PlainLoop DIR [--sizes=1000,5000,20000] [--label=synth]</pre>
 *
 * Prints one line per size: {@code limit <label> <n> <seconds> <articles/s> <MB/s> <mentions> <statements>}.
 */
public final class PlainLoop {
  private PlainLoop() {}

  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args[0]);
    int[] sizes = {Integer.MAX_VALUE};
    String label = dir.getFileName().toString();
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("--sizes=")) {
        sizes = Arrays.stream(args[i].substring(8).split(",")).mapToInt(Integer::parseInt).sorted().toArray();
      } else if (args[i].startsWith("--label=")) {
        label = args[i].substring(8);
      }
    }
    List<Article> articles = read(dir, sizes[sizes.length - 1]);
    ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
    long chars = 0;
    long bytes = 0;
    long mentions = 0;
    long statements = 0;
    int next = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < articles.size() && next < sizes.length; i++) {
      Article a = articles.get(i);
      AnalyzedArticle r = analyzer.analyze(a);
      mentions += r.mentions.size();
      statements += r.statements.size();
      chars += a.text().length();
      bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
      int done = i + 1;
      if (done == sizes[next] || done == articles.size()) {
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("limit %s %d %.2f %.2f %.3f %d %d%n",
            label, done, s, done / s, bytes / 1e6 / s, mentions, statements);
        while (next < sizes.length && sizes[next] <= done) {
          next++;
        }
      }
    }
  }

  static List<Article> read(Path dir, int max) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl") || p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Article> out = new ArrayList<>();
    ArticleParser parser = new ArticleParser(2L << 20);
    for (Path f : files) {
      if (out.size() >= max) {
        break;
      }
      try (InputStream in = Files.newInputStream(f)) {
        parser.parse(f.toString(), in, new ArticleParser.Sink() {
          @Override
          public void article(Article a) {
            if (out.size() < max) {
              out.add(a);
            }
          }

          @Override
          public void reject(Reject r) {}
        });
      }
    }
    return out;
  }
}
