package org.actorgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Deterministic benchmark corpora as JSON Lines ({@code id, date, title, source, url, text}),
 * {@value #PER_FILE} articles per file.
 *
 * <ul>
 *   <li>{@code synth}: articles shaped like wire copy: headline, dateline, 5–20 paragraphs,
 *       direct, partial and indirect quotations whose speakers are named in full, then referred
 *       to by surname, title or pronoun, plus photo captions and credits. People, organisations
 *       and places come from the actor registry; background sentences from the articles in
 *       {@code testdata/}; reporters and photographers are names recombined from the registry
 *       (so not in it). Article {@code i} depends only on the seed and {@code i}: the first 1,000
 *       articles of a 20,000 corpus are the 1,000 corpus.
 *   <li>{@code wikinews}: the real Wikinews CSV files, cycled (with fresh ids) up to N articles.
 * </ul>
 *
 * <pre>
 * CorpusGenerator synth    N OUT_DIR [--seed=7] [--testdata=testdata]
 * CorpusGenerator wikinews N OUT_DIR --csv=../shared/data/wikinews/data
 * </pre>
 */
public final class CorpusGenerator {
  static final int PER_FILE = 1000;
  private static final String REGISTRY = "/org/actorgraph/actors/registry.tsv";
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");
  private static final ObjectMapper JSON = new ObjectMapper();

  record Person(String name, String surname, String given, String title, String country) {}

  private final List<Person> people = new ArrayList<>();
  private final List<String> orgs = new ArrayList<>();
  private final List<String> places = new ArrayList<>();
  private final List<String> capitals = new ArrayList<>();
  private final List<String> sentences = new ArrayList<>();
  private final List<String> givenNames = new ArrayList<>();
  private final List<String> surnames = new ArrayList<>();
  private final long seed;

  CorpusGenerator(Path testdata, long seed) throws IOException {
    this.seed = seed;
    loadRegistry();
    loadSentences(testdata);
    if (people.isEmpty() || sentences.isEmpty()) {
      throw new IllegalStateException("no people or no sentences: check the registry and " + testdata);
    }
  }

  private void loadRegistry() throws IOException {
    try (InputStream in = CorpusGenerator.class.getResourceAsStream(REGISTRY)) {
      if (in == null) {
        throw new IllegalStateException("registry not on the classpath: " + REGISTRY);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].split("\t", -1);
        if (f.length < 6 || f[0].startsWith("#")) {
          continue;
        }
        String name = f[1];
        switch (f[2]) {
          case "PERSON" -> {
            String[] parts = name.split(" ");
            if (parts.length < 2) {
              continue;
            }
            String role = f[5];
            String title = titleFrom(role);
            people.add(new Person(name, parts[parts.length - 1], parts[0], title, f[4]));
            givenNames.add(parts[0]);
            surnames.add(parts[parts.length - 1]);
          }
          case "ORGANIZATION" -> orgs.add(name);
          case "LOCATION" -> {
            places.add(name);
            if (f[5].startsWith("capital")) {
              capitals.add(name);
            }
          }
          default -> { }
        }
      }
    }
  }

  /** "Foreign Minister of Iran" → "Foreign Minister"; roles that are not titles → "". */
  static String titleFrom(String role) {
    int of = role.indexOf(" of ");
    String t = of > 0 ? role.substring(0, of) : role;
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || t.split(" ").length > 3 || t.contains(",")) {
      return "";
    }
    return t;
  }

  private void loadSentences(Path testdata) throws IOException {
    Set<String> unique = new LinkedHashSet<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(testdata)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      String text;
      try {
        text = Files.readString(f, StandardCharsets.UTF_8);
      } catch (IOException e) {
        continue; // the bad-input samples
      }
      for (String para : text.split("\n")) {
        if (para.startsWith("date ") || para.contains("—") && para.indexOf("—") < 40) {
          continue;
        }
        for (String s : SENTENCE_END.split(para.strip())) {
          if (s.length() >= 40 && s.length() <= 260 && s.indexOf('"') < 0 && s.indexOf('“') < 0
              && s.indexOf('”') < 0 && s.endsWith(".") && s.chars().allMatch(c -> c >= 32 && c < 0x2000)) {
            unique.add(s);
          }
        }
      }
    }
    sentences.addAll(unique);
  }

  // ---- one article ---------------------------------------------------------------------------

  private static final String[] AGENCIES = {"Reuters", "AP", "AFP", "Bloomberg", "dpa"};
  private static final String[] MONTHS = {
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] VERBS_DIRECT = {"said", "said", "said", "told reporters", "added", "warned", "insisted"};
  private static final String[] VERBS_INDIRECT = {"said", "said", "told reporters", "argued", "warned", "acknowledged", "insisted", "stressed"};
  private static final String[] TOPICS = {
    "the ceasefire talks", "the budget", "new tariffs", "the election", "sanctions", "energy prices",
    "the migration deal", "military aid", "interest rates", "the climate summit", "the trade agreement"};
  private static final String[] HEADLINE_VERBS = {
    "warns over", "rejects criticism of", "pushes for", "signals shift on", "defends", "calls for talks on"};
  private static final String[] QUOTES = {
    "We will not accept any agreement that ignores the facts on the ground",
    "This is a decisive moment for all of us, and we intend to act",
    "Nobody should be under any illusion about what is at stake here",
    "We have made real progress, but there is still a long way to go",
    "The door remains open, but the other side has to walk through it",
    "Our position has not changed and it will not change",
    "I am confident that we can reach a deal before the end of the month",
    "These measures are necessary to protect jobs and families",
    "It would be irresponsible to speculate about that now",
    "We are ready to talk to anyone who is serious about peace"};
  private static final String[] PARTIALS = {
    "a dangerous escalation", "deeply regrettable", "a step in the right direction", "unacceptable",
    "a historic opportunity", "premature", "an attack on our sovereignty", "constructive"};
  private static final String[] CLAIMS = {
    "the government would not change course", "talks would resume next week",
    "the plan would cost billions", "more troops would be needed", "the vote had been fair",
    "the measures were temporary", "the country was ready to compromise", "prices would fall by summer"};

  /** The article with index {@code i}: a JSON object. */
  ObjectNode article(int i) {
    Random r = new Random(seed * 1_000_003L + i);
    LocalDate date = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(540));
    String agency = pick(r, AGENCIES);
    String city = capitals.isEmpty() ? pick(r, places) : pick(r, capitals);
    String topic = pick(r, TOPICS);
    // two to four speakers, each with a pronoun
    int nSpeakers = 2 + r.nextInt(3);
    List<Person> speakers = new ArrayList<>();
    List<String> pronouns = new ArrayList<>();
    for (int k = 0; k < nSpeakers; k++) {
      Person p = people.get(r.nextInt(people.size()));
      if (!speakers.contains(p)) {
        speakers.add(p);
        pronouns.add(r.nextInt(3) == 0 ? "she" : "he");
      }
    }
    Person lead = speakers.get(0);
    String headline = lead.surname() + " " + pick(r, HEADLINE_VERBS) + " " + topic;

    StringBuilder t = new StringBuilder(4096);
    // lead paragraph with dateline: full name with title, indirect quotation
    t.append(city.toUpperCase(Locale.ROOT)).append(", ").append(MONTHS[date.getMonthValue() - 1]).append(' ')
        .append(date.getDayOfMonth()).append(" (").append(agency).append(") — ")
        .append(full(lead)).append(' ').append(pick(r, VERBS_INDIRECT)).append(" on ")
        .append(DAYS[date.getDayOfWeek().getValue() - 1]).append(" that ").append(pick(r, CLAIMS))
        .append(", as pressure grew over ").append(topic).append(". ")
        .append(sentence(r)).append("\n\n");
    int paragraphs = 5 + r.nextInt(16);
    boolean[] introduced = new boolean[speakers.size()];
    introduced[0] = true;
    for (int p = 1; p < paragraphs; p++) {
      int k = r.nextInt(speakers.size());
      Person s = speakers.get(k);
      String pron = pronouns.get(k);
      if (!introduced[k]) {
        // a new speaker: full name (with title or an appositive), then a direct quotation
        introduced[k] = true;
        String q = pick(r, QUOTES);
        if (r.nextBoolean()) {
          t.append('"').append(q).append(",\" ").append(full(s)).append(' ').append(pick(r, VERBS_DIRECT)).append('.');
        } else {
          t.append(s.name()).append(", ").append(appositive(s, r)).append(", said: \"").append(q).append(".\"");
        }
        t.append(' ').append(sentence(r)).append("\n\n");
        continue;
      }
      switch (r.nextInt(8)) {
        case 0 -> // direct, surname, with a continuation and a pronoun
            t.append('"').append(pick(r, QUOTES)).append(",\" ").append(s.surname()).append(' ')
                .append(pick(r, VERBS_DIRECT)).append(". \"").append(pick(r, QUOTES)).append(".\"\n\n")
                .append(cap(pron)).append(" added: \"").append(pick(r, QUOTES)).append(".\"");
        case 1 -> // partial
            t.append(s.surname()).append(" called the proposal \"").append(pick(r, PARTIALS))
                .append("\" and said ").append(pick(r, CLAIMS)).append('.');
        case 2 -> // indirect by title
            t.append(s.title().isEmpty() ? s.surname() : "The " + s.title().toLowerCase(Locale.ROOT))
                .append(' ').append(pick(r, VERBS_INDIRECT)).append(" that ").append(pick(r, CLAIMS))
                .append(". ").append(sentence(r));
        case 3 -> // pronoun
            t.append(cap(pron)).append(" said ").append(pick(r, CLAIMS)).append(", according to a statement from the ")
                .append(orgs.isEmpty() ? "ministry" : pick(r, orgs)).append('.');
        case 4 -> // quote, then speaker after the verb
            t.append('"').append(pick(r, QUOTES)).append(",\" said ").append(s.surname()).append(", speaking in ")
                .append(pick(r, places)).append('.');
        default -> // background from real wire copy
            t.append(sentence(r)).append(' ').append(sentence(r));
      }
      t.append("\n\n");
    }
    // caption and credits
    Person pictured = speakers.get(r.nextInt(speakers.size()));
    String photographer = invented(r);
    t.append(full(pictured)).append(" speaks during a news conference in ").append(city).append(", ")
        .append(DAYS[r.nextInt(7)]).append(". ").append(agency.toUpperCase(Locale.ROOT)).append('/')
        .append(photographer).append("\n\n")
        .append("Reporting by ").append(invented(r)).append(" in ").append(city).append("; additional reporting by ")
        .append(invented(r)).append("; Editing by ").append(invented(r)).append('\n');

    ObjectNode o = JSON.createObjectNode();
    o.put("id", String.format("synth-%08d", i));
    o.put("date", date.toString());
    o.put("title", headline);
    o.put("source", agency);
    o.put("url", "https://example.org/wire/" + i);
    o.put("text", t.toString());
    return o;
  }

  private String full(Person p) {
    return p.title().isEmpty() ? p.name() : p.title() + " " + p.name();
  }

  private String appositive(Person p, Random r) {
    if (!p.title().isEmpty()) {
      return "the " + p.title().toLowerCase(Locale.ROOT);
    }
    return "a senior official";
  }

  private String invented(Random r) {
    return givenNames.get(r.nextInt(givenNames.size())) + " " + surnames.get(r.nextInt(surnames.size()));
  }

  private String sentence(Random r) {
    return sentences.get(r.nextInt(sentences.size()));
  }

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }

  private static String pick(Random r, List<String> a) {
    return a.get(r.nextInt(a.size()));
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ---- writing -------------------------------------------------------------------------------

  interface Source {
    ObjectNode article(int i);
  }

  static long write(Source source, int n, Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> old = Files.list(dir)) {
      for (Path p : old.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList()) {
        Files.delete(p);
      }
    }
    long bytes = 0;
    for (int f = 0; f * PER_FILE < n; f++) {
      Path file = dir.resolve(String.format("part-%05d.jsonl", f));
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (int i = f * PER_FILE; i < Math.min(n, (f + 1) * PER_FILE); i++) {
          String line = JSON.writeValueAsString(source.article(i));
          w.write(line);
          w.write('\n');
          bytes += line.length() + 1;
        }
      }
    }
    return bytes;
  }

  /** The Wikinews CSV files (url, date, title, text), cycled up to N with fresh ids. */
  static Source wikinews(Path csvDir) throws IOException {
    List<ObjectNode> all = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(csvDir)) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    for (Path f : files) {
      try (Reader in = new InputStreamReader(Files.newInputStream(f), StandardCharsets.UTF_8)) {
        for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
          String text = rec.get("text").strip();
          if (text.isEmpty()) {
            continue;
          }
          ObjectNode o = JSON.createObjectNode();
          o.put("date", rec.get("date"));
          o.put("title", rec.get("title"));
          o.put("source", "Wikinews");
          o.put("url", rec.get("url"));
          o.put("text", text);
          all.add(o);
        }
      }
    }
    if (all.isEmpty()) {
      throw new IllegalStateException("no articles in " + csvDir);
    }
    return i -> {
      ObjectNode o = all.get(i % all.size()).deepCopy();
      ObjectNode out = JSON.createObjectNode();
      out.put("id", String.format("wikinews-%08d", i));
      out.setAll(o);
      return out;
    };
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: CorpusGenerator synth|wikinews N OUT_DIR [--seed=7] [--testdata=testdata] [--csv=DIR]");
      System.exit(2);
    }
    String kind = args[0];
    int n = Integer.parseInt(args[1].replace("_", "").replace(",", ""));
    Path out = Paths.get(args[2]);
    long seed = 7;
    Path testdata = Paths.get("testdata");
    Path csv = Paths.get("../shared/data/wikinews/data");
    for (int i = 3; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("--seed=")) {
        seed = Long.parseLong(a.substring(7));
      } else if (a.startsWith("--testdata=")) {
        testdata = Paths.get(a.substring(11));
      } else if (a.startsWith("--csv=")) {
        csv = Paths.get(a.substring(6));
      } else {
        throw new IllegalArgumentException("unknown option " + a);
      }
    }
    long t0 = System.nanoTime();
    Source source;
    switch (kind) {
      case "synth" -> source = new CorpusGenerator(testdata, seed)::article;
      case "wikinews" -> source = wikinews(csv);
      default -> throw new IllegalArgumentException("synth or wikinews, not " + kind);
    }
    long bytes;
    try {
      bytes = write(source, n, out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    System.out.printf("corpus: %s %,d articles, %.1f MB in %s (%.1f s)%n",
        kind, n, bytes / 1e6, out, (System.nanoTime() - t0) / 1e9);
  }
}
