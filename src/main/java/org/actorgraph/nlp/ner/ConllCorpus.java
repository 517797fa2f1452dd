package org.actorgraph.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads CoNLL-style name-annotated files into documents of sentences.
 *
 * <p>One token per line, blank lines between sentences. The token is the first column and the
 * tag is the last column that looks like a tag ({@code O}, {@code B-X}, {@code I-X}), so the
 * 4-column CoNLL-2003 layout, 2-column layouts and the tab-separated UNER layout (index, token,
 * tag, -, -) are all read. {@code -DOCSTART-} lines and {@code # newdoc} comments start a new
 * document. IOB1 and IOB2 are decoded by the same rule: a name starts at {@code B-X}, or at
 * {@code I-X} when the previous tag is not of type X; so no scheme detection is needed.
 */
final class ConllCorpus {

  /** A tokenised sentence and its names; spans are token offsets, the type is the name type. */
  record Sentence(String[] tokens, Span[] names) { }

  /** The sentences of one document, in order. */
  record Document(List<Sentence> sentences) { }

  /** The name types the shipped model is trained for and scored on. */
  static final Set<String> CORE_TYPES = Set.of("PER", "ORG", "LOC");

  private static final Pattern TAG = Pattern.compile("O|[BIES]-\\S+");
  private static final Pattern SPLIT = Pattern.compile("\\s+");

  private ConllCorpus() {
  }

  /** Reads a file; {@code typeMap} renames types and returns null for types to drop. */
  static List<Document> read(Path file, UnaryOperator<String> typeMap) throws IOException {
    List<Document> docs = new ArrayList<>();
    List<Sentence> current = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String trimmed = line.strip();
        boolean docStart = trimmed.startsWith("-DOCSTART-") || trimmed.startsWith("# newdoc");
        if (trimmed.isEmpty() || docStart) {
          flushSentence(tokens, tags, current, typeMap);
          if (docStart && !current.isEmpty()) {
            docs.add(new Document(current));
            current = new ArrayList<>();
          }
          continue;
        }
        String[] cols = SPLIT.split(trimmed);
        if (cols.length == 1 && TAG.matcher(cols[0]).matches()) {
          continue; // a whitespace-only token (seen in tweets); nothing to tag
        }
        int tagCol = -1;
        for (int i = cols.length - 1; i > 0; i--) {
          if (TAG.matcher(cols[i]).matches()) {
            tagCol = i;
            break;
          }
        }
        if (tagCol < 0) {
          if (trimmed.startsWith("#")) {
            continue; // a comment line such as "# text = ..."
          }
          throw new IOException(file + ": no tag column in line: " + line);
        }
        // UNER lines are: index, token, tag, annotator columns
        boolean uner = cols.length == 5 && tagCol == 2 && cols[0].matches("\\d+");
        int tokenCol = uner ? 1 : 0;
        tokens.add(cols[tokenCol]);
        tags.add(cols[tagCol]);
      }
    }
    flushSentence(tokens, tags, current, typeMap);
    if (!current.isEmpty()) {
      docs.add(new Document(current));
    }
    return docs;
  }

  /**
   * Reads {@code file} or {@code file@FROM-TO}: the second form keeps documents FROM to TO
   * (1-based, inclusive), so a held-out range of one corpus is named on the command line.
   */
  static List<Document> readRange(String spec, UnaryOperator<String> typeMap)
      throws IOException {
    int at = spec.lastIndexOf('@');
    if (at < 0) {
      return read(Path.of(spec), typeMap);
    }
    List<Document> docs = read(Path.of(spec.substring(0, at)), typeMap);
    String[] range = spec.substring(at + 1).split("-");
    int from = Integer.parseInt(range[0]);
    int to = Math.min(Integer.parseInt(range[1]), docs.size());
    if (from < 1 || from > to) {
      throw new IllegalArgumentException("bad document range in " + spec);
    }
    return docs.subList(from - 1, to);
  }

  /** Keeps PER, ORG and LOC; drops MISC and everything else. */
  static String coreTypes(String type) {
    return CORE_TYPES.contains(type) ? type : null;
  }

  /** A type map from a fixed table; unmapped types are dropped. */
  static UnaryOperator<String> typeTable(Map<String, String> table) {
    return table::get;
  }

  /** Decodes IOB1, IOB2 or IOBES tags into typed spans. */
  static Span[] decode(List<String> tags, UnaryOperator<String> typeMap) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String prefix = tag.length() > 1 ? tag.substring(0, 2) : "O";
      String tagType = tag.length() > 2 ? tag.substring(2) : null;
      boolean continues = tagType != null && tagType.equals(type)
          && (prefix.equals("I-") || prefix.equals("E-"));
      if (!continues && start >= 0) {
        addSpan(spans, start, i, type, typeMap);
        start = -1;
        type = null;
      }
      if (tagType != null && !continues) {
        start = i;
        type = tagType;
      }
      if (start >= 0 && (prefix.equals("E-") || prefix.equals("S-"))) {
        addSpan(spans, start, i + 1, type, typeMap);
        start = -1;
        type = null;
      }
    }
    return spans.toArray(new Span[0]);
  }

  /** All sentences of the documents as OpenNLP samples, adaptive data cleared per document. */
  static List<NameSample> toSamples(List<Document> docs) {
    List<NameSample> samples = new ArrayList<>();
    for (Document doc : docs) {
      boolean first = true;
      for (Sentence s : doc.sentences()) {
        samples.add(new NameSample(s.tokens(), s.names(), first));
        first = false;
      }
    }
    return samples;
  }

  private static void addSpan(List<Span> spans, int start, int end, String type,
      UnaryOperator<String> typeMap) {
    String mapped = typeMap.apply(type);
    if (mapped != null) {
      spans.add(new Span(start, end, mapped));
    }
  }

  private static void flushSentence(List<String> tokens, List<String> tags, List<Sentence> out,
      UnaryOperator<String> typeMap) {
    if (tokens.isEmpty()) {
      return;
    }
    out.add(new Sentence(tokens.toArray(new String[0]), decode(tags, typeMap)));
    tokens.clear();
    tags.clear();
  }
}
