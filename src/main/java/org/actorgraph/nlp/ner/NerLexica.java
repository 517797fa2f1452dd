package org.actorgraph.nlp.ner;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import org.tukaani.xz.XZInputStream;

/**
 * Takes the word clusters and gazetteers the name finder needs out of the NLP4J English
 * lexica (Apache-2.0; {@code make ner-lexica} fetches the 261 MB jar into target/), into small
 * files that {@link NerTrainer --lexica} puts inside the model. Training time only: the
 * pipeline never reads the jar, and {@code org.tukaani:xz} is a provided dependency.
 *
 * <pre>
 * NerLexica nlp4j-english.jar out-dir     (nlp4j-api on the classpath, for the tree classes)
 * </pre>
 * Writes {@code brown.txt} ("word TAB path", lower-case ASCII words up to 20 characters) and
 * one OpenNLP dictionary per gazetteer ({@code gaz-*.dict}), each entry 1 to 3 tokens, all
 * of them words of the cluster vocabulary (which drops the rarest names: half the entries).
 */
public final class NerLexica {

  private static final String LEXICA = "edu/emory/mathcs/nlp/lexica/";
  private static final Pattern BROWN_WORD = Pattern.compile("[a-z0-9][a-z0-9'.&-]{0,19}");
  private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}'.&-]*");
  private static final int MAX_TOKENS = 3;
  /** A given name or surname needs this many listed people to count as one. */
  private static final int MIN_NAME_PEOPLE = 10;

  // NLP4J's gazetteer classes are numbers; what each holds, read from samples of its entries.
  private static final Map<String, String> GAZETTEERS = Map.ofEntries(
      Map.entry("0", "org"), Map.entry("13", "org"), // companies; organisations
      Map.entry("1", "loc"), Map.entry("6", "loc"), Map.entry("7", "loc"),
      Map.entry("11", "loc"), // countries; places; US state abbreviations; locations
      Map.entry("5", "misc"), Map.entry("9", "misc")); // nationalities; events
  private static final String PERSONS = "14";

  private NerLexica() {
  }

  private static Object readXz(ZipFile jar, String name) throws IOException,
      ClassNotFoundException {
    try (InputStream in = jar.getInputStream(jar.getEntry(LEXICA + name));
        ObjectInputStream objects = new ObjectInputStream(
            new BufferedInputStream(new XZInputStream(new BufferedInputStream(in))))) {
      return objects.readObject();
    }
  }

  /** word -> its cluster path; NLP4J stores each word's set of path prefixes, keep the longest. */
  static Map<String, String> brownPaths(Map<?, ?> prefixes) {
    Map<String, String> paths = new TreeMap<>();
    for (Map.Entry<?, ?> e : prefixes.entrySet()) {
      String word = (String) e.getKey();
      if (!BROWN_WORD.matcher(word).matches()) {
        continue;
      }
      String longest = "";
      for (Object p : (Collection<?>) e.getValue()) {
        String path = (String) p;
        if (path.chars().allMatch(c -> c == '0' || c == '1') && path.length() > longest.length()) {
          longest = path;
        }
      }
      if (!longest.isEmpty()) {
        paths.put(word, longest);
      }
    }
    return paths;
  }

  /** Visits every entry of NLP4J's PrefixTree (nodes are maps with a {@code value} field). */
  private static void walk(Map<?, ?> node, Deque<String> path, Map<List<String>, Set<?>> out)
      throws ReflectiveOperationException {
    for (Map.Entry<?, ?> e : node.entrySet()) {
      path.addLast((String) e.getKey());
      Object child = e.getValue();
      Field value = child.getClass().getDeclaredField("value");
      value.setAccessible(true);
      if (value.get(child) instanceof Set<?> types && path.size() <= MAX_TOKENS) {
        out.put(List.copyOf(path), types);
      }
      if (path.size() <= MAX_TOKENS) {
        walk((Map<?, ?>) child, path, out);
      }
      path.removeLast();
    }
  }

  private static boolean isName(List<String> tokens, Set<String> stopWords,
      Set<String> vocabulary) {
    if (tokens.isEmpty() || tokens.size() > MAX_TOKENS
        || !NAME_TOKEN.matcher(tokens.get(0)).matches()) {
      return false;
    }
    boolean content = false;
    for (String t : tokens) {
      if (t.indexOf('0') >= 0) {
        return false; // NLP4J wrote digits as 0: such entries never match real text
      }
      String lower = t.toLowerCase(Locale.ROOT);
      if (!vocabulary.contains(lower)) {
        return false; // the cluster vocabulary is our only sign that a word is not rare
      }
      content |= !stopWords.contains(lower);
    }
    return content;
  }

  /** Gazetteer name -> entries, from the NLP4J tree's entries and their classes. */
  static Map<String, Dictionary> gazetteers(Map<List<String>, Set<?>> entries,
      Set<String> stopWords, Set<String> vocabulary) {
    Map<String, Dictionary> dicts = new LinkedHashMap<>();
    Map<String, Integer> first = new HashMap<>();
    Map<String, Integer> last = new HashMap<>();
    for (Map.Entry<List<String>, Set<?>> e : entries.entrySet()) {
      List<String> tokens = new ArrayList<>(e.getKey());
      // place entries sometimes end with a full stop glued on ("Paris.")
      String end = tokens.get(tokens.size() - 1);
      if (end.length() > 1 && end.endsWith(".") && e.getValue().contains("6")) {
        tokens.set(tokens.size() - 1, end.substring(0, end.length() - 1));
      }
      if (!isName(tokens, stopWords, vocabulary)) {
        continue;
      }
      for (Object type : e.getValue()) {
        String gaz = GAZETTEERS.get(type);
        if (gaz != null) {
          dicts.computeIfAbsent("gaz-" + gaz, k -> new Dictionary(true))
              .put(new StringList(tokens.toArray(new String[0])));
        }
        if (PERSONS.equals(type) && tokens.size() >= 2) {
          first.merge(tokens.get(0), 1, Integer::sum);
          last.merge(tokens.get(tokens.size() - 1), 1, Integer::sum);
        }
      }
    }
    // Full names of people are endless; their frequent given names and surnames generalise.
    dicts.put("gaz-given", frequent(first, stopWords));
    dicts.put("gaz-surname", frequent(last, stopWords));
    return dicts;
  }

  private static Dictionary frequent(Map<String, Integer> counts, Set<String> stopWords) {
    Dictionary d = new Dictionary(true);
    counts.forEach((token, n) -> {
      if (n >= MIN_NAME_PEOPLE && token.length() > 1 && NAME_TOKEN.matcher(token).matches()
          && !stopWords.contains(token.toLowerCase(Locale.ROOT))) {
        d.put(new StringList(token));
      }
    });
    return d;
  }

  /**
   * The lexica the feature file names, read from {@code dir}: {@code brown.txt} as resource
   * "brown", {@code gaz-x.dict} as "gaz-x". A resource is passed only when the feature XML
   * mentions it, so a feature file without lexica trains a model without them.
   */
  static Map<String, Object> resources(Path dir, String featureXml) throws IOException {
    Map<String, Object> out = new HashMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path file : files) {
        String fileName = file.getFileName().toString();
        String name = fileName.replaceFirst("\\.(txt|dict)$", "");
        if (!featureXml.contains(">" + name + "<")) {
          continue;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
          out.put(name, fileName.endsWith(".dict") ? new Dictionary(in)
              : new LexiconFeatures.FoldedBrownCluster(in));
        }
      }
    }
    return out;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: NerLexica nlp4j-english.jar out-dir");
      System.exit(2);
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    try (ZipFile jar = new ZipFile(args[0])) {
      Map<String, String> brown = brownPaths(
          (Map<?, ?>) readXz(jar, "en-brown-clusters-simplified-lowercase.xz"));
      try (BufferedWriter w = Files.newBufferedWriter(out.resolve("brown.txt"),
          StandardCharsets.UTF_8)) {
        for (Map.Entry<String, String> e : brown.entrySet()) {
          w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
      }
      System.out.printf(Locale.ROOT, "brown.txt: %d words%n", brown.size());

      Set<String> stopWords = new java.util.HashSet<>();
      for (Object w : (Collection<?>) readXz(jar, "en-stop-words-simplified-lowercase.xz")) {
        stopWords.add((String) w);
      }
      Object tree = readXz(jar, "en-named-entity-gazetteers-simplified.xz");
      Field root = tree.getClass().getDeclaredField("n_root");
      root.setAccessible(true);
      Map<List<String>, Set<?>> entries = new HashMap<>();
      walk((Map<?, ?>) root.get(tree), new ArrayDeque<>(), entries);
      for (Map.Entry<String, Dictionary> e : gazetteers(entries, stopWords, brown.keySet()).entrySet()) {
        try (OutputStream os = Files.newOutputStream(out.resolve(e.getKey() + ".dict"))) {
          e.getValue().serialize(os);
        }
        System.out.printf(Locale.ROOT, "%s.dict: %d entries%n", e.getKey(), e.getValue().size());
      }
    }
  }
}
