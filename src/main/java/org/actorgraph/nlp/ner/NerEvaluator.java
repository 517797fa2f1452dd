package org.actorgraph.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.actorgraph.nlp.Models;

/**
 * Scores the name finder on a CoNLL-format file (IOB1 or IOB2, 2 or 4 columns, with or without
 * {@code -DOCSTART-}): entity-level exact match of PER, ORG and LOC; MISC is ignored in both
 * gold and predictions. Documents are tagged with adaptive data cleared at each document start,
 * and scored with and without {@link DocumentConsistency}.
 *
 * <pre>
 * NerEvaluator [--model en-ner.bin] [--consistency on|off] [--errors] [--upper]
 *              file.conll[@FROM-TO]...
 * </pre>
 * Each file ({@code @FROM-TO} keeps those documents) is scored in turn; the last line of each
 * is {@code overall precision P recall R f1 F} for the shipped
 * configuration ({@code --consistency}, default {@value #DEFAULT_CONSISTENCY}).
 */
public final class NerEvaluator {

  static final String DEFAULT_CONSISTENCY = "on";
  private static final List<String> TYPES = List.of("PER", "ORG", "LOC");

  private NerEvaluator() {
  }

  /** Entity counts per type. */
  static final class Scores {
    final Map<String, int[]> counts = new TreeMap<>(); // type -> {gold, predicted, correct}

    void add(String type, int gold, int predicted, int correct) {
      int[] c = counts.computeIfAbsent(type, t -> new int[3]);
      c[0] += gold;
      c[1] += predicted;
      c[2] += correct;
    }

    int[] total() {
      int[] t = new int[3];
      counts.values().forEach(c -> {
        t[0] += c[0];
        t[1] += c[1];
        t[2] += c[2];
      });
      return t;
    }

    double f1() {
      return prf(total())[2];
    }

    static double[] prf(int[] c) {
      double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
      double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new double[] {p, r, f};
    }

    /** Per-type lines, then the overall line. */
    List<String> lines() {
      List<String> out = new ArrayList<>();
      for (String type : TYPES) {
        int[] c = counts.getOrDefault(type, new int[3]);
        out.add(String.format(Locale.ROOT, "%s precision %.3f recall %.3f f1 %.3f"
            + " (gold %d, predicted %d, correct %d)", type, prf(c)[0], prf(c)[1], prf(c)[2],
            c[0], c[1], c[2]));
      }
      double[] o = prf(total());
      out.add(String.format(Locale.ROOT, "overall precision %.3f recall %.3f f1 %.3f",
          o[0], o[1], o[2]));
      return out;
    }
  }

  /** Predictions for every sentence of every document, before and after consistency. */
  record Tagged(List<List<Span[]>> raw, List<List<Span[]>> harmonised) { }

  static Tagged tag(TokenNameFinderModel model, List<ConllCorpus.Document> docs) {
    NameFinderME finder = new NameFinderME(model);
    List<List<Span[]>> raw = new ArrayList<>();
    List<List<Span[]>> harmonised = new ArrayList<>();
    for (ConllCorpus.Document doc : docs) {
      finder.clearAdaptiveData();
      List<String[]> sentences = new ArrayList<>();
      List<Span[]> found = new ArrayList<>();
      for (ConllCorpus.Sentence s : doc.sentences()) {
        sentences.add(s.tokens());
        found.add(finder.find(s.tokens()));
      }
      raw.add(found);
      List<Span[]> h = new ArrayList<>();
      for (List<Span> spans : DocumentConsistency.harmonise(sentences, found)) {
        h.add(spans.toArray(new Span[0]));
      }
      harmonised.add(h);
    }
    return new Tagged(raw, harmonised);
  }

  static Scores score(List<ConllCorpus.Document> docs, List<List<Span[]>> predicted) {
    Scores scores = new Scores();
    for (int d = 0; d < docs.size(); d++) {
      List<ConllCorpus.Sentence> sentences = docs.get(d).sentences();
      for (int s = 0; s < sentences.size(); s++) {
        Set<Span> gold = core(sentences.get(s).names());
        Set<Span> pred = core(predicted.get(d).get(s));
        for (String type : TYPES) {
          int g = 0;
          int p = 0;
          int c = 0;
          for (Span span : gold) {
            if (span.getType().equals(type)) {
              g++;
              if (pred.contains(span)) {
                c++;
              }
            }
          }
          for (Span span : pred) {
            if (span.getType().equals(type)) {
              p++;
            }
          }
          scores.add(type, g, p, c);
        }
      }
    }
    return scores;
  }

  /** Spans of the scored types; {@link Span#equals} compares start, end and type. */
  private static Set<Span> core(Span[] spans) {
    Set<Span> out = new HashSet<>();
    for (Span span : spans) {
      if (TYPES.contains(span.getType())) {
        out.add(new Span(span.getStart(), span.getEnd(), span.getType()));
      }
    }
    return out;
  }

