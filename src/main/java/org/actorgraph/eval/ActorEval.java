package org.actorgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.actorgraph.actors.CorpusActors;
import org.actorgraph.analysis.ArticleAnalyzer;
import org.actorgraph.io.ArticleParser;
import org.actorgraph.model.Article;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Reject;
import org.actorgraph.model.EntityType;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Scores actor resolution against hand-made gold clusters: {@code DIR/gold.tsv} holds one row per
 * name mention ({@code file begin end surface actor}) over the {@code .txt} articles in DIR.
 *
 * <p>Each gold mention's predicted cluster is the actor id of the system mention with the same
 * span; failing that, of the system mention that overlaps it most (so "Chuck Schumer" found as
 * "Senate Minority Leader Chuck Schumer" still counts). A gold mention with no overlapping system
 * mention, or whose system mention is ambiguous (no actor id), is a singleton predicted cluster.
 * Gold mentions labelled {@code AMBIGUOUS} are each a singleton gold cluster. Clusters are
 * corpus-wide, so merging across documents is scored. Mention detection is reported separately,
 * by exact span and by overlap.
 *
 * <p>Usage: {@code ActorEval [DIR...] [--dump] [--errors] [--actors=FILE]}; each DIR is scored on its own. {@code --dump} prints
 * the system's mentions in the gold format (a starting point for hand annotation, never the gold
 * itself); {@code --errors} lists the disagreements.
 */
public final class ActorEval {
  public static final String AMBIGUOUS = "AMBIGUOUS";

  record Gold(String file, int begin, int end, String surface, String actor) {}

  public static void main(String[] args) throws IOException {
    List<Path> dirs = new ArrayList<>();
    boolean dump = false;
    boolean errors = false;
    String actors = null;
    for (String a : args) {
      if (a.equals("--dump")) {
        dump = true;
      } else if (a.equals("--errors")) {
        errors = true;
      } else if (a.startsWith("--actors=")) {
        actors = a.substring("--actors=".length());
      } else {
        dirs.add(Path.of(a));
      }
    }
    if (dirs.isEmpty()) {
      dirs.add(Path.of("testdata/actors-gold"));
    }
    ArticleAnalyzer analyzer =
        new ArticleAnalyzer(org.actorgraph.actors.ActorRegistry.withUserFile(actors));
    for (Path dir : dirs) {
      if (dirs.size() > 1 && !dump) {
        System.out.println("== gold " + dir);
      }
      evaluate(dir, analyzer, dump, errors);
    }
  }

  /** Scores (or dumps) one gold folder; one analyzer serves every folder (the models load once). */
  static void evaluate(Path dir, ArticleAnalyzer analyzer, boolean dump, boolean errors)
      throws IOException {
    Map<String, Article> articles = readArticles(dir);
    Map<String, List<Mention>> system = new LinkedHashMap<>();
    for (Map.Entry<String, Article> e : articles.entrySet()) {
      system.put(e.getKey(), analyzer.analyze(e.getValue()).mentions);
    }
    corpusLevel(system);
    if (dump) {
      System.out.println("file\tbegin\tend\tsurface\tactor");
      for (Map.Entry<String, List<Mention>> e : system.entrySet()) {
        for (Mention m : e.getValue()) {
          System.out.println(e.getKey() + "\t" + m.begin + "\t" + m.end + "\t" + m.surface + "\t"
              + (m.actorId == null ? AMBIGUOUS : m.actorId) + "\t" + m.type);
        }
      }
      return;
    }
    List<Gold> gold = readGold(dir.resolve("gold.tsv"), articles);
    report(articles, system, gold, errors);
  }

