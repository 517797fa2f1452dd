package org.actorgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;

class NerLexicaTest {

  @Test
  void keepsEachWordsLongestClusterPath() {
    Map<String, Set<String>> nlp4j = Map.of(
        "zorvak", Set.of("10", "1011", "101101", "10x"),
        "Odd Word", Set.of("10", "1001"));

    assertThat(NerLexica.brownPaths(nlp4j)).containsExactly(Map.entry("zorvak", "101101"));
  }

  @Test
  void groupsGazetteerClassesAndCountsGivenNamesAndSurnames() {
    Map<List<String>, Set<?>> entries = new HashMap<>();
    entries.put(List.of("Quelby"), Set.of("11"));
    entries.put(List.of("Zorvak", "Bay."), Set.of("6"));
    entries.put(List.of("Quelby", "Works"), Set.of("13"));
    entries.put(List.of("the", "Quelby"), Set.of("11")); // not a capitalised name
    entries.put(List.of("Quelby", "0"), Set.of("11")); // digits never match
    entries.put(List.of("Rarewordia"), Set.of("11")); // not in the cluster vocabulary
    for (int i = 0; i < 12; i++) {
      entries.put(List.of("Marten", "Surname" + i), Set.of("14"));
    }
    Set<String> vocabulary = new java.util.HashSet<>(Set.of("quelby", "zorvak", "bay", "works",
        "the", "marten"));
    for (int i = 0; i < 12; i++) {
      vocabulary.add("surname" + i);
    }

    Map<String, Dictionary> gaz = NerLexica.gazetteers(entries, Set.of("the"), vocabulary);

    Dictionary places = gaz.get("gaz-loc");
    assertThat(places.size()).isEqualTo(2);
    assertThat(places.contains(new StringList("Quelby"))).isTrue();
    assertThat(places.contains(new StringList("Zorvak", "Bay"))).isTrue(); // full stop dropped
    assertThat(gaz.get("gaz-org").contains(new StringList("Quelby", "Works"))).isTrue();
    assertThat(gaz.get("gaz-given").asStringSet()).containsExactly("Marten");
    assertThat(gaz.get("gaz-surname").size()).isZero(); // each surname is listed once only
  }

  @Test
  void upperCasedCopiesKeepTheNames() {
    List<NameSample> samples = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      samples.add(new NameSample(new String[] {"Marten", "spoke", "."},
          new Span[] {new Span(0, 1, "PER")}, true));
    }
    List<NameSample> upper = NerTrainer.upperCased(samples, 0.2);

    assertThat(upper).hasSize(2);
    assertThat(upper.get(0).getSentence()).containsExactly("MARTEN", "SPOKE", ".");
    assertThat(upper.get(0).getNames()).containsExactly(new Span(0, 1, "PER"));
  }
}
