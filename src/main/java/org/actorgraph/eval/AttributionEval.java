package org.actorgraph.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.actorgraph.nlp.Lexicon;
import org.actorgraph.analysis.ArticleAnalyzer;
import org.actorgraph.eval.PolnearCorpus.Attribution;
import org.actorgraph.eval.PolnearCorpus.Doc;
import org.actorgraph.eval.PolnearCorpus.Span;
import org.actorgraph.model.AnalyzedArticle;
import org.actorgraph.model.Article;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Statement;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Scores quotation extraction and attribution ({@link ArticleAnalyzer}, the same core the pipeline
 * runs) against a PolNeAR-format folder.
 *
 * <p>Gold: the <em>speech attributions</em>, i.e. PolNeAR relations whose cue contains a verb of
 * the frozen GenderGapTracker quotation-verb list ({@code gold_speech_verbs.txt}), "according to"
 * or a colon, or whose content holds a double quotation mark (“ ” " « » „) or opens with ‘.
 *
 * <p>Overlap rule: spans are compared as sets of words (maximal runs of letters and digits,
 * identified by their start offset; a discontinuous gold span is the union of its pieces). A
 * predicted statement and a gold content span <em>match</em> when the words they share are at
 * least half the words of the shorter of the two. Matching is one-to-one: candidate pairs are
 * taken greedily by Dice coefficient, best first. A prediction that matches no speech attribution
 * but matches another gold attribution (thought, belief, ...) is ignored, neither right nor
 * wrong; every other unmatched prediction is spurious.
 *
 * <p>Speaker right: the predicted speaker span shares a character with the gold source span, or
 * the predicted actor id is the actor of a name mention overlapping the gold source span; when the
 * gold relation has no source, right means no predicted speaker.
 *
 * <p>Usage: {@code AttributionEval --dir DIR [--split dev|train|all] [--examples N] [--max N]}.
 */
public final class AttributionEval {

  static final String DEV_LIST = "/org/actorgraph/eval/polnear-dev.txt";
  private static final Set<String> GOLD_VERBS =
      new HashSet<>(Lexicon.lines(AttributionEval.class, "/org/actorgraph/eval/gold_speech_verbs.txt"));

  private AttributionEval() {}

  /** Dev split article names. */
  public static Set<String> devNames() {
    return new HashSet<>(Lexicon.lines(AttributionEval.class, DEV_LIST));
  }

  /** True for the gold relations this eval scores. */
  static boolean isSpeech(String text, Attribution a) {
    String content = a.content.text(text);
    if (hasQuoteMark(content)) {
      return true;
    }
    if (a.cue == null) {
      return false;
    }
    String cue = a.cue.text(text).toLowerCase(Locale.ROOT);
    if (cue.contains("according to") || cue.contains(":")) {
      return true;
    }
    for (String w : cue.split("[^\\p{L}]+")) {
      if (GOLD_VERBS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasQuoteMark(String s) {
    String t = s.strip();
    return t.matches("(?s).*[“”\"«»„].*") || t.startsWith("‘");
  }

  /** Word start offsets inside the span pieces. */
  static Set<Integer> words(String t, int[] begins, int[] ends) {
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < begins.length; i++) {
      int e = Math.min(ends[i], t.length());
      for (int k = begins[i]; k < e; k++) {
        if (Character.isLetterOrDigit(t.charAt(k))
            && (k == 0 || !Character.isLetterOrDigit(t.charAt(k - 1)) || k == begins[i])) {
          // a word cut by the span start counts from its first character inside the span
          int w = k;
          while (w > 0 && Character.isLetterOrDigit(t.charAt(w - 1))) {
            w--;
          }
          out.add(w);
        }
      }
    }
    return out;
  }

  static int shared(Set<Integer> a, Set<Integer> b) {
    int n = 0;
    for (Integer x : a) {
      if (b.contains(x)) {
        n++;
      }
    }
    return n;
  }

  static boolean overlaps(Set<Integer> a, Set<Integer> b) {
    int n = shared(a, b);
    return n > 0 && 2 * n >= Math.min(a.size(), b.size());
  }

  /** Counts for one run. */
  static final class Score {
    int gold;
    int goldDirect;
    int predicted;
    int ignored;
    int matched;
    int matchedSpeaker;
    int directMatched;
    int directSpeaker;
    final Map<String, Integer> missed = new TreeMap<>();
    final Map<String, Integer> spurious = new TreeMap<>();
    final Map<String, Integer> wrongSpeaker = new TreeMap<>();
    final Map<String, List<String>> examples = new LinkedHashMap<>();
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of("../shared/data/polnear-train");
    String split = "all";
    int examples = 0;
    int max = Integer.MAX_VALUE;
    String doc = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--dir" -> dir = Path.of(args[++i]);
        case "--split" -> split = args[++i];
        case "--examples" -> examples = Integer.parseInt(args[++i]);
        case "--max" -> max = Integer.parseInt(args[++i]);
        case "--doc" -> doc = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Set<String> only = null;
    if (!split.equals("all")) {
      Set<String> dev = devNames();
      only = new HashSet<>();
      for (String n : PolnearCorpus.names(dir)) {
        if (dev.contains(n) == split.equals("dev")) {
          only.add(n);
        }
      }
    }
    if (max < Integer.MAX_VALUE) {
      // a fixed sample for quick tuning runs: every k-th article
      List<String> all = new ArrayList<>();
      for (String n : PolnearCorpus.names(dir)) {
        if (only == null || only.contains(n)) {
          all.add(n);
        }
      }
      Set<String> pick = new HashSet<>();
      double step = Math.max(1.0, (double) all.size() / max);
      for (double x = 0; x < all.size() && pick.size() < max; x += step) {
        pick.add(all.get((int) x));
      }
      only = pick;
    }
    if (doc != null) {
      only = Set.of(doc);
    }
    List<Doc> docs = PolnearCorpus.read(dir, only);
    long t0 = System.nanoTime();
    ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
    Score sc = new Score();
    for (Doc d : docs) {
      AnalyzedArticle a = analyzer.analyze(Article.of(d.name, d.text));
      score(d, a, sc, examples);
      if (doc != null) {
        dump(d, a);
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    print(dir, split, docs.size(), secs, sc, examples);
  }

  /** Gold speech attributions and predictions of one article, in text order, to stderr. */
  static void dump(Doc d, AnalyzedArticle a) {
    String t = d.text;
    for (Attribution g : d.attributions) {
      if (isSpeech(t, g)) {
        System.err.printf("G %5d %s | cue=%s | src=%s%n", g.content.begin(), snippet(g.content.text(t)),
            g.cue == null ? "-" : g.cue.text(t), g.source == null ? "-" : g.source.text(t));
      }
    }
    for (Statement s : a.statements) {
      System.err.printf("P %5d %s %s | cue=%s | spk=%s/%s%n", s.begin, s.kind.label(), snippet(s.text),
          s.cue, s.speakerSurface, s.actorId);
    }
  }

  static void score(Doc d, AnalyzedArticle a, Score sc, int examples) {
    String t = d.text;
    List<Attribution> gold = new ArrayList<>();
    List<Attribution> other = new ArrayList<>();
    for (Attribution at : d.attributions) {
      (isSpeech(t, at) ? gold : other).add(at);
    }
    List<Statement> pred = a.statements;
    List<Set<Integer>> gw = new ArrayList<>();
    for (Attribution g : gold) {
      gw.add(words(t, g.content.begins, g.content.ends));
    }
    List<Set<Integer>> pw = new ArrayList<>();
    for (Statement s : pred) {
      pw.add(words(t, new int[] {s.begin}, new int[] {s.end}));
    }
    // candidate pairs, best Dice first
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < pred.size(); j++) {
        if (overlaps(gw.get(i), pw.get(j))) {
          int n = shared(gw.get(i), pw.get(j));
          pairs.add(new double[] {2.0 * n / (gw.get(i).size() + pw.get(j).size()), i, j});
        }
      }
    }
    pairs.sort((x, y) -> Double.compare(y[0], x[0]));
    int[] goldTo = new int[gold.size()];
    int[] predTo = new int[pred.size()];
    java.util.Arrays.fill(goldTo, -1);
    java.util.Arrays.fill(predTo, -1);
    for (double[] p : pairs) {
      int i = (int) p[1];
      int j = (int) p[2];
      if (goldTo[i] < 0 && predTo[j] < 0) {
        goldTo[i] = j;
        predTo[j] = i;
      }
    }
    sc.gold += gold.size();
    for (int i = 0; i < gold.size(); i++) {
      Attribution g = gold.get(i);
      boolean direct = hasQuoteMark(g.content.text(t));
      if (direct) {
        sc.goldDirect++;
      }
      if (goldTo[i] < 0) {
        String cls = (direct ? "quoted " : "unquoted ") + cueClass(t, g);
        bump(sc.missed, cls);
        example(sc, examples, "missed " + cls, d.name + " | " + snippet(g.content.text(t))
            + " | cue=" + (g.cue == null ? "-" : g.cue.text(t)) + " | src=" + (g.source == null ? "-" : g.source.text(t)));
        continue;
      }
      Statement s = pred.get(goldTo[i]);
      sc.matched++;
      boolean ok = speakerRight(t, g, s, a.mentions);
      if (ok) {
        sc.matchedSpeaker++;
      } else {
        String cls = speakerClass(t, g, s);
        bump(sc.wrongSpeaker, cls);
        example(sc, examples, (direct ? "wrong direct speaker " : "wrong speaker ") + cls, d.name + " | " + snippet(g.content.text(t))
            + " | gold=" + (g.source == null ? "-" : g.source.text(t)) + " | pred="
            + s.speakerSurface + "/" + s.actorId + " cue=" + s.cue);
      }
      if (direct) {
        sc.directMatched++;
        if (ok) {
          sc.directSpeaker++;
        }
      }
    }
    for (int j = 0; j < pred.size(); j++) {
      if (predTo[j] >= 0) {
        continue;
      }
      Statement s = pred.get(j);
      boolean otherGold = false;
      for (Attribution o : other) {
        if (overlaps(words(t, o.content.begins, o.content.ends), pw.get(j))) {
          otherGold = true;
          break;
        }
      }
      if (otherGold) {
        sc.ignored++;
        continue;
      }
      sc.predicted++;
      String cls = s.kind.label() + " cue=" + (s.cue == null ? "none" : cueWord(s.cue));
      bump(sc.spurious, cls);
      example(sc, examples, "spurious " + s.kind.label(), d.name + " | " + snippet(s.text)
          + " | cue=" + s.cue + " | spk=" + s.speakerSurface);
    }
    // matched predictions count in the precision denominator too
    sc.predicted += countMatched(predTo);
  }

  private static int countMatched(int[] predTo) {
    int n = 0;
    for (int x : predTo) {
      if (x >= 0) {
        n++;
      }
    }
    return n;
  }

  static boolean speakerRight(String t, Attribution g, Statement s, List<Mention> mentions) {
    if (g.source == null) {
      return s.speakerBegin < 0;
    }
    if (s.speakerBegin < 0) {
      return false;
    }
    for (int k = s.speakerBegin; k < s.speakerEnd; k++) {
      if (g.source.covers(k)) {
        return true;
      }
    }
    if (s.actorId != null) {
      for (Mention m : mentions) {
        if (s.actorId.equals(m.actorId)) {
          for (int k = m.begin; k < m.end; k++) {
            if (g.source.covers(k)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static final Set<String> PRON = Set.of("he", "she", "they", "i", "we", "it", "you");

  static String speakerClass(String t, Attribution g, Statement s) {
    String gold;
    if (g.source == null) {
      gold = "no gold source";
    } else {
      String src = g.source.text(t).strip().toLowerCase(Locale.ROOT);
      gold = PRON.contains(src) ? "gold pronoun" : Character.isUpperCase(g.source.text(t).strip().charAt(0))
          ? "gold name" : "gold noun phrase";
    }
    return gold + (s.speakerBegin >= 0 ? ", predicted other"
        : s.cue == null ? ", predicted none (no cue)" : ", predicted none (cue found)");
  }

  static String cueClass(String t, Attribution g) {
    if (g.cue == null) {
      return "no cue";
    }
    return cueWord(g.cue.text(t));
  }

  static String cueWord(String cue) {
    String c = cue.toLowerCase(Locale.ROOT);
    if (c.contains("according to")) {
      return "according to";
    }
    if (c.strip().equals(":")) {
      return ":";
    }
    for (String w : c.split("[^\\p{L}]+")) {
      if (GOLD_VERBS.contains(w)) {
        return w;
      }
    }
    String[] ws = c.strip().split("\\s+");
    return "other:" + (ws.length > 0 ? ws[ws.length - 1] : c);
  }

  private static void bump(Map<String, Integer> m, String k) {
    m.merge(k, 1, Integer::sum);
  }

  private static void example(Score sc, int n, String cls, String text) {
    if (n <= 0) {
      return;
    }
    List<String> l = sc.examples.computeIfAbsent(cls, k -> new ArrayList<>());
    if (l.size() < n) {
      l.add(text);
    }
  }

  private static String snippet(String s) {
    s = s.replace('\n', ' ');
    return s.length() > 160 ? s.substring(0, 157) + "..." : s;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static void print(Path dir, String split, int nDocs, double secs, Score sc, int examples) {
    System.out.printf(Locale.ROOT, "polnear %s split=%s articles %d, gold speech attributions %d (%d with quotation marks), predicted %d (+%d matching non-speech gold, ignored), %.1f s%n",
        dir, split, nDocs, sc.gold, sc.goldDirect, sc.predicted, sc.ignored, secs);
    double p = ratio(sc.matched, sc.predicted);
    double r = ratio(sc.matched, sc.gold);
    System.out.printf(Locale.ROOT, "content          P %.3f R %.3f F1 %.3f (matched %d)%n", p, r, f1(p, r), sc.matched);
    double ps = ratio(sc.matchedSpeaker, sc.predicted);
    double rs = ratio(sc.matchedSpeaker, sc.gold);
    System.out.printf(Locale.ROOT, "content+speaker  P %.3f R %.3f F1 %.3f (matched %d)%n", ps, rs, f1(ps, rs), sc.matchedSpeaker);
    double acc = ratio(sc.directSpeaker, sc.directMatched);
    System.out.printf(Locale.ROOT, "direct speaker accuracy %.3f (%d of %d matched quotations; %d gold)%n", acc, sc.directSpeaker, sc.directMatched, sc.goldDirect);
    top("missed (gold not found), by quotation marks and cue", sc.missed);
    top("spurious (prediction matching no gold), by kind and cue", sc.spurious);
    top("wrong speaker on matched content", sc.wrongSpeaker);
    if (examples > 0) {
      for (Map.Entry<String, List<String>> e : sc.examples.entrySet()) {
        System.err.println("== " + e.getKey());
        for (String x : e.getValue()) {
          System.err.println("   " + x);
        }
      }
    }
    System.out.printf(Locale.ROOT, "content f1 %.3f content+speaker f1 %.3f direct speaker accuracy %.3f%n", f1(p, r), f1(ps, rs), acc);
  }

  private static void top(String title, Map<String, Integer> m) {
    System.out.println(title + ":");
    m.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
        .forEach(e -> System.out.printf(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey()));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
