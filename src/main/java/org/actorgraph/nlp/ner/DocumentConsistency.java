package org.actorgraph.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.util.Span;

/**
 * Makes the names found in one document agree with each other.
 *
 * <p>A sentence-level tagger labels the same name differently from sentence to sentence, and
 * misses later mentions that have less context ("Fischler" after "Franz Fischler"). News
 * writers do not switch an entity's type inside one article, so the document is a better unit
 * of evidence than the sentence:
 * <ol>
 *   <li>every span takes the type most often given to its surface string in the document
 *       (ties keep the span's own type);</li>
 *   <li>untagged capitalised occurrences of a tagged surface string are tagged with its type;</li>
 *   <li>untagged occurrences of the last token of a multi-token person name are tagged
 *       {@code PER}, since later mentions of a person use the surname.</li>
 * </ol>
 * Plain Java, no state: safe to call from any thread.
 */
public final class DocumentConsistency {

  private static final String PERSON = "PER";

  private DocumentConsistency() {
  }

  /**
   * Harmonises the spans of one document.
   *
   * @param sentences the tokens of each sentence of the document, in order
   * @param spans the names found in each sentence (token offsets, type set)
   * @return for each sentence, its names after harmonisation, sorted by start
   */
  public static List<List<Span>> harmonise(List<String[]> sentences, List<Span[]> spans) {
    if (sentences.size() != spans.size()) {
      throw new IllegalArgumentException(
          "sentences and spans differ in size: " + sentences.size() + " vs " + spans.size());
    }
    // 1. votes per surface string
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      for (Span span : spans.get(s)) {
        votes.computeIfAbsent(surface(sentences.get(s), span), k -> new HashMap<>())
            .merge(span.getType(), 1, Integer::sum);
      }
    }
    Map<String, String> majority = new HashMap<>();
    votes.forEach((surface, counts) -> {
      String type = majorityType(counts);
      if (type != null) {
        majority.put(surface, type);
      }
    });

    // 2. and 3. what to look for in untagged text: tagged strings, then person surnames
    Map<String, String> lookFor = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      for (Span span : spans.get(s)) {
        String type = majority.getOrDefault(surface(sentences.get(s), span), span.getType());
        if (PERSON.equals(type) && span.length() > 1) {
          String surname = sentences.get(s)[span.getEnd() - 1];
          if (isCapitalised(surname) && !votes.containsKey(surname)) {
            lookFor.putIfAbsent(surname, PERSON);
          }
        }
      }
    }
    for (Map.Entry<String, String> e : majority.entrySet()) {
      if (isCapitalised(e.getKey())) {
        lookFor.put(e.getKey(), e.getValue());
      }
    }
    int maxLength = lookFor.keySet().stream()
        .mapToInt(k -> k.split(" ").length).max().orElse(0);

    List<List<Span>> result = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      List<Span> out = new ArrayList<>();
      boolean[] covered = new boolean[tokens.length];
      for (Span span : spans.get(s)) {
        String type = majority.getOrDefault(surface(tokens, span), span.getType());
        out.add(new Span(span.getStart(), span.getEnd(), type, span.getProb()));
        Arrays.fill(covered, span.getStart(), span.getEnd(), true);
      }
      // longest match first, left to right, never over an existing span
      for (int i = 0; i < tokens.length; i++) {
        for (int len = Math.min(maxLength, tokens.length - i); len > 0; len--) {
          if (anyCovered(covered, i, i + len)) {
            continue;
          }
          String type = lookFor.get(String.join(" ", Arrays.copyOfRange(tokens, i, i + len)));
          if (type != null) {
            out.add(new Span(i, i + len, type));
            Arrays.fill(covered, i, i + len, true);
            i += len - 1;
            break;
          }
        }
      }
      out.sort(Comparator.comparingInt(Span::getStart));
      result.add(out);
    }
    return result;
  }

  private static String majorityType(Map<String, Integer> counts) {
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private static boolean anyCovered(boolean[] covered, int start, int end) {
    for (int i = start; i < end; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCapitalised(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
  }

  private static String surface(String[] tokens, Span span) {
    return String.join(" ", Arrays.copyOfRange(tokens, span.getStart(), span.getEnd()));
  }
}