  static void report(Map<String, Article> articles, Map<String, List<Mention>> system,
      List<Gold> gold, boolean errors) {
    List<String> goldLabels = new ArrayList<>();
    List<String> predLabels = new ArrayList<>();
    int exact = 0;
    int overlap = 0;
    Map<String, Map<String, Integer>> goldToPred = new TreeMap<>();
    Map<String, Map<String, Integer>> predToGold = new TreeMap<>();
    List<String> missed = new ArrayList<>();
    for (Gold g : gold) {
      Mention m = match(system.getOrDefault(g.file, List.of()), g.begin, g.end);
      String key = g.file + ":" + g.begin;
      String goldLabel = g.actor.equals(AMBIGUOUS) ? "ambiguous#" + key : g.actor;
      String pred;
      if (m == null) {
        pred = "missed#" + key;
        missed.add(g.file + "\t" + g.begin + "\t" + g.surface + "\t" + g.actor);
      } else {
        overlap++;
        if (m.begin == g.begin && m.end == g.end) {
          exact++;
        }
        pred = m.actorId == null ? "ambiguous#" + key : m.actorId;
        String shown = m.actorId == null ? AMBIGUOUS : m.actorId;
        goldToPred.computeIfAbsent(g.actor, k -> new TreeMap<>()).merge(shown, 1, Integer::sum);
        predToGold.computeIfAbsent(shown, k -> new TreeMap<>()).merge(g.actor, 1, Integer::sum);
      }
      goldLabels.add(goldLabel);
      predLabels.add(pred);
    }
    int systemMentions = 0;
    int systemExact = 0;
    int systemOverlap = 0;
    List<String> spurious = new ArrayList<>();
    Map<String, List<Gold>> goldByFile = new HashMap<>();
    for (Gold g : gold) {
      goldByFile.computeIfAbsent(g.file, k -> new ArrayList<>()).add(g);
    }
    for (Map.Entry<String, List<Mention>> e : system.entrySet()) {
      List<Gold> gs = goldByFile.getOrDefault(e.getKey(), List.of());
      for (Mention m : e.getValue()) {
        systemMentions++;
        boolean ex = false;
        boolean ov = false;
        for (Gold g : gs) {
          ex |= g.begin == m.begin && g.end == m.end;
          ov |= g.begin < m.end && m.begin < g.end;
        }
        systemExact += ex ? 1 : 0;
        systemOverlap += ov ? 1 : 0;
        if (!ov) {
          spurious.add(e.getKey() + "\t" + m.begin + "\t" + m.surface + "\t" + m.actorId);
        }
      }
    }
    if (errors) {
      System.out.println("# gold clusters split by the system (gold -> predicted ids)");
      goldToPred.forEach((g, p) -> {
        if (p.size() > 1 || p.containsKey(AMBIGUOUS) && !g.equals(AMBIGUOUS)) {
          System.out.println(g + "\t" + p);
        }
      });
      System.out.println("# system clusters merging gold clusters (predicted -> gold)");
      predToGold.forEach((p, g) -> {
        if (g.size() > 1 && !p.equals(AMBIGUOUS)) {
          System.out.println(p + "\t" + g);
        }
      });
      System.out.println("# gold mentions the system missed");
      missed.forEach(System.out::println);
      System.out.println("# system mentions not in the gold");
      spurious.forEach(System.out::println);
    }
    long clusters = goldLabels.stream().distinct().count();
    System.out.printf(Locale.ROOT, "articles %d gold mentions %d gold clusters %d system mentions %d%n",
        articles.size(), gold.size(), clusters, systemMentions);
    System.out.printf(Locale.ROOT,
        "mention detection exact precision %.3f recall %.3f; overlap precision %.3f recall %.3f%n",
        ratio(systemExact, systemMentions), ratio(exact, gold.size()),
        ratio(systemOverlap, systemMentions), ratio(overlap, gold.size()));
    BCubed b = BCubed.score(goldLabels, predLabels);
    System.out.printf(Locale.ROOT, "b-cubed precision %.3f recall %.3f f1 %.3f%n",
        b.precision, b.recall, b.f1());
  }

  /** The job's corpus-level resolution ({@link CorpusActors}) over the gold folder's articles. */
  static void corpusLevel(Map<String, List<Mention>> system) {
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (List<Mention> ms : system.values()) {
      for (Mention m : ms) {
        String[] v = CorpusActors.vote(m.actorId, m.type.name(), m.resolution, m.actorName);
        if (v != null) {
          votes.computeIfAbsent(v[0], k -> new HashMap<>()).merge(v[1], 1, Integer::sum);
        }
      }
    }
    Map<String, String> rewrites = new HashMap<>();
    votes.forEach((k, v) -> CorpusActors.decide(k, v, rewrites));
    for (Map.Entry<String, List<Mention>> e : system.entrySet()) {
      List<Mention> out = new ArrayList<>();
      for (Mention m : e.getValue()) {
        String to = CorpusActors.relink(m.actorId, rewrites);
        String type = to == null ? null : CorpusActors.typeOf(to);
        out.add(to == null ? m : new Mention(m.begin, m.end, m.surface,
            type == null ? m.type : EntityType.valueOf(type), m.sentence, m.paragraph, m.cluster, to,
            m.actorName, m.title, "corpus"));
      }
      e.setValue(out);
    }
  }

  /** The system mention with the same span, else the one overlapping it most; null if none. */
  static @Nullable Mention match(List<Mention> mentions, int begin, int end) {
    Mention best = null;
    int bestOverlap = 0;
    for (Mention m : mentions) {
      if (m.begin == begin && m.end == end) {
        return m;
      }
      int o = Math.min(end, m.end) - Math.max(begin, m.begin);
      if (o > bestOverlap) {
        best = m;
        bestOverlap = o;
      }
    }
    return best;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** The .txt articles of a folder, by file name, text as the job reads it (date header removed). */
  static Map<String, Article> readArticles(Path dir) throws IOException {
    Map<String, Article> out = new TreeMap<>();
    ArticleParser parser = new ArticleParser(Long.MAX_VALUE / 4);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.txt")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        try (InputStream in = Files.newInputStream(f)) {
          parser.parse(f.toString(), in, new ArticleParser.Sink() {
            @Override
            public void article(Article article) {
              out.put(name, article);
            }

            @Override
            public void reject(Reject reject) {
              throw new IllegalStateException("gold article rejected: " + name + " " + reject);
            }
          });
        }
      }
    }
    return out;
  }

  static List<Gold> readGold(Path file, Map<String, Article> articles) throws IOException {
    List<Gold> out = new ArrayList<>();
    int line = 0;
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (l.isBlank() || l.startsWith("#") || l.startsWith("file\t")) {
        continue;
      }
      String[] f = l.split("\t");
      if (f.length < 5) {
        throw new IllegalArgumentException(file + ":" + line + ": expected 5 columns");
      }
      Article a = articles.get(f[0]);
      if (a == null) {
        throw new IllegalArgumentException(file + ":" + line + ": no article " + f[0]);
      }
      int b = Integer.parseInt(f[1]);
      int e = Integer.parseInt(f[2]);
      String surface = a.text().substring(b, e);
      if (!surface.equals(f[3])) {
        throw new IllegalArgumentException(
            file + ":" + line + ": text at " + b + "-" + e + " is '" + surface + "', not '" + f[3] + "'");
      }
      out.add(new Gold(f[0], b, e, f[3], f[4]));
    }
    return out;
  }
}
