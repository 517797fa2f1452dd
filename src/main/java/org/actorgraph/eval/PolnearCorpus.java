package org.actorgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads a PolNeAR-format folder: {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann}
 * brat files (T lines {@code Source|Cue|Content start end[;start end] text}, E lines linking them),
 * and {@code metadata.tsv} (publisher, publication_date). When an article has several .ann files
 * (several annotators), the first by file name is used.
 */
public final class PolnearCorpus {

  /** A possibly discontinuous character span. */
  public static final class Span {
    public final int[] begins;
    public final int[] ends;

    Span(int[] begins, int[] ends) {
      this.begins = begins;
      this.ends = ends;
    }

    public int begin() {
      return begins[0];
    }

    public int end() {
      return ends[ends.length - 1];
    }

    public boolean covers(int at) {
      for (int i = 0; i < begins.length; i++) {
        if (begins[i] <= at && at < ends[i]) {
          return true;
        }
      }
      return false;
    }

    public String text(String t) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < begins.length; i++) {
        if (i > 0) {
          b.append(" … ");
        }
        b.append(t, begins[i], Math.min(ends[i], t.length()));
      }
      return b.toString();
    }
  }

  /** One attribution relation: content, cue and source (source null when absent). */
  public static final class Attribution {
    public final String id;
    public final Span content;
    public final @Nullable Span cue;
    public final @Nullable Span source;

    Attribution(String id, Span content, @Nullable Span cue, @Nullable Span source) {
      this.id = id;
      this.content = content;
      this.cue = cue;
      this.source = source;
    }
  }

  /** One article with its gold attributions. */
  public static final class Doc {
    public final String name;
    public final String text;
    public final @Nullable String publisher;
    public final @Nullable String date;
    public final List<Attribution> attributions;

    Doc(String name, String text, @Nullable String publisher, @Nullable String date,
        List<Attribution> attributions) {
      this.name = name;
      this.text = text;
      this.publisher = publisher;
      this.date = date;
      this.attributions = attributions;
    }
  }

  private PolnearCorpus() {}

  /** Article names (text file names without .txt), sorted. */
  public static List<String> names(Path dir) {
    try (Stream<Path> s = Files.list(dir.resolve("text"))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the named articles (all when {@code only} is null). */
  public static List<Doc> read(Path dir, java.util.@Nullable Set<String> only) throws IOException {
    Map<String, String[]> meta = metadata(dir.resolve("metadata.tsv"));
    Map<String, Path> ann = new TreeMap<>();
    Path annDir = dir.resolve("attributions");
    if (Files.isDirectory(annDir)) {
      try (Stream<Path> s = Files.list(annDir)) {
        for (Path p : s.sorted().toList()) {
          String f = p.getFileName().toString();
          if (!f.endsWith(".ann")) {
            continue;
          }
          String base = f.substring(0, f.length() - 4);
          int us = base.lastIndexOf('_');
          String name = us > 0 ? base.substring(0, us) : base;
          ann.putIfAbsent(name, p); // first annotator by file name
        }
      }
    }
    List<Doc> out = new ArrayList<>();
    for (String name : names(dir)) {
      if (only != null && !only.contains(name)) {
        continue;
      }
      String text = Files.readString(dir.resolve("text").resolve(name + ".txt"), StandardCharsets.UTF_8);
      Path a = ann.get(name);
      List<Attribution> atts = a == null ? List.of() : parse(Files.readAllLines(a, StandardCharsets.UTF_8));
      String[] m = meta.get(name);
      out.add(new Doc(name, text, m == null ? null : m[0], m == null ? null : m[1], atts));
    }
    return out;
  }

  static List<Attribution> parse(List<String> lines) {
    Map<String, Span> spans = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length < 2) {
        continue;
      }
      if (f[0].matches("T\\d+")) {
        int sp = f[1].indexOf(' ');
        if (sp < 0) {
          continue;
        }
        String[] parts = f[1].substring(sp + 1).split(";");
        int[] b = new int[parts.length];
        int[] e = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
          String[] be = parts[i].trim().split(" ");
          b[i] = Integer.parseInt(be[0]);
          e[i] = Integer.parseInt(be[1]);
        }
        spans.put(f[0], new Span(b, e));
      } else if (f[0].matches("E\\d+")) {
        relations.add(new String[] {f[0], f[1]});
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String[] r : relations) {
      Span content = null;
      Span cue = null;
      Span source = null;
      for (String arg : r[1].trim().split(" ")) {
        int c = arg.indexOf(':');
        if (c < 0) {
          continue;
        }
        String role = arg.substring(0, c);
        Span s = spans.get(arg.substring(c + 1));
        if (s == null) {
          continue;
        }
        switch (role) {
          case "Content" -> content = content == null ? s : merge(content, s);
          case "Content2" -> content = content == null ? s : merge(content, s);
          case "Cue" -> cue = s;
          case "Source" -> source = s;
          default -> { }
        }
      }
      if (content != null) {
        out.add(new Attribution(r[0], content, cue, source));
      }
    }
    out.sort((x, y) -> Integer.compare(x.content.begin(), y.content.begin()));
    return out;
  }

  private static Span merge(Span a, Span b) {
    int n = a.begins.length + b.begins.length;
    int[][] all = new int[n][];
    int k = 0;
    for (int i = 0; i < a.begins.length; i++) {
      all[k++] = new int[] {a.begins[i], a.ends[i]};
    }
    for (int i = 0; i < b.begins.length; i++) {
      all[k++] = new int[] {b.begins[i], b.ends[i]};
    }
    java.util.Arrays.sort(all, (x, y) -> Integer.compare(x[0], y[0]));
    int[] bs = new int[n];
    int[] es = new int[n];
    for (int i = 0; i < n; i++) {
      bs[i] = all[i][0];
      es[i] = all[i][1];
    }
    return new Span(bs, es);
  }

  private static Map<String, String[]> metadata(Path p) throws IOException {
    Map<String, String[]> out = new HashMap<>();
    if (!Files.exists(p)) {
      return out;
    }
    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return out;
    }
    List<String> head = List.of(lines.get(0).split("\t"));
    int fn = head.indexOf("filename");
    int pub = head.indexOf("publisher");
    int date = head.indexOf("publication_date");
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split("\t");
      if (fn >= 0 && fn < f.length) {
        out.put(f[fn], new String[] {pub >= 0 && pub < f.length ? f[pub] : null,
            date >= 0 && date < f.length ? f[date] : null});
      }
    }
    return out;
  }
}
