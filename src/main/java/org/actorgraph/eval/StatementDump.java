package org.actorgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.actorgraph.analysis.ArticleAnalyzer;
import org.actorgraph.eval.PolnearCorpus.Doc;
import org.actorgraph.io.ArticleParser;
import org.actorgraph.model.AnalyzedArticle;
import org.actorgraph.model.Article;
import org.actorgraph.model.Reject;
import org.actorgraph.model.Statement;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Every statement the language core makes, one fully serialised line each, sorted, so that two
 * versions of the extractor can be compared with {@code cmp} or {@code diff}. Used by {@code make
 * regress} (committed corpus, committed expected file) and {@code make dump-attribution} (the
 * PolNeAR articles, too many to commit). The last column, {@code rule}, is new since the baseline
 * dumps: compare the others with {@code cut -f1-16}.
 *
 * <p>Usage: {@code StatementDump --out FILE (--polnear DIR | FILE_OR_GLOB...)}.
 */
public final class StatementDump {

  /** Column names of the dump, in order. */
  static final String HEADER = String.join("\t", "doc", "n", "kind", "begin", "end", "sentence",
      "cue", "cue_begin", "cue_end", "speaker_surface", "speaker_begin", "speaker_end", "actor_id",
      "speaker_name", "confidence", "text", "rule");

  private StatementDump() {}

  public static void main(String[] args) throws IOException {
    Path out = null;
    Path polnear = null;
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--polnear" -> polnear = Path.of(args[++i]);
        default -> inputs.add(args[i]);
      }
    }
    if (out == null || (polnear == null) == inputs.isEmpty()) {
      throw new IllegalArgumentException(
          "usage: StatementDump --out FILE (--polnear DIR | FILE_OR_GLOB...)");
    }
    List<Article> articles = polnear != null ? polnear(polnear) : files(inputs);
    ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
    List<String> lines = new ArrayList<>();
    for (Article a : articles) {
      AnalyzedArticle r = analyzer.analyze(a);
      for (int n = 0; n < r.statements.size(); n++) {
        lines.add(line(a.docId(), n, r.statements.get(n)));
      }
    }
    lines.sort(null);
    List<String> all = new ArrayList<>();
    all.add(HEADER);
    all.addAll(lines);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.write(out, all, StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "%d articles, %d statements -> %s%n", articles.size(),
        lines.size(), out);
  }

  /** One statement: every field, text with tabs and line breaks escaped. */
  static String line(String doc, int n, Statement s) {
    // the statement index is zero-padded so that a plain sort keeps extraction order in a doc
    return String.join("\t", esc(doc), String.format(Locale.ROOT, "%04d", n), s.kind.label(),
        Integer.toString(s.begin), Integer.toString(s.end), Integer.toString(s.sentence),
        esc(s.cue), Integer.toString(s.cueBegin), Integer.toString(s.cueEnd),
        esc(s.speakerSurface), Integer.toString(s.speakerBegin), Integer.toString(s.speakerEnd),
        esc(s.actorId), esc(s.speakerName), Double.toString(s.confidence), esc(s.text),
        esc(s.rule));
  }

  private static String esc(@Nullable String s) {
    if (s == null) {
      return "\\N";
    }
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static List<Article> polnear(Path dir) throws IOException {
    List<Article> out = new ArrayList<>();
    for (Doc d : PolnearCorpus.read(dir, null)) {
      out.add(Article.of(d.name, d.text));
    }
    return out;
  }

  /** Articles of the given files (globs relative to the working folder), parsed as the job does. */
  private static List<Article> files(List<String> inputs) throws IOException {
    List<Path> paths = new ArrayList<>();
    for (String in : inputs) {
      if (in.contains("*")) {
        Path base = Path.of(in.substring(0, in.lastIndexOf('/', in.indexOf('*')) + 1));
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + in);
        try (Stream<Path> s = Files.walk(base.toString().isEmpty() ? Path.of(".") : base)) {
          s.filter(Files::isRegularFile).filter(m::matches).sorted().forEach(paths::add);
        }
      } else {
        paths.add(Path.of(in));
      }
    }
    ArticleParser parser = new ArticleParser(2_000_000);
    List<Article> out = new ArrayList<>();
    for (Path p : paths) {
      String name = p.toString();
      try (InputStream in = Files.newInputStream(p)) { // the parser decompresses by the name
        parser.parse(name, in, new ArticleParser.Sink() {
          @Override
          public void article(Article article) {
            out.add(article);
          }

          @Override
          public void reject(Reject reject) {}
        });
      } catch (IOException e) {
        throw new UncheckedIOException(name, e);
      }
    }
    out.sort((a, b) -> a.docId().compareTo(b.docId()));
    return out;
  }
}
