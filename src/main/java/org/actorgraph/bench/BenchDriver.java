package org.actorgraph.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code make bench}: per input and size, the limit ({@link PlainLoop}) and the job on each
 * configuration, each in its own child JVM whose peak RSS ({@code VmHWM} in
 * {@code /proc/<pid>/status}) is sampled while it runs; prints one table and writes it to a
 * Markdown file.
 *
 * <pre>
 * BenchDriver --jar=target/actorgraph-bundled.jar --corpus=target/bench/corpus
 *     [--sizes=1000,5000,20000] [--inputs=synth,wikinews] [--configs=direct,flink1,flink2]
 *     [--jvm="-Xmx2g"] [--out=bench/results.md] [--csv=../shared/data/wikinews/data]
 * </pre>
 */
public final class BenchDriver {
  private static final Pattern DONE = Pattern.compile("actorgraph: (\\w+) in ([0-9.]+) s");
  private static final Pattern DOCS = Pattern.compile("^\\s+documents\\s+([0-9,]+)", Pattern.MULTILINE);

  /** The job configurations: name → arguments. */
  static final Map<String, List<String>> CONFIGS = new LinkedHashMap<>();

  static {
    CONFIGS.put("direct", List.of("--runner=DirectRunner", "--targetParallelism=1"));
    CONFIGS.put("direct2", List.of("--runner=DirectRunner", "--targetParallelism=2"));
    // ActorGraph.main sets the Flink options the job needs (re-iterable groups, faster copies)
    CONFIGS.put("flink1", List.of("--runner=FlinkRunner", "--parallelism=1"));
    CONFIGS.put("flink2", List.of("--runner=FlinkRunner", "--parallelism=2"));
  }

  record Run(double wall, double jobSeconds, long documents, long peakRssKb, int exit) {}

  private final Path jar;
  private final Path work;
  private final List<String> jvm;
  private final Path logs;

  BenchDriver(Path jar, Path work, List<String> jvm) throws IOException {
    this.jar = jar;
    this.work = work;
    this.jvm = jvm;
    this.logs = work.resolve("logs");
    Files.createDirectories(logs);
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new LinkedHashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      o.put(a.substring(2, eq), a.substring(eq + 1));
    }
    Path jar = Paths.get(o.getOrDefault("jar", "target/actorgraph-bundled.jar"));
    Path corpus = Paths.get(o.getOrDefault("corpus", "target/bench/corpus"));
    int[] sizes = Arrays.stream(o.getOrDefault("sizes", "1000,5000,20000").split(","))
        .map(String::trim).mapToInt(Integer::parseInt).sorted().toArray();
    List<String> inputs = List.of(o.getOrDefault("inputs", "synth,wikinews").split(","));
    List<String> configs = List.of(o.getOrDefault("configs", "direct,flink1,flink2").split(","));
    List<String> jvm = List.of(o.getOrDefault("jvm", "-Xmx2g").trim().split("\\s+"));
    Path out = Paths.get(o.getOrDefault("out", "bench/results.md"));
    String csv = o.getOrDefault("csv", "../shared/data/wikinews/data");

    BenchDriver d = new BenchDriver(jar, corpus.getParent() == null ? Paths.get(".") : corpus.getParent(), jvm);
    StringBuilder table = new StringBuilder();
    String header = String.format(
        "| input | articles | MB | limit art/s | limit MB/s | config | job art/s | wall s | peak RSS MB | job ÷ limit |%n"
            + "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|%n");
    table.append(header);
    StringBuilder ratios = new StringBuilder();
    ratios.append(String.format("| input | articles | flink2 ÷ limit | flink2 ÷ flink1 | direct ÷ limit | "
        + "RSS %d ÷ %d (direct / flink1 / flink2) |%n|---|---:|---:|---:|---:|---|%n", sizes[sizes.length - 1], sizes[0]));
    int small = sizes[0];
    int large = sizes[sizes.length - 1];
    StringBuilder marginal = new StringBuilder(String.format(Locale.ROOT,
        "| input | articles %,d → %,d | limit art/s | direct art/s | flink1 art/s | flink2 art/s | "
            + "flink2 ÷ limit | flink2 ÷ flink1 | direct ÷ limit | fixed s (direct / flink1 / flink2) |%n"
            + "|---|---|---:|---:|---:|---:|---:|---:|---:|---|%n", small, large));
    List<String> loads = new ArrayList<>();
    long t0 = System.nanoTime();
    loads.add("start " + load());
    System.out.println("bench: " + load() + "; sizes " + Arrays.toString(sizes) + ", inputs " + inputs + ", configs " + configs);

