package org.actorgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NameFinderModelsTest {

  /** "surface=TYPE" for each name found in a whitespace-tokenised sentence. */
  private static List<String> names(NameFinderME finder, String sentence) {
    String[] tokens = sentence.split(" ");
    List<String> out = new ArrayList<>();
    for (Span span : finder.find(tokens)) {
      out.add(String.join(" ", Arrays.copyOfRange(tokens, span.getStart(), span.getEnd()))
          + "=" + span.getType());
    }
    finder.clearAdaptiveData();
    return out;
  }

  @Test
  void loadsTheModelOncePerJvm() {
    assertThat(NameFinderModels.english()).isSameAs(NameFinderModels.english());
  }

  @Test
  void findsPeopleOrganisationsAndPlaces() {
    NameFinderME finder = new NameFinderME(NameFinderModels.english());

    assertThat(names(finder,
        "Vladimir Putin met Emmanuel Macron in Paris on Monday , the Kremlin said ."))
        .contains("Vladimir Putin=PER", "Emmanuel Macron=PER", "Paris=LOC");
    assertThat(names(finder,
        "The United Nations Security Council met in New York on Tuesday after Joe Biden spoke ."))
        .contains("United Nations Security Council=ORG", "New York=LOC", "Joe Biden=PER");
    assertThat(names(finder,
        "Shares of Microsoft rose 3 percent , said Satya Nadella , who lives near Seattle ."))
        .containsExactly("Microsoft=ORG", "Satya Nadella=PER", "Seattle=LOC");
  }

  @Test
  void emitsTheConllTypesIncludingMisc() {
    NameFinderME finder = new NameFinderME(NameFinderModels.english());

    assertThat(names(finder, "Angela Merkel told reporters in Berlin that Germany would act ."))
        .allSatisfy(name -> assertThat(name).matches(".*=(PER|ORG|LOC|MISC)"));
    assertThat(names(finder,
        "The German chancellor spoke to Reuters in Brussels about the European Union ."))
        .containsExactly("German=MISC", "Reuters=ORG", "Brussels=LOC", "European Union=ORG");
  }
}
