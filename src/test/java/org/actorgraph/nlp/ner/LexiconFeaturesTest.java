package org.actorgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconFeaturesTest {

  private static final String CLUSTERS = "zorvak\t0110\nquelby\t0111\nmarten\t1010\n0\t111\n";

  private static LexiconFeatures.FoldedBrownCluster clusters() throws Exception {
    return new LexiconFeatures.FoldedBrownCluster(
        new ByteArrayInputStream(CLUSTERS.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void looksUpTokensLowerCasedWithDigitsFolded() throws Exception {
    LexiconFeatures.FoldedBrownCluster c = clusters();

    assertThat(c.lookupToken("Zorvak")).isEqualTo("0110");
    assertThat(c.lookupToken("QUELBY")).isEqualTo("0111");
    assertThat(c.lookupToken("7")).isEqualTo("111");
    assertThat(c.lookupToken("unheard")).isNull();
  }

  @Test
  void writesSortedLinesAndLeavesTheStreamOpen() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the model's stream was closed");
      }
    };
    clusters().serialize(out);

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("0\t111\nmarten\t1010\nquelby\t0111\nzorvak\t0110\n");
  }

  /** A model with clusters and a gazetteer must survive OpenNLP's save and load. */
  @Test
  void aModelWithLexicaRoundTrips(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("brown.txt"), CLUSTERS);
    Dictionary places = new Dictionary(true);
    places.put(new StringList("Quelby"));
    places.put(new StringList("Port", "Zorvak"));
    try (var os = Files.newOutputStream(dir.resolve("gaz-loc.dict"))) {
      places.serialize(os);
    }
    String xml = """
        <featureGenerators cache="true" name="nameFinder">
          <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
          <generator class="org.actorgraph.nlp.ner.LexiconFeatures$BrownTokenFactory">
            <str name="dict">brown</str>
          </generator>
          <generator class="org.actorgraph.nlp.ner.LexiconFeatures$BrownTokenClassFactory">
            <str name="dict">brown</str>
          </generator>
          <generator class="org.actorgraph.nlp.ner.LexiconFeatures$GazetteerFactory">
            <str name="dict">gaz-loc</str>
            <str name="prefix">loc</str>
          </generator>
        </featureGenerators>
        """;
    Map<String, Object> resources = NerLexica.resources(dir, xml);
    assertThat(resources).containsOnlyKeys("brown", "gaz-loc");

    List<NameSample> samples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      samples.add(new NameSample(new String[] {"Marten", "flew", "to", "Quelby", "."},
          new Span[] {new Span(0, 1, "PER"), new Span(3, 4, "LOC")}, true));
      samples.add(new NameSample(new String[] {"They", "left", "Port", "Zorvak", "."},
          new Span[] {new Span(2, 4, "LOC")}, true));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, 20);
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    TokenNameFinderModel model = NameFinderME.train("en", null,
        new CollectionObjectStream<>(samples), params,
        TokenNameFinderFactory.create(null, xml.getBytes(StandardCharsets.UTF_8), resources,
            new BioCodec()));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    TokenNameFinderModel loaded = new TokenNameFinderModel(
        new ByteArrayInputStream(bytes.toByteArray()));

    assertThat((Object) loaded.getArtifact("brown"))
        .isInstanceOf(LexiconFeatures.FoldedBrownCluster.class);
    assertThat((Object) loaded.getArtifact("gaz-loc")).isEqualTo(places);
    Span[] found = new NameFinderME(loaded).find(new String[] {"They", "left", "Quelby", "."});
    assertThat(found).containsExactly(new Span(2, 3, "LOC"));
  }
}