    for (String input : inputs) {
      Map<Integer, Path> dirs = new LinkedHashMap<>();
      Map<Integer, Double> mb = new LinkedHashMap<>();
      for (int n : sizes) {
        Path dir = corpus.resolve(input + "-" + n);
        d.ensureCorpus(input, n, dir, csv);
        dirs.put(n, dir);
        mb.put(n, textMb(dir));
      }
      // the limit: one pass over the largest size reports every size
      Map<Integer, double[]> limit = d.limit(input, dirs.get(sizes[sizes.length - 1]), sizes);
      Map<String, Map<Integer, Run>> runs = new LinkedHashMap<>();
      for (int n : sizes) {
        double[] lim = limit.getOrDefault(n, new double[] {Double.NaN, Double.NaN, Double.NaN});
        for (String c : configs) {
          Run r = d.job(input, n, c, dirs.get(n));
          runs.computeIfAbsent(c, k -> new LinkedHashMap<>()).put(n, r);
          double rate = r.documents / r.wall;
          String row = String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.3f | %s | %.1f | %.1f | %d | %.2f |%n",
              input, n, mb.get(n), lim[0], lim[1], c + (r.exit == 0 ? "" : " (exit " + r.exit + ")"),
              rate, r.wall, r.peakRssKb / 1024, rate / lim[0]);
          table.append(row);
          System.out.print(row);
          System.out.flush();
        }
        Run f1 = runs.getOrDefault("flink1", Map.of()).get(n);
        Run f2 = runs.getOrDefault("flink2", Map.of()).get(n);
        Run dr = runs.getOrDefault("direct", Map.of()).get(n);
        ratios.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s |%n", input, n,
            f2 == null ? "–" : String.format(Locale.ROOT, "%.2f", f2.documents / f2.wall / lim[0]),
            f1 == null || f2 == null ? "–" : String.format(Locale.ROOT, "%.2f", f1.wall / f2.wall),
            dr == null ? "–" : String.format(Locale.ROOT, "%.2f", dr.documents / dr.wall / lim[0]),
            n == sizes[sizes.length - 1] ? rssRatios(runs, sizes, configs) : ""));
      }
      if (sizes.length > 1) {
        marginal.append(marginalRow(input, sizes, limit, runs));
      }
      loads.add("after " + input + " " + load());
    }
    double minutes = (System.nanoTime() - t0) / 60e9;
    String md = String.format(Locale.ROOT,
        "# actorgraph benchmark%n%n%s, %d cores (%s), Java %s; load average: %s.%n"
            + "Job JVM options: `%s`; every run is a separate JVM; wall time includes JVM start and model loading; "
            + "the limit is the single-threaded `ArticleAnalyzer` loop with models loaded (no JVM start).%n"
            + "Bench took %.1f minutes.%n%n%s%n%s%n"
            + "Marginal rates: the articles between the smallest and the largest size over the extra "
            + "time they took (%s), so the fixed cost of a run (JVM start, models, job set-up, "
            + "Flink's mini-cluster, JIT warm-up) drops out and what is left is the cost per article, "
            + "aggregation and writing included; fixed s = wall time at the smallest size minus its "
            + "articles at the marginal rate.%n%n%s",
        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
        Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.version"),
        String.join("; ", loads), String.join(" ", jvm), minutes, table, ratios,
        sizes.length > 1 ? "job: difference of wall times; limit: of the loop's clock at each size" : "needs two sizes",
        sizes.length > 1 ? marginal : "");
    System.out.println();
    System.out.println(table);
    System.out.println(ratios);
    if (sizes.length > 1) {
      System.out.println(marginal);
    }
    System.out.printf(Locale.ROOT, "bench: %.1f minutes; %s%n", minutes, String.join("; ", loads));
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, md, StandardCharsets.UTF_8);
    System.out.println("bench: wrote " + out);
  }

  /** Rates between the smallest and the largest size, and each run's fixed cost. */
  private static String marginalRow(String input, int[] sizes, Map<Integer, double[]> limit,
      Map<String, Map<Integer, Run>> runs) {
    int small = sizes[0];
    int large = sizes[sizes.length - 1];
    double[] l0 = limit.get(small);
    double[] l1 = limit.get(large);
    double lim = l0 == null || l1 == null ? Double.NaN : (large - small) / (l1[2] - l0[2]);
    Map<String, Double> rate = new LinkedHashMap<>();
    List<String> fixed = new ArrayList<>();
    for (String c : List.of("direct", "flink1", "flink2")) {
      Map<Integer, Run> m = runs.get(c);
      if (m == null || m.get(small) == null || m.get(large) == null) {
        rate.put(c, Double.NaN);
        fixed.add("–");
        continue;
      }
      double r = (m.get(large).documents - m.get(small).documents) / (m.get(large).wall - m.get(small).wall);
      rate.put(c, r);
      fixed.add(String.format(Locale.ROOT, "%.1f", m.get(small).wall - m.get(small).documents / r));
    }
    return String.format(Locale.ROOT, "| %s | %,d → %,d | %s | %s | %s | %s | %s | %s | %s | %s |%n",
        input, small, large, num(lim, 1), num(rate.get("direct"), 1), num(rate.get("flink1"), 1),
        num(rate.get("flink2"), 1), num(rate.get("flink2") / lim, 2),
        num(rate.get("flink2") / rate.get("flink1"), 2), num(rate.get("direct") / lim, 2),
        String.join(" / ", fixed));
  }

  /** A figure, or a dash where a run is missing. */
  private static String num(double v, int decimals) {
    return Double.isNaN(v) || Double.isInfinite(v) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static String rssRatios(Map<String, Map<Integer, Run>> runs, int[] sizes, List<String> configs) {
    List<String> parts = new ArrayList<>();
    for (String c : configs) {
      Map<Integer, Run> m = runs.get(c);
      if (m != null && m.get(sizes[0]) != null && m.get(sizes[sizes.length - 1]) != null) {
        parts.add(String.format(Locale.ROOT, "%s %.2f", c,
            (double) m.get(sizes[sizes.length - 1]).peakRssKb / m.get(sizes[0]).peakRssKb));
      }
    }
    return String.join(" / ", parts);
  }

  void ensureCorpus(String input, int n, Path dir, String csv) throws IOException {
    if (Files.isDirectory(dir) && countLines(dir) == n) {
      return;
    }
    CorpusGenerator.Source s = switch (input) {
      case "synth" -> new CorpusGenerator(Paths.get("testdata"), 7)::article;
      case "wikinews" -> CorpusGenerator.wikinews(Paths.get(csv));
      default -> throw new IllegalArgumentException("input synth or wikinews, not " + input);
    };
    CorpusGenerator.write(s, n, dir);
    System.out.printf("bench: generated %s (%,d articles)%n", dir, n);
  }

  Map<Integer, double[]> limit(String input, Path dir, int[] sizes) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(javaBin()));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-cp", jar.toString(), PlainLoop.class.getName(), dir.toString(),
        "--sizes=" + String.join(",", Arrays.stream(sizes).mapToObj(String::valueOf).toList()), "--label=" + input));
    Path log = logs.resolve("limit-" + input + ".log");
    Run r = exec(cmd, log);
    Map<Integer, double[]> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(log)) {
      String[] f = line.split(" ");
      if (f.length >= 6 && f[0].equals("limit")) {
        out.put(Integer.parseInt(f[2]),
            new double[] {Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[3])});
        System.out.println("bench: " + line + "  (peak RSS " + r.peakRssKb / 1024 + " MB)");
      }
    }
    if (r.exit != 0) {
      System.out.println("bench: limit failed, see " + log);
    }
    return out;
  }

  Run job(String input, int n, String config, Path dir) throws Exception {
    List<String> args = CONFIGS.get(config);
    if (args == null) {
      throw new IllegalArgumentException("config one of " + CONFIGS.keySet() + ", not " + config);
    }
    Path output = work.resolve("out").resolve(input + "-" + n + "-" + config);
    List<String> cmd = new ArrayList<>(List.of(javaBin()));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-cp", jar.toString(), "org.actorgraph.ActorGraph",
        "--input=" + dir.toAbsolutePath() + File.separator + "*.jsonl", "--output=" + output.toAbsolutePath(),
        "--overwrite"));
    cmd.addAll(args);
    Path log = logs.resolve(input + "-" + n + "-" + config + ".log");
    Run r = exec(cmd, log);
    String text = Files.readString(log);
    Matcher m = DONE.matcher(text);
    double jobSeconds = m.find() ? Double.parseDouble(m.group(2)) : Double.NaN;
    Matcher dm = DOCS.matcher(text);
    long docs = dm.find() ? Long.parseLong(dm.group(1).replace(",", "")) : 0;
    if (docs != n) {
      System.out.printf("bench: WARNING %s %s %d: %d documents (see %s)%n", input, config, n, docs, log);
    }
    return new Run(r.wall, jobSeconds, docs, r.peakRssKb, r.exit);
  }

  /** Runs a child JVM, sampling its peak RSS every 100 ms until it exits. */
  static Run exec(List<String> cmd, Path log) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    Path status = Paths.get("/proc", String.valueOf(p.pid()), "status");
    long hwm = 0;
    while (p.isAlive()) {
      hwm = Math.max(hwm, vmHwmKb(status));
      Thread.sleep(100);
    }
    int exit = p.waitFor();
    double wall = (System.nanoTime() - t0) / 1e9;
    return new Run(wall, wall, 0, hwm, exit);
  }

  static long vmHwmKb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // gone
    }
    return 0;
  }

  static long countLines(Path dir) throws IOException {
    long n = 0;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
        try (Stream<String> lines = Files.lines(f)) {
          n += lines.count();
        }
      }
    }
    return n;
  }

  static double textMb(Path dir) throws IOException {
    long bytes = 0;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
        bytes += Files.size(f);
      }
    }
    return bytes / 1e6;
  }

  static String load() {
    try {
      String[] f = Files.readString(Paths.get("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }

  static String cpuModel() {
    try (Stream<String> lines = Files.lines(Paths.get("/proc/cpuinfo"))) {
      return lines.filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }

  static String javaBin() {
    return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  }
}
