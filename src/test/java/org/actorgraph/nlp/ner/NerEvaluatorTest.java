package org.actorgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NerEvaluatorTest {

  // Hand-made predictions for the tiny file: per sentence, per document.
  private static final List<List<Span[]>> PREDICTED = List.of(
      List.of(
          new Span[] {new Span(0, 2, "PER"), new Span(3, 5, "LOC")}, // both right
          new Span[] {new Span(0, 1, "ORG"), // boundary: "Acme" for "Acme Corp"
              new Span(3, 5, "PER"), // right
              new Span(6, 7, "LOC")}, // type: Bob is PER
          new Span[] {new Span(0, 1, "MISC"), // ignored
              new Span(3, 5, "LOC"), // one span for the two LOC "Paris", "London"
              new Span(6, 7, "ORG")}), // right
      List.<Span[]>of(new Span[] {new Span(0, 1, "PER")})); // right

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(NerEvaluatorTest.class.getResource(name).toURI());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tiny-iob2.conll", "tiny-iob1.conll"})
  void readsDocumentsAndNamesInBothSchemes(String file) throws Exception {
    List<ConllCorpus.Document> docs = ConllCorpus.read(resource(file), t -> t);

    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).sentences()).hasSize(3);
    assertThat(docs.get(0).sentences().get(2).tokens()).startsWith("German", "fans");
    assertThat(docs.get(0).sentences().get(2).names()).containsExactly(
        new Span(0, 1, "MISC"), new Span(3, 4, "LOC"), new Span(4, 5, "LOC"),
        new Span(6, 7, "ORG"));
    assertThat(docs.get(1).sentences().get(0).names()).containsExactly(new Span(0, 1, "PER"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tiny-iob2.conll", "tiny-iob1.conll"})
  void scoresEntitiesByExactMatchIgnoringMisc(String file) throws Exception {
    List<ConllCorpus.Document> docs = ConllCorpus.read(resource(file), t -> t);
    List<String> lines = NerEvaluator.score(docs, PREDICTED).lines();

    // PER: gold 4, predicted 3, correct 3; ORG: 2, 2, 1; LOC: 3, 3, 1; all: 9, 8, 5
    assertThat(lines).containsExactly(
        "PER precision 1.000 recall 0.750 f1 0.857 (gold 4, predicted 3, correct 3)",
        "ORG precision 0.500 recall 0.500 f1 0.500 (gold 2, predicted 2, correct 1)",
        "LOC precision 0.333 recall 0.333 f1 0.333 (gold 3, predicted 3, correct 1)",
        "overall precision 0.625 recall 0.556 f1 0.588");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tiny-iob2.conll", "tiny-iob1.conll"})
  void countsErrorsByKind(String file) throws Exception {
    List<ConllCorpus.Document> docs = ConllCorpus.read(resource(file), t -> t);

    assertThat(NerEvaluator.errors(docs, PREDICTED))
        .containsEntry("boundary ORG", 1)
        .containsEntry("type PER tagged LOC", 1)
        .containsEntry("boundary LOC", 2)
        .hasSize(3);
  }

  @Test
  void readsADocumentRange() throws Exception {
    String file = resource("tiny-iob2.conll").toString();

    assertThat(ConllCorpus.readRange(file, t -> t)).hasSize(2);
    List<ConllCorpus.Document> second = ConllCorpus.readRange(file + "@2-2", t -> t);
    assertThat(second).hasSize(1);
    assertThat(second.get(0).sentences().get(0).tokens()).containsExactly("Smith", "spoke", ".");
  }

  @Test
  void upperCasesTokensAndKeepsNames() throws Exception {
    List<ConllCorpus.Document> docs = ConllCorpus.read(resource("tiny-iob2.conll"), t -> t);
    ConllCorpus.Sentence first = NerEvaluator.upperCased(docs).get(0).sentences().get(0);

    assertThat(first.tokens()).startsWith("JOHN", "SMITH", "VISITED");
    assertThat(first.names()).isEqualTo(docs.get(0).sentences().get(0).names());
  }
}