  /** Counts the errors by kind: missed, spurious, wrong type, wrong boundary. */
  static Map<String, Integer> errors(List<ConllCorpus.Document> docs,
      List<List<Span[]>> predicted) {
    Map<String, Integer> kinds = new TreeMap<>();
    for (int d = 0; d < docs.size(); d++) {
      List<ConllCorpus.Sentence> sentences = docs.get(d).sentences();
      for (int s = 0; s < sentences.size(); s++) {
        Span[] gold = sentences.get(s).names(); // MISC kept, to name what spurious spans hit
        Set<Span> goldCore = core(gold);
        Set<Span> pred = core(predicted.get(d).get(s));
        for (Span g : goldCore) {
          if (pred.contains(g)) {
            continue;
          }
          String kind = "missed " + g.getType();
          for (Span p : pred) {
            if (p.getStart() == g.getStart() && p.getEnd() == g.getEnd()) {
              kind = "type " + g.getType() + " tagged " + p.getType();
              break;
            } else if (p.intersects(g)) {
              kind = "boundary " + g.getType() + (p.getType().equals(g.getType())
                  ? "" : " tagged " + p.getType());
            }
          }
          kinds.merge(kind, 1, Integer::sum);
        }
        for (Span p : pred) {
          if (goldCore.contains(p)) {
            continue;
          }
          boolean accounted = false;
          for (Span g : gold) {
            if (g.getStart() == p.getStart() && g.getEnd() == p.getEnd()) {
              if (g.getType().equals("MISC")) {
                kinds.merge("spurious " + p.getType() + " on gold MISC", 1, Integer::sum);
              }
              accounted = true; // a wrong type, counted above (or MISC, counted here)
            } else if (g.intersects(p)) {
              accounted = !g.getType().equals("MISC");
              if (!accounted) {
                kinds.merge("spurious " + p.getType() + " overlapping gold MISC", 1,
                    Integer::sum);
                accounted = true;
              }
            }
          }
          if (!accounted) {
            kinds.merge("spurious " + p.getType(), 1, Integer::sum);
          }
        }
      }
    }
    return kinds;
  }

  public static void main(String[] args) throws IOException {
    String modelPath = null;
    String consistency = DEFAULT_CONSISTENCY;
    boolean showErrors = false;
    boolean upper = false;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--model" -> modelPath = args[++i];
        case "--consistency" -> consistency = args[++i];
        case "--errors" -> showErrors = true;
        case "--upper" -> upper = true;
        default -> files.add(args[i]);
      }
    }
    if (files.isEmpty() || !(consistency.equals("on") || consistency.equals("off"))) {
      System.err.println("usage: NerEvaluator [--model en-ner.bin] [--consistency on|off]"
          + " [--errors] [--upper] file.conll[@FROM-TO]...");
      System.exit(2);
    }
    TokenNameFinderModel model;
    if (modelPath == null) {
      model = NameFinderModels.english();
    } else {
      try (InputStream in = Files.newInputStream(Path.of(modelPath))) {
        model = Models.withBeam(new TokenNameFinderModel(in), NameFinderModels.BEAM);
      }
    }
    for (String file : files) {
      evaluate(model, file, consistency.equals("on"), showErrors, upper);
    }
  }

  private static void evaluate(TokenNameFinderModel model, String file, boolean on,
      boolean showErrors, boolean upper) throws IOException {
    // keep MISC in gold for the error breakdown; scoring drops it
    List<ConllCorpus.Document> docs = ConllCorpus.readRange(file, t -> t);
    if (upper) {
      docs = upperCased(docs);
    }
    long tokens = docs.stream().flatMap(d -> d.sentences().stream())
        .mapToLong(s -> s.tokens().length).sum();
    long start = System.nanoTime();
    Tagged tagged = tag(model, docs);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%s%s: %d documents, %d tokens, tagged in %.1f s"
        + " (%.0f tokens/s, including document consistency)%n", file, upper ? " (upper-cased)"
        : "", docs.size(), tokens, seconds, tokens / seconds);

    List<List<Span[]>> shipped = on ? tagged.harmonised() : tagged.raw();
    List<List<Span[]>> other = on ? tagged.raw() : tagged.harmonised();
    if (showErrors) {
      System.out.println("errors (" + (on ? "with" : "without") + " document consistency):");
      errors(docs, shipped).entrySet().stream()
          .sorted((a, b) -> b.getValue() - a.getValue())
          .forEach(e -> System.out.printf(Locale.ROOT, "  %5d %s%n", e.getValue(), e.getKey()));
    }
    System.out.println((on ? "without" : "with") + " document consistency:");
    score(docs, other).lines().forEach(l -> System.out.println("  " + l));
    System.out.println((on ? "with" : "without") + " document consistency:");
    List<String> lines = score(docs, shipped).lines();
    lines.subList(0, lines.size() - 1).forEach(l -> System.out.println("  " + l));
    System.out.println(lines.get(lines.size() - 1));
  }

  /** The documents in capitals, names unchanged: how the model reads headlines. */
  static List<ConllCorpus.Document> upperCased(List<ConllCorpus.Document> docs) {
    List<ConllCorpus.Document> out = new ArrayList<>();
    for (ConllCorpus.Document d : docs) {
      List<ConllCorpus.Sentence> sentences = new ArrayList<>();
      for (ConllCorpus.Sentence s : d.sentences()) {
        String[] tokens = new String[s.tokens().length];
        for (int i = 0; i < tokens.length; i++) {
          tokens[i] = s.tokens()[i].toUpperCase(Locale.ROOT);
        }
        sentences.add(new ConllCorpus.Sentence(tokens, s.names()));
      }
      out.add(new ConllCorpus.Document(sentences));
    }
    return out;
  }
}
